package org.blendnet.metrics.engagement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendnet.metrics.internal.Format;

/**
 * Who takes part at all, by a member attribute ("no women attended either of the online sessions"): the
 * population of an {@link Engagement} grouped by the value of one attribute, and the share of each group
 * active in any period. Members without the attribute form the group {@code (none)}.
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

  /** {@code AttributeParticipation[gender: f 3/9 (0.333), m 8/10 (0.800), (none) 0/1 (0.000)]}. */
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
   * @since 0.1
   */
  public record Group(Optional<String> value, int members, int active) {

    /**
     * Creates a group.
     *
     * @throws IllegalArgumentException unless {@code 0 <= active <= members}
     */
    public Group {
      Objects.requireNonNull(value, "value");
      if (active < 0 || active > members) {
        throw new IllegalArgumentException("need 0 <= active <= members but was active=" + active + ", members="
            + members);
      }
    }

    /** active / members; 0 for an empty group. */
    public double activeShare() {
      return members == 0 ? 0 : (double) active / members;
    }

    /** {@code f 3/9 (0.333)}, or {@code (none) 0/1 (0.000)}. */
    @Override
    public String toString() {
      return value.orElse("(none)") + " " + active + "/" + members + " (" + Format.ratio(activeShare()) + ")";
    }
  }
}
