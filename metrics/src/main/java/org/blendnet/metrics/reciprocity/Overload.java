package org.blendnet.metrics.reciprocity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.blendnet.core.MemberId;
import org.blendnet.metrics.Inequality;
import org.blendnet.core.TimeWindow;
import org.blendnet.metrics.internal.Format;
import org.blendnet.metrics.internal.IdIndex;

/**
 * Collaborative overload over time: the {@link GivingConcentration} of all the windows of a
 * {@link LedgerSeries} together, the members carrying the load (its top members), and per window the
 * concentration of giving and the share the carriers gave — is the load spreading or piling up on the
 * same few? O(m log m · w) for m members and w windows.
 *
 * @implNote Thread-safe: immutable.
 * @param overall the concentration over all windows together
 * @param windows per window: its giving, concentration and the carriers' share, in time order
 * @param carriers per carrier (the top members of {@code overall}): G in each window
 * @since 0.1
 */
public record Overload(GivingConcentration overall, List<WindowLoad> windows, List<CarrierTrend> carriers) {

  /** Creates the figures. */
  public Overload {
    Objects.requireNonNull(overall, "overall");
    windows = List.copyOf(Objects.requireNonNull(windows, "windows"));
    carriers = List.copyOf(Objects.requireNonNull(carriers, "carriers"));
  }

  /** Overload with the top 5%. */
  public static Overload of(LedgerSeries series) {
    return of(series, GivingConcentration.DEFAULT_TOP_FRACTION);
  }

  /**
   * Overload with the top {@code topFraction}.
   *
   * @throws IllegalArgumentException if {@code topFraction} is not in (0, 1]
   */
  public static Overload of(LedgerSeries series, double topFraction) {
    Objects.requireNonNull(series, "series");
    GivingConcentration overall = GivingConcentration.of(series.total(), topFraction);
    IdIndex<MemberId> index = series.get(0).index();
    int[] carrierPositions = overall.top().stream().mapToInt(index::require).toArray();
    List<WindowLoad> loads = new ArrayList<>();
    List<List<Double>> perCarrier = new ArrayList<>();
    for (int c = 0; c < carrierPositions.length; c++) {
      perCarrier.add(new ArrayList<>());
    }
    for (int w = 0; w < series.size(); w++) {
      ReciprocityLedger ledger = series.get(w);
      double[] given = ledger.givenByPosition();
      double total = ledger.totalGiven();
      double carried = 0;
      for (int c = 0; c < carrierPositions.length; c++) {
        carried += given[carrierPositions[c]];
        perCarrier.get(c).add(given[carrierPositions[c]]);
      }
      loads.add(new WindowLoad(series.windows().get(w), total, Inequality.gini(given),
          Inequality.topShare(given, topFraction), total == 0 ? 0 : Math.min(1, carried / total)));
    }
    List<CarrierTrend> trends = new ArrayList<>();
    for (int c = 0; c < carrierPositions.length; c++) {
      trends.add(new CarrierTrend(overall.top().get(c), perCarrier.get(c)));
    }
    return new Overload(overall, loads, trends);
  }

  /** {@code Overload[overall=GivingConcentration[…], windows=[…], carriers=[…]]}. */
  @Override
  public String toString() {
    return "Overload[overall=" + overall + ", windows=" + Format.capped(windows) + ", carriers="
        + Format.capped(carriers) + "]";
  }

  /**
   * Giving in one window.
   *
   * @implNote Thread-safe: immutable.
   * @param window the window
   * @param given Σ G in the window
   * @param gini the Gini coefficient of G in the window; 0 when nobody gave
   * @param topShare the share of the window's G given by its own top members; 0 when nobody gave
   * @param carriersShare the share of the window's G given by the overall carriers; 0 when nobody gave
   * @since 0.1
   */
  public record WindowLoad(TimeWindow window, double given, double gini, double topShare, double carriersShare) {

    /** Creates the figures. */
    public WindowLoad {
      Objects.requireNonNull(window, "window");
    }

    /** {@code [from, to): G=30, gini=0.700, top=0.400, carriers=0.350}. */
    @Override
    public String toString() {
      return window + ": G=" + Format.amount(given) + ", gini=" + Format.ratio(gini) + ", top="
          + Format.ratio(topShare) + ", carriers=" + Format.ratio(carriersShare);
    }
  }

  /**
   * One carrier's giving, window by window.
   *
   * @implNote Thread-safe: immutable.
   * @param member the carrier
   * @param given G in each window, in time order
   * @since 0.1
   */
  public record CarrierTrend(MemberId member, List<Double> given) {

    /** Creates the trend. */
    public CarrierTrend {
      Objects.requireNonNull(member, "member");
      given = List.copyOf(Objects.requireNonNull(given, "given"));
    }

    /** {@code ana: [4, 6, 9.5]}. */
    @Override
    public String toString() {
      return member + ": " + Format.capped(given.stream().map(Format::amount).toList());
    }
  }
}
