package org.blendnet.graph.export;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.blendnet.graph.community.Partition;
import org.blendnet.graph.silo.SiloReport;
import org.jspecify.annotations.Nullable;

/**
 * What an export carries beyond the graph itself. By default only member ids and numbers: each member's id
 * (also its label) and, per tie, its weight and — for a graph with channel layers — its online and offline
 * weight, whether it is blended and which channel came first. Everything else is asked for:
 *
 * <ul>
 *   <li>{@link #includeNames(boolean)}: members' display names, as their labels and in a {@code name}
 *       attribute — names are personal data and are never exported otherwise;
 *   <li>{@link #includeUnits(int)}: each member's unit, their affiliation cut to a depth; units with fewer
 *       members than the {@link #privacyFloor(int) privacy floor} (default 5) are written as
 *       {@code (other)}, as in a {@link SiloReport};
 *   <li>{@link #communities(Partition)}: each member's community number;
 *   <li>{@link #silos(SiloReport)}: whether each member's group in the report is a silo.
 * </ul>
 *
 * <p><b>Consent.</b> A member's {@link org.blendnet.core.Consent} governs contact and recommendation —
 * whether Blendnet may put them in touch with someone or suggest them — not research export: an export
 * lists every member of the graph, whatever they agreed to, with ids and the attributes asked for only. A
 * host application that must leave members out of exports builds the graph from a network without them
 * ({@link org.blendnet.core.Network#erase(org.blendnet.core.MemberId)}).
 *
 * <pre>{@code
 * ExportOptions options = ExportOptions.defaults().includeUnits(2).communities(partition).silos(report);
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class ExportOptions {

  /** Default smallest unit named in an export. */
  public static final int DEFAULT_PRIVACY_FLOOR = 5;

  private static final ExportOptions DEFAULTS = new ExportOptions(false, 0, DEFAULT_PRIVACY_FLOOR, null, null);

  private final boolean names;
  private final int unitDepth;
  private final int privacyFloor;
  private final @Nullable Partition communities;
  private final @Nullable SiloReport silos;

  private ExportOptions(boolean names, int unitDepth, int privacyFloor, @Nullable Partition communities,
      @Nullable SiloReport silos) {
    this.names = names;
    this.unitDepth = unitDepth;
    this.privacyFloor = privacyFloor;
    this.communities = communities;
    this.silos = silos;
  }

  /** Ids and tie figures only: no names, units, communities or silo flags. */
  public static ExportOptions defaults() {
    return DEFAULTS;
  }

  /** These options with members' display names exported (or not). */
  public ExportOptions includeNames(boolean include) {
    return new ExportOptions(include, unitDepth, privacyFloor, communities, silos);
  }

  /**
   * These options with each member's unit exported: their affiliation cut to {@code depth} segments; 0
   * exports no unit.
   *
   * @throws IllegalArgumentException if {@code depth} is negative
   */
  public ExportOptions includeUnits(int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("unit depth must be >= 0 but was " + depth);
    }
    return new ExportOptions(names, depth, privacyFloor, communities, silos);
  }

  /**
   * These options with another privacy floor: units with fewer members are exported as {@code (other)}.
   *
   * @throws IllegalArgumentException if {@code floor} is less than 1
   */
  public ExportOptions privacyFloor(int floor) {
    if (floor < 1) {
      throw new IllegalArgumentException("privacyFloor must be >= 1 but was " + floor);
    }
    return new ExportOptions(names, unitDepth, floor, communities, silos);
  }

  /** These options with each member's community in {@code partition} exported. */
  public ExportOptions communities(Partition partition) {
    return new ExportOptions(names, unitDepth, privacyFloor, Objects.requireNonNull(partition, "partition"), silos);
  }

  /** These options with each member's silo flag from {@code report} exported. */
  public ExportOptions silos(SiloReport report) {
    return new ExportOptions(names, unitDepth, privacyFloor, communities, Objects.requireNonNull(report, "report"));
  }

  /** True if display names are exported. */
  public boolean namesIncluded() {
    return names;
  }

  /** The depth units are exported at, if they are. */
  public OptionalInt unitDepth() {
    return unitDepth == 0 ? OptionalInt.empty() : OptionalInt.of(unitDepth);
  }

  /** The smallest unit named. */
  public int privacyFloor() {
    return privacyFloor;
  }

  /** The partition whose communities are exported, if any. */
  public Optional<Partition> communities() {
    return Optional.ofNullable(communities);
  }

  /** The report whose silo flags are exported, if any. */
  public Optional<SiloReport> silos() {
    return Optional.ofNullable(silos);
  }

  /** {@code ExportOptions[names=false, unitDepth=2, privacyFloor=5, communities=yes, silos=no]}. */
  @Override
  public String toString() {
    return "ExportOptions[names=" + names + ", unitDepth=" + unitDepth + ", privacyFloor=" + privacyFloor
        + ", communities=" + (communities == null ? "no" : "yes") + ", silos=" + (silos == null ? "no" : "yes")
        + "]";
  }
}
