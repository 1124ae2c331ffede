package org.blendnet.metrics.silo;

import java.util.Locale;
import java.util.Objects;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.Objective;
import org.blendnet.graph.silo.SiloDetector;
import org.blendnet.graph.silo.SiloOptions;
import org.blendnet.graph.silo.SiloReport;
import org.blendnet.metrics.internal.Units;

/**
 * How siloed a network's declared units are, in three network-level indices computed on the same graph and
 * the same grouping as the graph module's {@link SiloReport} (which this carries, with its per-unit table):
 *
 * <ul>
 *   <li><b>E-I index</b> (D. Krackhardt and R. N. Stern, Social Psychology Quarterly 51(2) (1988) 123–140,
 *       doi:10.2307/2786835): {@code (E − I) / (E + I)} over tie weight, E between units and I within, from
 *       −1 (all contact inside units) to +1 (all across) — {@link SiloReport#networkEiIndex()}, with its
 *       tie-count form and its expectation under random tie placement;
 *   <li><b>Attribute assortativity</b> of the unit attribute (M. E. J. Newman, Phys. Rev. E 67, 026126
 *       (2003), doi:10.1103/PhysRevE.67.026126; see {@link Assortativity}): unlike the E-I index it
 *       corrects for unit sizes, 0 when ties ignore units whatever their sizes — by tie count (as NetworkX)
 *       and by weight;
 *   <li><b>Modularity</b> of the units as a partition (M. E. J. Newman and M. Girvan, Phys. Rev. E 69,
 *       026113 (2004), doi:10.1103/PhysRevE.69.026113), weighted, resolution 1, computed by the graph
 *       module's {@link Objective#MODULARITY}: how far the units are communities; compare it with the
 *       modularity of the communities {@link org.blendnet.graph.community.Leiden} finds.
 * </ul>
 *
 * <p>The three are tied together: with f the share of tie weight inside units and Σa² the sum over units
 * of the squared share of tie ends, E-I = 1 − 2f, Q = f − Σa², and the weighted assortativity
 * r<sub>w</sub> = Q / (1 − Σa²). Units are the members' affiliations cut to
 * {@link SiloOptions#unitDepth()}, every unit in its own right (the privacy floor applies to the report's
 * listed groups, not to these network-level figures, which name no unit); the {@link SiloOptions} layer
 * and window apply to all three. NaN where undefined: no ties, or (assortativity) every tie end in one unit.
 *
 * <p>O(n log n + m) for n members and m ties (the silo report's cost plus two passes over the ties).
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class SiloIndices {

  private final SiloReport report;
  private final int unitCount;
  private final double assortativity;
  private final double weightedAssortativity;
  private final double modularity;

  private SiloIndices(SiloReport report, int unitCount, double assortativity, double weightedAssortativity,
      double modularity) {
    this.report = report;
    this.unitCount = unitCount;
    this.assortativity = assortativity;
    this.weightedAssortativity = weightedAssortativity;
    this.modularity = modularity;
  }

  /**
   * The indices of the units of a graph made from a network, under {@link SiloOptions#defaults()}.
   *
   * @throws IllegalArgumentException if the graph was not made from a network
   */
  public static SiloIndices of(SocialGraph graph) {
    return of(graph, SiloOptions.defaults());
  }

  /**
   * The indices of the units of a graph made from a network, with the unit depth, layer and window of
   * {@code options}.
   *
   * @throws IllegalArgumentException if the graph was not made from a network, or the options ask for a
   *     layer or window the graph cannot give
   */
  public static SiloIndices of(SocialGraph graph, SiloOptions options) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(options, "options");
    SiloReport report = SiloDetector.withOptions(options).units(graph);
    SocialGraph analysed = report.graph();
    Units units = Units.of(analysed, options.unitDepth());
    int[] groupOf = units.groupOf();
    return new SiloIndices(report, units.units().size(), Assortativity.categorical(analysed, groupOf),
        Assortativity.weightedCategorical(analysed, groupOf),
        Objective.MODULARITY.quality(analysed, groupOf, 1.0));
  }

  /** The graph module's silo report by unit, from which the E-I figures come. */
  public SiloReport report() {
    return report;
  }

  /** The number of units (all of them, whatever their size). */
  public int unitCount() {
    return unitCount;
  }

  /** The number of units flagged as silos in the report. */
  public int siloCount() {
    return report.silos().size();
  }

  /** The network's weighted E-I index over units; NaN without ties. */
  public double eiIndex() {
    return report.networkEiIndex();
  }

  /** The network's E-I index over tie counts; NaN without ties. */
  public double unweightedEiIndex() {
    return report.networkUnweightedEiIndex();
  }

  /** The E-I index expected under random tie placement. */
  public double expectedEiIndex() {
    return report.networkExpectedEiIndex();
  }

  /** Newman's categorical assortativity of units over tie counts (as NetworkX); NaN if undefined. */
  public double assortativity() {
    return assortativity;
  }

  /** Newman's categorical assortativity of units over tie weights; NaN if undefined. */
  public double weightedAssortativity() {
    return weightedAssortativity;
  }

  /** The modularity of the units as a partition (weighted, resolution 1); 0 without ties. */
  public double modularity() {
    return modularity;
  }

  /**
   * {@code SiloIndices[12 units, 2 silos: E-I -0.412 (ties -0.380, expected 0.750), assortativity 0.531
   * (weighted 0.566), modularity 0.402]}.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "SiloIndices[%d units, %d silos: E-I %.3f (ties %.3f, expected %.3f), assortativity %.3f (weighted %.3f),"
            + " modularity %.3f]",
        unitCount, siloCount(), eiIndex(), unweightedEiIndex(), expectedEiIndex(), assortativity,
        weightedAssortativity, modularity);
  }
}
