package org.blendnet.graph.silo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.blendnet.core.Affiliation;
import org.jspecify.annotations.Nullable;

/**
 * One group of a {@link SiloReport} — a declared unit, a detected community, or {@code (other)} — and how
 * closed it is on itself. Below, {@code n} is the group's size, {@code N} the number of members of the
 * graph, {@code I} the number of ties inside the group and {@code E} the number of ties with one end in it
 * (its <em>boundary ties</em>); {@code I_w} and {@code E_w} are their weights.
 *
 * <ul>
 *   <li><b>{@linkplain #density() Density}</b>: {@code I / (n (n − 1) / 2)}, the share of pairs of
 *       members who have a tie; 0 for a group of one.
 *   <li><b>{@linkplain #eiIndex() E-I index}</b> (D. Krackhardt and R. N. Stern, "Informal networks and
 *       organizational crises: an experimental simulation", Social Psychology Quarterly 51(2) (1988)
 *       123–140, doi:10.2307/2786835): external minus internal contact over all contact, from −1 (all
 *       contact inside) to +1 (all outside). It is counted over the members' ties — each member's ties
 *       once, so a tie inside the group counts for both its ends — which makes it the share of the
 *       members' contact that leaves the group, rescaled: {@code (E_w − 2 I_w) / (E_w + 2 I_w)}. This
 *       weighted form is the <em>primary</em> index — the one silos are flagged by — because ties in a
 *       social graph carry contact volume, and a large event spreads a little co-attendance weight over
 *       very many pairs: counted as ties, one company-wide event would make every unit look open.
 *       {@link #unweightedEiIndex()} is Krackhardt and Stern's tie-count form
 *       {@code (E − 2 I) / (E + 2 I)}, for comparison with other tools; the two agree on a graph with
 *       unit weights. NaN (undefined) when the group's members have no ties.
 *   <li><b>{@linkplain #expectedEiIndex() Expected E-I index}</b>: the index the group would have if every
 *       tie's other end were a member drawn at random, ignoring groups. One of a member's ties then leads
 *       outside with probability {@code (N − n) / (N − 1)} — {@code N − n} of the {@code N − 1} other
 *       members are outside — so the expected share of external contact is that, and the expected index
 *       {@code 2 (N − n) / (N − 1) − 1 = (N − 2n + 1) / (N − 1)}, the same weighted or not. The raw index
 *       is biased by size: a group of half the network expects 0, a small group nearly +1, one of 90%
 *       about −0.8. {@link #eiExcess()} is the observed minus the expected index: how much more closed the
 *       group is than its size explains. NaN for a graph of one member.
 *   <li><b>{@linkplain #conductance() Conductance}</b>: {@code E_w / min(vol, vol_rest)}, where
 *       {@code vol = 2 I_w + E_w} is the sum of the members' weighted degrees and {@code vol_rest} that of
 *       everyone else: the share of the group's (or the rest's, if smaller) contact that crosses the
 *       boundary, in {@code [0, 1]}, low for a well-separated group (R. Kannan, S. Vempala and A. Vetta,
 *       "On clusterings: good, bad and spectral", Journal of the ACM 51(3) (2004) 497–515,
 *       doi:10.1145/990308.990313). It agrees with NetworkX's {@code conductance}. NaN when either side has
 *       no ties.
 *   <li><b>{@linkplain #outsideShare() Outside share}</b>: the share of members with at least one tie out
 *       of the group.
 *   <li><b>{@linkplain #spanners() Boundary spanners}</b>: the members with ties out of the group, ranked
 *       by the number of other groups their ties reach (breadth of reach matters most for joining silos
 *       up), then by the weight of their outside ties, then by the number of outside ties, then by member
 *       id; the first {@link SiloOptions#topSpanners()} are listed, {@link #spannerCount()} counts them
 *       all.
 *   <li><b>{@linkplain #bridges() Bridges}</b>: the boundary ties whose loss would cut the group off from
 *       some members outside it. Precisely: a boundary tie between {@code u} in the group and {@code v}
 *       outside it is listed when, once it is removed, no member of the group can reach {@code v} any
 *       more — equivalently, it is a bridge of the graph (Tarjan) and the side of the bridge holding
 *       {@code v} holds no member of the group; equivalently again, a bridge of the graph in which the
 *       whole group is merged into one node. {@link BridgeTie#cutOff()} counts the members on
 *       {@code v}'s side, all of whom the group would lose. A bridge of the graph on the boundary whose far
 *       side holds another member of the group is not listed: the group still reaches across it through
 *       that member. Ordered by members cut off (most first), then by the inside and outside member.
 *   <li><b>{@linkplain #fragile() Fragile}</b>: the group has boundary ties and every one of them is a
 *       bridge in that sense — every part of the network the group reaches, it reaches through exactly one
 *       tie. A group whose whole boundary is a single tie is the plainest case.
 * </ul>
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class SiloGroup {

  private final String name;
  private final GroupKind kind;
  private final @Nullable Affiliation unit;
  private final int community;
  private final int size;
  private final long internalTies;
  private final long boundaryTies;
  private final double internalWeight;
  private final double boundaryWeight;
  private final double expectedEiIndex;
  private final double conductance;
  private final int spannerCount;
  private final List<BoundarySpanner> spanners;
  private final List<BridgeTie> bridges;
  private final boolean silo;

  SiloGroup(String name, GroupKind kind, @Nullable Affiliation unit, int community, int size, long internalTies,
      long boundaryTies, double internalWeight, double boundaryWeight, double expectedEiIndex, double conductance,
      int spannerCount, List<BoundarySpanner> spanners, List<BridgeTie> bridges, boolean silo) {
    this.name = name;
    this.kind = kind;
    this.unit = unit;
    this.community = community;
    this.size = size;
    this.internalTies = internalTies;
    this.boundaryTies = boundaryTies;
    this.internalWeight = internalWeight;
    this.boundaryWeight = boundaryWeight;
    this.expectedEiIndex = expectedEiIndex;
    this.conductance = conductance;
    this.spannerCount = spannerCount;
    this.spanners = List.copyOf(spanners);
    this.bridges = List.copyOf(bridges);
    this.silo = silo;
  }

  /**
   * How the group is shown: the unit's path ({@code Acme / Sales}, {@code (none)} for members without an
   * affiliation), {@code community 3}, or {@code (other)}.
   */
  public String name() {
    return name;
  }

  /** What the group is. */
  public GroupKind kind() {
    return kind;
  }

  /** The unit, for a group of kind {@link GroupKind#UNIT}. */
  public Optional<Affiliation> unit() {
    return Optional.ofNullable(unit);
  }

  /** The community's number in its partition, for a group of kind {@link GroupKind#COMMUNITY}. */
  public OptionalInt community() {
    return community < 0 ? OptionalInt.empty() : OptionalInt.of(community);
  }

  /** The number of members. */
  public int size() {
    return size;
  }

  /** The number of ties between members of the group. */
  public long internalTies() {
    return internalTies;
  }

  /** The number of ties with one end in the group and the other outside it. */
  public long boundaryTies() {
    return boundaryTies;
  }

  /** The weight of the ties between members of the group. */
  public double internalWeight() {
    return internalWeight;
  }

  /** The weight of the boundary ties. */
  public double boundaryWeight() {
    return boundaryWeight;
  }

  /** The share of pairs of members who have a tie; 0 for a group of one. */
  public double density() {
    return size < 2 ? 0.0 : internalTies / ((double) size * (size - 1) / 2);
  }

  /** The weighted E-I index, the primary one: {@code (E_w − 2 I_w) / (E_w + 2 I_w)}; NaN without ties. */
  public double eiIndex() {
    return ei(boundaryWeight, 2 * internalWeight);
  }

  /** The E-I index over tie counts: {@code (E − 2 I) / (E + 2 I)}; NaN without ties. */
  public double unweightedEiIndex() {
    return ei((double) boundaryTies, 2.0 * internalTies);
  }

  /** The E-I index expected under random tie placement, {@code (N − 2n + 1) / (N − 1)}. */
  public double expectedEiIndex() {
    return expectedEiIndex;
  }

  /** The (weighted) E-I index minus its expectation: below 0 when the group is more closed than its size explains. */
  public double eiExcess() {
    return eiIndex() - expectedEiIndex;
  }

  /** The conductance of the group's boundary, in {@code [0, 1]}; NaN when the group or the rest has no ties. */
  public double conductance() {
    return conductance;
  }

  /** The share of members with at least one tie out of the group. */
  public double outsideShare() {
    return (double) spannerCount / size;
  }

  /** The number of members with at least one tie out of the group. */
  public int spannerCount() {
    return spannerCount;
  }

  /** The best-ranked boundary spanners, best first (at most {@link SiloOptions#topSpanners()}). */
  public List<BoundarySpanner> spanners() {
    return spanners;
  }

  /** The boundary ties whose loss would cut the group off from some members outside it, most cut off first. */
  public List<BridgeTie> bridges() {
    return bridges;
  }

  /** True if the group has boundary ties and every one of them is a {@linkplain #bridges() bridge}. */
  public boolean fragile() {
    return boundaryTies > 0 && bridges.size() == boundaryTies;
  }

  /** True if the group is flagged as a silo under the report's {@link SiloOptions}. */
  public boolean silo() {
    return silo;
  }

  private static double ei(double external, double internal) {
    double total = external + internal;
    return total > 0 ? (external - internal) / total : Double.NaN;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return this == o || (o instanceof SiloGroup other
        && name.equals(other.name)
        && kind == other.kind
        && Objects.equals(unit, other.unit)
        && community == other.community
        && size == other.size
        && internalTies == other.internalTies
        && boundaryTies == other.boundaryTies
        && Double.compare(internalWeight, other.internalWeight) == 0
        && Double.compare(boundaryWeight, other.boundaryWeight) == 0
        && Double.compare(expectedEiIndex, other.expectedEiIndex) == 0
        && Double.compare(conductance, other.conductance) == 0
        && spannerCount == other.spannerCount
        && spanners.equals(other.spanners)
        && bridges.equals(other.bridges)
        && silo == other.silo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind.ordinal(), unit, community, size, internalTies, boundaryTies, internalWeight,
        boundaryWeight, expectedEiIndex, conductance, spannerCount, spanners, bridges, silo);
  }

  /**
   * {@code SiloGroup[Acme / Sales, size=12, E-I=-0.62 (expected 0.31), conductance=0.19, outside=0.33,
   * bridges=1, silo]}.
   */
  @Override
  public String toString() {
    return "SiloGroup[" + name + ", size=" + size + ", E-I=" + Format.fixed(eiIndex())
        + " (expected " + Format.fixed(expectedEiIndex) + "), conductance=" + Format.fixed(conductance)
        + ", outside=" + Format.fixed(outsideShare()) + ", bridges=" + bridges.size()
        + (fragile() ? ", fragile" : "") + (silo ? ", silo" : "") + "]";
  }
}
