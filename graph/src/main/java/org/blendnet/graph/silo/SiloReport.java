package org.blendnet.graph.silo;

import org.blendnet.core.TimeWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Channel;
import org.blendnet.core.MemberId;
import org.blendnet.graph.SocialGraph;
import org.jspecify.annotations.Nullable;

/**
 * Where the silos are: the groups of a network — its declared units or its detected communities — each
 * with its size, density, E-I index against its expectation, conductance, outside share, boundary
 * spanners and bridges (all defined on {@link SiloGroup}); the network's E-I index; which groups are
 * silos; and, when both groupings were given, how far the communities follow the units.
 *
 * <p><b>Groups.</b> {@link #groups()} lists the named groups from the largest to the smallest (equal sizes
 * by unit path or community number), then {@code (other)} if there is one: the members of every group
 * smaller than the {@linkplain SiloOptions#privacyFloor() privacy floor}, analysed together as one group
 * — a tie between two of them is internal to {@code (other)}. It says how the members of small groups,
 * together, connect to the named ones. When {@code (other)} itself would be smaller than the floor, it is
 * left out and its members are only counted, in {@link #unreportedMembers()}. A group below the floor is
 * never named — not in {@link #groups()}, not in {@link #toString()}, not by a look-up (which finds
 * nothing), not in an export. The sizes of the listed groups and {@link #unreportedMembers()} add up to
 * {@link #memberCount()}.
 *
 * <p><b>The network's E-I index</b> counts every tie once, as internal when its ends are in the same
 * group — of the <em>full</em> grouping, every small group in its own right, since the figure names no
 * group: {@code (E − I) / (E + I)}, weighted ({@link #networkEiIndex()}, primary) and by tie count. Its
 * expectation under random tie placement is {@code 2 p − 1}, where {@code p = 1 − Σ_g n_g (n_g − 1) /
 * (N (N − 1))} is the chance that a random pair of members is in different groups.
 *
 * <p><b>Alignment</b> ({@link #alignment()}), present when the report was made from both the declared
 * units and a partition: the normalised mutual information and adjusted Rand index between the full unit
 * grouping and the communities. Communities that coincide with units (both near 1) are the signature of
 * functional silos: people's contact follows the org chart. Near 0, contact cuts across units.
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class SiloReport {

  private static final int SHOWN = 15;
  private static final int NAME_WIDTH = 30;

  /**
   * How far detected communities coincide with declared units (see {@link SiloReport#alignment()}).
   *
   * @param normalizedMutualInformation the NMI of units and communities, in {@code [0, 1]}
   * @param adjustedRandIndex the adjusted Rand index of units and communities, at most 1
   * @param units the number of units (all of them, named or not)
   * @param communities the number of communities
   * @implNote Thread-safe: immutable.
   * @since 0.1
   */
  public record Alignment(double normalizedMutualInformation, double adjustedRandIndex, int units,
      int communities) {

    /** {@code NMI 0.62, ARI 0.55 (3 units, 4 communities)}. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "NMI %.2f, ARI %.2f (%d units, %d communities)",
          normalizedMutualInformation, adjustedRandIndex, units, communities);
    }
  }

  private final GroupKind grouping;
  private final SiloOptions options;
  private final SocialGraph graph;
  private final int[] groupOfNode;
  private final List<SiloGroup> groups;
  private final int unreportedMembers;
  private final double networkEiIndex;
  private final double networkUnweightedEiIndex;
  private final double networkExpectedEiIndex;
  private final @Nullable Alignment alignment;
  private final @Nullable SiloReport communities;

  SiloReport(GroupKind grouping, SiloOptions options, SocialGraph graph, int[] groupOfNode, List<SiloGroup> groups,
      int unreportedMembers, double networkEiIndex, double networkUnweightedEiIndex, double networkExpectedEiIndex,
      @Nullable Alignment alignment, @Nullable SiloReport communities) {
    this.grouping = grouping;
    this.options = options;
    this.graph = graph;
    this.groupOfNode = groupOfNode;
    this.groups = List.copyOf(groups);
    this.unreportedMembers = unreportedMembers;
    this.networkEiIndex = networkEiIndex;
    this.networkUnweightedEiIndex = networkUnweightedEiIndex;
    this.networkExpectedEiIndex = networkExpectedEiIndex;
    this.alignment = alignment;
    this.communities = communities;
  }

  /** What the groups are: {@link GroupKind#UNIT} or {@link GroupKind#COMMUNITY}. */
  public GroupKind grouping() {
    return grouping;
  }

  /** The options the report was made with (thresholds, depth, floor, layer, window). */
  public SiloOptions options() {
    return options;
  }

  /** The layer analysed, if one channel only. */
  public Optional<Channel> layer() {
    return options.layer();
  }

  /** The window of time analysed, if not all contact. */
  public Optional<TimeWindow> window() {
    return options.window();
  }

  /** The graph analysed: the given graph, or its layer, or the graph of its window. */
  public SocialGraph graph() {
    return graph;
  }

  /** The number of members of the graph. */
  public int memberCount() {
    return graph.nodeCount();
  }

  /** The named groups, largest first, then {@code (other)} if reported. */
  public List<SiloGroup> groups() {
    return groups;
  }

  /** The groups flagged as silos, in the order of {@link #groups()}. */
  public List<SiloGroup> silos() {
    List<SiloGroup> silos = new ArrayList<>();
    for (SiloGroup g : groups) {
      if (g.silo()) {
        silos.add(g);
      }
    }
    return List.copyOf(silos);
  }

  /** The group {@code (other)}, if reported. */
  public Optional<SiloGroup> other() {
    return !groups.isEmpty() && groups.get(groups.size() - 1).kind() == GroupKind.OTHER
        ? Optional.of(groups.get(groups.size() - 1)) : Optional.empty();
  }

  /** The first group of {@link #groups()} with this name; empty if there is none (or it is not named). */
  public Optional<SiloGroup> group(String name) {
    Objects.requireNonNull(name, "name");
    for (SiloGroup g : groups) {
      if (g.name().equals(name)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /** The group of a unit; empty if the unit is below the privacy floor or has no members. */
  public Optional<SiloGroup> group(Affiliation unit) {
    Objects.requireNonNull(unit, "unit");
    for (SiloGroup g : groups) {
      if (g.kind() == GroupKind.UNIT && unit.equals(g.unit().orElse(null))) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /**
   * The group a member is reported in (perhaps {@code (other)}); empty if the member is unreported.
   *
   * @throws IllegalArgumentException if the member is not in the graph
   */
  public Optional<SiloGroup> groupOf(MemberId member) {
    int g = groupOfNode[graph.node(member)];
    return g < 0 ? Optional.empty() : Optional.of(groups.get(g));
  }

  /**
   * True if the member's reported group is a silo.
   *
   * @throws IllegalArgumentException if the member is not in the graph
   */
  public boolean isInSilo(MemberId member) {
    return groupOf(member).map(SiloGroup::silo).orElse(false);
  }

  /** How many members are in no listed group: those of small groups when even {@code (other)} is too small. */
  public int unreportedMembers() {
    return unreportedMembers;
  }

  /** The network's weighted E-I index over the full grouping, the primary one; NaN without ties. */
  public double networkEiIndex() {
    return networkEiIndex;
  }

  /** The network's E-I index over tie counts; NaN without ties. */
  public double networkUnweightedEiIndex() {
    return networkUnweightedEiIndex;
  }

  /** The network's E-I index expected under random tie placement; NaN for fewer than two members. */
  public double networkExpectedEiIndex() {
    return networkExpectedEiIndex;
  }

  /** The network's (weighted) E-I index minus its expectation. */
  public double networkEiExcess() {
    return networkEiIndex - networkExpectedEiIndex;
  }

  /** How far the communities coincide with the units, when both were given. */
  public Optional<Alignment> alignment() {
    return Optional.ofNullable(alignment);
  }

  /** The same analysis by community, when both groupings were given. */
  public Optional<SiloReport> communities() {
    return Optional.ofNullable(communities);
  }

  /**
   * A small table: a header line with the grouping, layer, window, counts and the network's E-I index;
   * one row per group (at most 15, then {@code …(+37 more)}) with size, density, E-I index (weighted and by
   * ties), expected index, excess, conductance, outside share, bridges and the silo flag; and the alignment
   * if present. Only named groups appear.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SiloReport[");
    s.append(grouping == GroupKind.UNIT ? "units at depth " + options.unitDepth() : "communities")
        .append(", ").append(options.layer().map(c -> c + " layer").orElse("both layers"))
        .append(options.window().map(w -> ", window " + w).orElse(""))
        .append(", members=").append(memberCount())
        .append(", groups=").append(groups.size())
        .append(unreportedMembers > 0 ? ", unreported=" + unreportedMembers : "")
        .append(", silos=").append(silos().size())
        .append(", network E-I=").append(Format.fixed(networkEiIndex))
        .append(" (ties ").append(Format.fixed(networkUnweightedEiIndex))
        .append(", expected ").append(Format.fixed(networkExpectedEiIndex)).append(")]");
    if (!groups.isEmpty()) {
      s.append(String.format(Locale.ROOT, "\n  %-" + NAME_WIDTH + "s %6s %7s %6s %8s %8s %6s %7s %7s %7s  %s",
          "group", "size", "density", "E-I", "E-I ties", "expected", "excess", "conduct", "outside", "bridges",
          "silo"));
    }
    for (int i = 0; i < Math.min(SHOWN, groups.size()); i++) {
      SiloGroup g = groups.get(i);
      s.append(String.format(Locale.ROOT, "\n  %-" + NAME_WIDTH + "s %6d %7s %6s %8s %8s %6s %7s %7s %7d  %s",
          Format.cut(g.name(), NAME_WIDTH), g.size(), Format.fixed(g.density()), Format.fixed(g.eiIndex()),
          Format.fixed(g.unweightedEiIndex()), Format.fixed(g.expectedEiIndex()), Format.fixed(g.eiExcess()),
          Format.fixed(g.conductance()), Format.fixed(g.outsideShare()), g.bridges().size(),
          g.silo() ? g.fragile() ? "silo, fragile" : "silo" : g.fragile() ? "fragile" : ""));
    }
    if (groups.size() > SHOWN) {
      s.append(String.format(Locale.ROOT, "\n  …(+%d more)", groups.size() - SHOWN));
    }
    if (alignment != null) {
      s.append(String.format(Locale.ROOT, "\n  communities vs units: %s", alignment));
    }
    return s.toString();
  }
}
