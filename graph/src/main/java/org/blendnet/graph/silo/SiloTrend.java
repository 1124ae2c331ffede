package org.blendnet.graph.silo;

import org.blendnet.core.TimeWindow;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.blendnet.core.Affiliation;

/**
 * Silo reports for a series of windows of time (made by
 * {@link SiloDetector#trend(org.blendnet.core.Network, org.blendnet.graph.TieModel, List)}): whether a
 * unit is closing in on itself or opening up, and whether the network as a whole is.
 *
 * <pre>{@code
 * SiloTrend trend = SiloDetector.withDefaults().trend(network, TieModel.defaults(), quarters);
 * double[] sales = trend.eiIndex(Affiliation.of("Acme", "Sales"));   // one value per quarter
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class SiloTrend {

  private static final int SHOWN = 12;
  private static final int SILOS_SHOWN = 3;

  private final List<TimeWindow> windows;
  private final List<SiloReport> reports;

  SiloTrend(List<TimeWindow> windows, List<SiloReport> reports) {
    this.windows = List.copyOf(windows);
    this.reports = List.copyOf(reports);
  }

  /** The windows, in the order given. */
  public List<TimeWindow> windows() {
    return windows;
  }

  /** The report of each window, in the order of {@link #windows()}. */
  public List<SiloReport> reports() {
    return reports;
  }

  /**
   * The report of one window.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not a window's
   */
  public SiloReport report(int index) {
    return reports.get(Objects.checkIndex(index, reports.size()));
  }

  /**
   * A unit's group in each window; empty where the unit is not named (below the privacy floor, or without
   * members).
   */
  public List<Optional<SiloGroup>> of(Affiliation unit) {
    Objects.requireNonNull(unit, "unit");
    return reports.stream().map(r -> r.group(unit)).toList();
  }

  /** A unit's (weighted) E-I index in each window: NaN where it has no ties or is not named. */
  public double[] eiIndex(Affiliation unit) {
    Objects.requireNonNull(unit, "unit");
    double[] values = new double[reports.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = reports.get(i).group(unit).map(SiloGroup::eiIndex).orElse(Double.NaN);
    }
    return values;
  }

  /** The network's (weighted) E-I index in each window. */
  public double[] networkEiIndex() {
    double[] values = new double[reports.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = reports.get(i).networkEiIndex();
    }
    return values;
  }

  /**
   * One line per window (at most twelve, then {@code …(+37 more)}): the window, the number of ties, the
   * network's E-I index and its expectation, and the silos (at most three named).
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SiloTrend[windows=").append(windows.size()).append(']');
    for (int i = 0; i < Math.min(SHOWN, reports.size()); i++) {
      SiloReport r = reports.get(i);
      List<SiloGroup> silos = r.silos();
      s.append(String.format(Locale.ROOT, "\n  %s  ties=%d  E-I=%s (expected %s)  silos=%d", windows.get(i),
          r.graph().tieCount(), Format.fixed(r.networkEiIndex()), Format.fixed(r.networkExpectedEiIndex()),
          silos.size()));
      for (int k = 0; k < Math.min(SILOS_SHOWN, silos.size()); k++) {
        s.append(k == 0 ? ": " : ", ").append(silos.get(k).name());
      }
      if (silos.size() > SILOS_SHOWN) {
        s.append(", …(+").append(silos.size() - SILOS_SHOWN).append(" more)");
      }
    }
    if (reports.size() > SHOWN) {
      s.append("\n  …(+").append(reports.size() - SHOWN).append(" more)");
    }
    return s.toString();
  }
}
