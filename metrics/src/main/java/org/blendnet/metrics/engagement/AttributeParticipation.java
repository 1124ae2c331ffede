package org.blendnet.metrics.engagement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendnet.metrics.internal.Format;

/**
 * Who takes part at all, and who online, by a member attribute ("no women attended either of the online
 * sessions"): the population of an {@link Engagement} grouped by the value of one attribute (or by unit, or
 * by any label: {@link Engagement#byGroup}), the share of each group active in any period, and the shares
 * who took part in an online touchpoint and in a face-to-face one. Members without the attribute form the
 * group {@code (none)}.
 *
 * @implNote Thread-safe: immutable.
 * @param key the attribute key
 * @param groups one group per value, values in natural order, {@code (none)} last
 * @since 0.1
 */
public record AttributeParticipation(String key, List<Group> groups) {

  /** Creates the figures. */
  public AttributeParticipation {
    Objects.requireNonNull(key, "key");
    groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
  }

  /** The group of members with {@code value}, if any member has it. */
  public Optional<Group> group(String value) {
    Objects.requireNonNull(value, "value");
    return groups.stream().filter(g -> g.value().isPresent() && g.value().get().equals(value)).findFirst();
  }

  /** The group of members without the attribute, if any. */
  public Optional<Group> none() {
    return groups.stream().filter(g -> g.value().isEmpty()).findFirst();
  }

  /** {@code AttributeParticipation[gender: f 3/9 (0.333), online 0, …, (none) 0/1 (0.000), online 0]}. */
  @Override
  public String toString() {
    return "AttributeParticipation[" + key + ": " + Format.capped(groups, 20) + "]";
  }

  /**
   * The members with one value of the attribute.
   *
   * @implNote Thread-safe: immutable.
   * @param value the value; empty for members without the attribute
   * @param members how many members
   * @param active of those, members active in any period
   * @param online of those, members who took part in at least one online touchpoint
   * @param offline of those, members who took part in at least one face-to-face touchpoint
   * @since 0.1
   */
  public record Group(Optional<String> value, int members, int active, int online, int offline) {

    /**
     * Creates a group.
     *
     * @throws IllegalArgumentException unless {@code 0 <= online, offline <= active <= members}
     */
    public Group {
      Objects.requireNonNull(value, "value");
      if (active < 0 || active > members) {
        throw new IllegalArgumentException("need 0 <= active <= members but was active=" + active + ", members="
            + members);
      }
      if (online < 0 || online > active || offline < 0 || offline > active) {
        throw new IllegalArgumentException("need 0 <= online, offline <= active but was online=" + online
            + ", offline=" + offline + ", active=" + active);
      }
    }

    /** online / members: the share who took part online at all; 0 for an empty group. */
    public double onlineShare() {
      return members == 0 ? 0 : (double) online / members;
    }

    /** offline / members: the share who took part face to face; 0 for an empty group. */
    public double offlineShare() {
      return members == 0 ? 0 : (double) offline / members;
    }

    /** active / members; 0 for an empty group. */
    public double activeShare() {
      return members == 0 ? 0 : (double) active / members;
    }

    /** {@code f 3/9 (0.333), online 0}, or {@code (none) 0/1 (0.000), online 0}. */
    @Override
    public String toString() {
      return value.orElse("(none)") + " " + active + "/" + members + " (" + Format.ratio(activeShare())
          + "), online " + online;
    }
  }
}
