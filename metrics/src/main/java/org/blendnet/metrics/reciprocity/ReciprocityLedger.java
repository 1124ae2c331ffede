package org.blendnet.metrics.reciprocity;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.RandomAccess;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.TimeWindow;
import org.blendnet.metrics.TimeWindows;
import org.blendnet.metrics.internal.Format;
import org.blendnet.metrics.internal.IdIndex;
import org.jspecify.annotations.Nullable;

/**
 * Who gave and who took in a network: per member, the acts of giving and taking ({@link GiveTakeCounts}
 * defines each) and the weighted amounts given (G) and taken (T) under {@link GiveTakeWeights} — over
 * all time, within one {@link TimeWindow}, or per window of a {@link TimeWindows} ({@link #byWindow}).
 * "Learning networks need to balance give and take": the ledger is where that balance is read.
 *
 * <pre>{@code
 * ReciprocityLedger ledger = ReciprocityLedger.of(network);
 * ledger.entry(MemberId.of("ana"));        // ana: G=3 T=1.5 B=0.333 GiveTakeCounts[answersGiven=3, …]
 * ledger.topGivers(5);
 * LedgerSeries months = ReciprocityLedger.byWindow(network, GiveTakeWeights.defaults(),
 *     TimeWindows.calendar(ZonedDateTime.parse("2026-01-01T00:00Z"), Period.ofMonths(1), 12));
 * }</pre>
 *
 * <p>Built in one pass over the records into primitive arrays indexed by member position: O(n) time for
 * n records (questions, answers, referrals, events, touchpoints; each finds its members and question by
 * the cached hash of their ids, without a hash-map look-up), plus O(m log m) to index m members, plus the
 * per-pair time sort of directed touchpoints when they were not added in time order (see
 * {@link GiveTakeCounts} for replies), plus O(log w) per record to find its window among w; O(m · w)
 * space. A record at a time outside the ledger's window is not counted. Throughput is measured by
 * {@code LedgerBenchmark} in the benchmarks module.
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class ReciprocityLedger {

  private final IdIndex<MemberId> index;
  private final int[][] counts;
  private final GiveTakeWeights weights;
  private final @Nullable TimeWindow window;
  private final double[] given;
  private final double[] taken;
  private final GiveTakeCounts totals;

  private ReciprocityLedger(IdIndex<MemberId> index, int[][] counts, GiveTakeWeights weights, @Nullable TimeWindow window) {
    this.index = index;
    this.counts = counts;
    this.weights = weights;
    this.window = window;
    int n = index.size();
    this.given = new double[n];
    this.taken = new double[n];
    long[] sums = new long[LedgerTally.KINDS];
    for (int p = 0; p < n; p++) {
      GiveTakeCounts c = countsAt(p);
      given[p] = weights.given(c);
      taken[p] = weights.taken(c);
    }
    for (int k = 0; k < LedgerTally.KINDS; k++) {
      long s = 0;
      for (int v : counts[k]) {
        s += v;
      }
      sums[k] = s;
    }
    this.totals = new GiveTakeCounts(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7],
        sums[8], sums[9]);
  }

  /** The ledger of all time, with {@link GiveTakeWeights#defaults()}. */
  public static ReciprocityLedger of(Network network) {
    return of(network, GiveTakeWeights.defaults());
  }

  /** The ledger of all time. */
  public static ReciprocityLedger of(Network network, GiveTakeWeights weights) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(weights, "weights");
    IdIndex<MemberId> index = IdIndex.members(network);
    LedgerTally tally = LedgerTally.count(network, index, null);
    return new ReciprocityLedger(index, tally.counts[0], weights, null);
  }

  /** The ledger of the acts within {@code window}. */
  public static ReciprocityLedger of(Network network, GiveTakeWeights weights, TimeWindow window) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(window, "window");
    return byWindow(network, weights, TimeWindows.of(window)).get(0);
  }

  /**
   * One ledger per window of {@code windows}, from a single pass over the records; acts before the first
   * window or after the last are not counted.
   */
  public static LedgerSeries byWindow(Network network, GiveTakeWeights weights, TimeWindows windows) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(windows, "windows");
    IdIndex<MemberId> index = IdIndex.members(network);
    LedgerTally tally = LedgerTally.count(network, index, windows);
    List<ReciprocityLedger> ledgers = new ArrayList<>(windows.size());
    for (int w = 0; w < windows.size(); w++) {
      ledgers.add(new ReciprocityLedger(index, tally.counts[w], weights, windows.get(w)));
    }
    return new LedgerSeries(windows, ledgers);
  }

  /** The sum of ledgers over the same members, covering {@code window} (for a series' total). */
  static ReciprocityLedger sum(List<ReciprocityLedger> ledgers, TimeWindow window) {
    ReciprocityLedger first = ledgers.get(0);
    int[][] sum = new int[LedgerTally.KINDS][first.index.size()];
    for (ReciprocityLedger l : ledgers) {
      for (int k = 0; k < LedgerTally.KINDS; k++) {
        for (int p = 0; p < sum[k].length; p++) {
          sum[k][p] += l.counts[k][p];
        }
      }
    }
    return new ReciprocityLedger(first.index, sum, first.weights, window);
  }

  // ---- what it covers ------------------------------------------------------------------------------

  /** The weights of G and T. */
  public GiveTakeWeights weights() {
    return weights;
  }

  /** The window it covers; empty for all time. */
  public Optional<TimeWindow> window() {
    return Optional.ofNullable(window);
  }

  /** The number of members (every member of the network has an entry, active or not). */
  public int size() {
    return index.size();
  }

  // ---- per member ----------------------------------------------------------------------------------

  /**
   * The entry of {@code member}.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public LedgerEntry entry(MemberId member) {
    return entryAt(index.require(member));
  }

  /** Every member's entry, in network order (a view; entries are made as they are read). */
  public List<LedgerEntry> entries() {
    return new Entries();
  }

  /**
   * G, the weighted amount {@code member} gave.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public double given(MemberId member) {
    return given[index.require(member)];
  }

  /**
   * T, the weighted amount {@code member} took.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public double taken(MemberId member) {
    return taken[index.require(member)];
  }

  /**
   * The balance ratio B = (G − T)/(G + T) of {@code member}; empty when G + T = 0.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public OptionalDouble balance(MemberId member) {
    int p = index.require(member);
    return LedgerEntry.balance(given[p], taken[p]);
  }

  /**
   * The {@code k} members who gave most (G descending, then network order), only those with G &gt; 0.
   *
   * @throws IllegalArgumentException if {@code k < 0}
   */
  public List<LedgerEntry> topGivers(int k) {
    return top(given, k);
  }

  /**
   * The {@code k} members who took most (T descending, then network order), only those with T &gt; 0.
   *
   * @throws IllegalArgumentException if {@code k < 0}
   */
  public List<LedgerEntry> topTakers(int k) {
    return top(taken, k);
  }

  private List<LedgerEntry> top(double[] amounts, int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0 but was " + k);
    }
    List<LedgerEntry> result = new ArrayList<>();
    for (int p : Ranking.descending(amounts, k)) {
      result.add(entryAt(p));
    }
    return List.copyOf(result);
  }

  // ---- totals --------------------------------------------------------------------------------------

  /** The counts summed over all members. */
  public GiveTakeCounts totals() {
    return totals;
  }

  /** Σ G over all members. */
  public double totalGiven() {
    return weights.given(totals);
  }

  /** Σ T over all members. */
  public double totalTaken() {
    return weights.taken(totals);
  }

  // ---- for the other measures of this package ------------------------------------------------------

  IdIndex<MemberId> index() {
    return index;
  }

  /** G by member position; not a copy — callers must not change it. */
  double[] givenByPosition() {
    return given;
  }

  /** T by member position; not a copy — callers must not change it. */
  double[] takenByPosition() {
    return taken;
  }

  LedgerEntry entryAt(int p) {
    return new LedgerEntry(index.id(p), countsAt(p), given[p], taken[p]);
  }

  private GiveTakeCounts countsAt(int p) {
    int[][] c = counts;
    return new GiveTakeCounts(c[0][p], c[1][p], c[2][p], c[3][p], c[4][p], c[5][p], c[6][p], c[7][p], c[8][p],
        c[9][p]);
  }

  /** Checks that {@code network} is the network this ledger was computed from (same members, same order). */
  void requireSameMembers(Network network) {
    if (network.members().size() != index.size()) {
      throw new IllegalArgumentException("the ledger was computed for " + index.size()
          + " members but the network has " + network.members().size());
    }
    for (int p = 0; p < index.size(); p++) {
      if (!network.members().get(p).id().equals(index.id(p))) {
        throw new IllegalArgumentException("the ledger was computed for another network: member " + p + " is "
            + index.id(p) + " in the ledger but " + network.members().get(p).id() + " in the network");
      }
    }
  }

  // ---- object methods ------------------------------------------------------------------------------

  /** Equal when over the same members, window and weights with the same counts. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ReciprocityLedger other) || !weights.equals(other.weights)
        || !Objects.equals(window, other.window) || other.index.size() != index.size()) {
      return false;
    }
    for (int p = 0; p < index.size(); p++) {
      if (!index.id(p).equals(other.index.id(p))) {
        return false;
      }
    }
    return Arrays.deepEquals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weights, window, totals);
  }

  /**
   * {@code ReciprocityLedger[members=120, window=all time, G=340, T=310.5, GiveTakeCounts[…], top givers=[…]]}.
   */
  @Override
  public String toString() {
    return "ReciprocityLedger[members=" + size() + ", window=" + (window == null ? "all time" : window)
        + ", G=" + Format.amount(totalGiven()) + ", T=" + Format.amount(totalTaken()) + ", " + totals
        + ", top givers=" + Format.capped(topGivers(3).stream().map(LedgerEntry::member).toList()) + "]";
  }

  private final class Entries extends AbstractList<LedgerEntry> implements RandomAccess {
    @Override
    public LedgerEntry get(int i) {
      Objects.checkIndex(i, index.size());
      return entryAt(i);
    }

    @Override
    public int size() {
      return index.size();
    }
  }
}
