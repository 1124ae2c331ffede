package org.blendnet.core.match.groups;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The engine under {@link LearningGroups} and {@link EventSeating}: splits n items into g groups whose
 * sizes stay within [min, max] and in which no capped unit has more than {@code cap} items, maximising the
 * total affinity of the pairs that share a group,
 *
 * <pre>
 *   objective = Σ_groups Σ_{pairs i &lt; j in the group} a(i, j)
 * </pre>
 *
 * <p><b>Construction.</b> The items are sorted by the size of their unit (largest first), then unit, then
 * a seeded random key, and dealt round-robin to the groups: each unit's items form one run of the deal, so
 * every group receives ⌊n_u / g⌋ or ⌈n_u / g⌉ of unit u — the fewest any split can give — and every group
 * gets ⌊n / g⌋ or ⌈n / g⌉ items. The start is therefore feasible whenever any split is (n_u ≤ g · cap for
 * every unit), and blind to affinity.
 *
 * <p><b>Local search</b> (first-improvement over relocations and pairwise interchanges, the neighbourhoods
 * of Kernighan &amp; Lin, "An efficient heuristic procedure for partitioning graphs", Bell System Technical
 * Journal 49(2), 1970, doi:10.1002/j.1538-7305.1970.tb01770.x, used here greedily without their
 * tentative-move sequences). Each pass visits the items in a seeded random order; for item i in group A it
 * computes i's affinity with every group, then makes the best feasible <em>move</em> of i to another group
 * if that raises the objective, else the best feasible <em>swap</em> of i with a member j of one of the
 * {@value #SWAP_GROUPS} groups i is most drawn to, with gain
 *
 * <pre>
 *   Δ(i ↔ j) = [a(i, B) − a(i, A)] + [a(j, A) − a(j, B)] − 2 · a(i, j)
 * </pre>
 *
 * (a(x, G) the affinity of x with the other members of G). Passes stop when one changes nothing (a local
 * optimum of both neighbourhoods for the visited candidates) or after the pass limit. Every accepted step
 * raises the objective, so the search terminates.
 *
 * <p><b>Incremental evaluation</b> (in the spirit of the "don't look bits" of Bentley, "Fast algorithms for
 * geometric traveling salesman problems", ORSA Journal on Computing 4(4), 1992, doi:10.1287/ijoc.4.4.387):
 * an item found with no improving step is looked at again only when groups have changed since, and — if its
 * own group has not — only at those groups: its affinity with, the size of and the unit counts of every
 * other group are as they were, so no move to one of them can have become improving. Moves stay exact; swaps
 * are then sought among the changed groups the item is most drawn to. A pass that changes nothing has
 * therefore checked every feasible move of every item.
 *
 * <p><b>Complexity.</b> Construction O(n log n). A pass at most O(n · (A_all + S · (max · A_one))), where A_all is
 * the cost of one item's affinity with every group (O(m · g) for m topics an item, O(d) for d weighted
 * partners) and A_one with one group (O(m), O(d)); S = {@value #SWAP_GROUPS}. Memory O(n + g) plus the
 * affinity model's. Same input and seed, same result: no hash order is ever iterated.
 *
 * @implNote Not thread-safe: one search per instance, made and used by one planner call.
 */
final class PartitionSearch {

  /** How many of the groups an item is most drawn to are searched for a swap partner. */
  static final int SWAP_GROUPS = 3;

  /** Gains below this are treated as no gain, so that rounding cannot make the search cycle. */
  private static final double EPSILON = 1e-9;

  /** How the affinity of items with each other and with groups is computed; kept up to date on moves. */
  interface Affinity {

    /** Called once with the first assignment, before any other call. */
    void start(int[] groupOf, int groups);

    /** Adds to {@code gains[B]} the affinity of item i with the members of each group B other than i. */
    void affinities(int i, int[] groupOf, double[] gains);

    /** The affinity of item i with the members of {@code group} other than i. */
    double affinity(int i, int group, int[] groupOf);

    /** The affinity of items i and j. */
    double pair(int i, int j);

    /** Item i has moved from group {@code from} to group {@code to}; {@code groupOf} already says so. */
    void moved(int i, int from, int to);
  }

  /**
   * The outcome of a search.
   *
   * @param groupOf each item's group
   * @param initial the objective of the dealt start
   * @param objective the objective at the end
   * @param passes the passes made
   * @param moves the relocations made
   * @param swaps the interchanges made
   * @param converged true if the last pass changed nothing (a local optimum), false if the pass limit stopped it
   */
  @SuppressWarnings("ArrayRecordComponent") // package-private carrier: the array is handed over, never shared
  record Result(int[] groupOf, double initial, double objective, int passes, int moves, int swaps,
      boolean converged) {}

  private final int n;
  private final int groups;
  private final int min;
  private final int max;
  private final int cap;
  /** Each item's capped unit (a unit with more items than the cap), or -1. */
  private final int[] unit;
  private final int cappedUnits;
  private final Affinity affinity;
  private final long seed;

  private final int[] groupOf;
  private final int[][] members;
  private final int[] size;
  private final int[] position;
  private final LongIntMap unitCounts;
  /** The number of steps taken so far; each step changes two groups. */
  private int stamp;
  /** The step at which each group last changed (0: not since the deal). */
  private final int[] changedAt;
  /** The change log: the groups changed by each step, and the step, in order. */
  private int[] logGroup = new int[64];
  private int[] logStamp = new int[64];
  private int logSize;

  /**
   * A search over {@code units.length} items.
   *
   * @param units each item's unit, or -1 for none (never capped)
   * @param cap the most items of one unit a group may hold ({@link Integer#MAX_VALUE}: no cap)
   * @param groups the number of groups; {@code groups · min ≤ n ≤ groups · max} and every unit fits the cap
   *     ({@code n_u ≤ groups · cap}) — the planners check both before they start a search
   */
  PartitionSearch(int[] units, int cap, int groups, int min, int max, Affinity affinity, long seed) {
    this.n = units.length;
    this.groups = groups;
    this.min = min;
    this.max = max;
    this.cap = cap;
    this.affinity = affinity;
    this.seed = seed;
    int maxUnit = -1;
    for (int u : units) {
      maxUnit = Math.max(maxUnit, u);
    }
    int[] unitSize = new int[maxUnit + 1];
    for (int u : units) {
      if (u >= 0) {
        unitSize[u]++;
      }
    }
    int[] compact = new int[maxUnit + 1];
    int c = 0;
    for (int u = 0; u <= maxUnit; u++) {
      compact[u] = unitSize[u] > cap ? c++ : -1;
    }
    cappedUnits = c;
    unit = new int[n];
    for (int i = 0; i < n; i++) {
      unit[i] = units[i] < 0 ? -1 : compact[units[i]];
    }
    groupOf = new int[n];
    members = new int[groups][Math.min(max, n)]; // a group never holds more than the n items, whatever max is
    size = new int[groups];
    position = new int[n];
    changedAt = new int[groups];
    unitCounts = new LongIntMap(Math.max(16, (int) Math.min(1 << 20, (long) cappedUnits * Math.min(groups, cap + 1))));
    deal(units, unitSize);
  }

  private void deal(int[] units, int[] unitSize) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] key = new long[n];
    for (int i = 0; i < n; i++) {
      key[i] = random.nextLong();
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> {
      int sx = units[x] < 0 ? 0 : unitSize[units[x]];
      int sy = units[y] < 0 ? 0 : unitSize[units[y]];
      if (sx != sy) {
        return Integer.compare(sy, sx);
      }
      if (units[x] != units[y]) {
        return Integer.compare(units[x], units[y]);
      }
      int k = Long.compare(key[x], key[y]);
      return k != 0 ? k : Integer.compare(x, y);
    });
    for (int k = 0; k < n; k++) {
      place(order[k], k % groups);
    }
  }

  private void place(int i, int g) {
    groupOf[i] = g;
    position[i] = size[g];
    members[g][size[g]++] = i;
    if (unit[i] >= 0) {
      unitCounts.add(unitKey(unit[i], g), 1);
    }
  }

  private void remove(int i) {
    int g = groupOf[i];
    int last = members[g][--size[g]];
    members[g][position[i]] = last;
    position[last] = position[i];
    if (unit[i] >= 0) {
      unitCounts.add(unitKey(unit[i], g), -1);
    }
  }

  private long unitKey(int u, int g) {
    return (long) u * groups + g;
  }

  private boolean fits(int u, int g) {
    return u < 0 || unitCounts.get(unitKey(u, g)) < cap;
  }

  /** Runs the local search for at most {@code maxPasses} passes. */
  Result run(int maxPasses) {
    affinity.start(groupOf, groups);
    double initial = objective();
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] all = new int[groups];
    for (int g = 0; g < groups; g++) {
      all[g] = g;
    }
    double[] gains = new double[groups];
    int[] top = new int[SWAP_GROUPS];
    int[] changedGroups = new int[groups];
    int[] mark = new int[groups];
    int token = 0;
    int[] evaluatedAt = new int[n];
    Arrays.fill(evaluatedAt, -1);
    int passes = 0;
    int moves = 0;
    int swaps = 0;
    boolean converged = false;
    while (passes < maxPasses) {
      passes++;
      boolean changed = false;
      for (int k = n - 1; k > 0; k--) {
        int r = random.nextInt(k + 1);
        int t = order[k];
        order[k] = order[r];
        order[r] = t;
      }
      for (int i : order) {
        int a = groupOf[i];
        int since = evaluatedAt[i];
        int[] scan = all;
        int scanned = groups;
        double base;
        if (since >= 0 && changedAt[a] <= since) {
          // evaluated before with no improving step, and its own group is as it was: only groups changed since
          // then can offer one now (see the class comment)
          int from = firstChangeAfter(since);
          if (from == logSize) {
            continue;
          }
          if (logSize - from <= groups / 4) {
            token++;
            scanned = 0;
            for (int e = from; e < logSize; e++) {
              int g = logGroup[e];
              if (g != a && mark[g] != token) {
                mark[g] = token;
                changedGroups[scanned++] = g;
              }
            }
            Arrays.sort(changedGroups, 0, scanned);
            scan = changedGroups;
          }
        }
        if (scan == all) {
          Arrays.fill(gains, 0);
          affinity.affinities(i, groupOf, gains);
          base = gains[a];
        } else {
          base = affinity.affinity(i, a, groupOf);
          for (int q = 0; q < scanned; q++) {
            gains[scan[q]] = affinity.affinity(i, scan[q], groupOf);
          }
        }
        if (size[a] > min) {
          int best = -1;
          double bestGain = EPSILON;
          for (int q = 0; q < scanned; q++) {
            int b = scan[q];
            if (b != a && size[b] < max && gains[b] - base > bestGain && fits(unit[i], b)) {
              best = b;
              bestGain = gains[b] - base;
            }
          }
          if (best >= 0) {
            relocate(i, best);
            changed(a, best);
            evaluatedAt[i] = -1;
            moves++;
            changed = true;
            continue;
          }
        }
        int found = mostDrawn(a, scan, scanned, gains, base, top);
        int partner = -1;
        double bestDelta = EPSILON;
        for (int q = 0; q < found; q++) {
          int b = top[q];
          double towards = gains[b] - base;
          for (int p = 0; p < size[b]; p++) {
            int j = members[b][p];
            if (unit[i] != unit[j] && !(fits(unit[i], b) && fits(unit[j], a))) {
              continue;
            }
            double delta = towards + affinity.affinity(j, a, groupOf) - affinity.affinity(j, b, groupOf)
                - 2 * affinity.pair(i, j);
            int versus = Double.compare(delta, bestDelta); // ties broken by index, for determinism
            if (versus > 0 || (versus == 0 && partner >= 0 && j < partner)) {
              bestDelta = delta;
              partner = j;
            }
          }
        }
        if (partner >= 0) {
          int b = groupOf[partner];
          remove(i);
          remove(partner);
          place(i, b);
          place(partner, a);
          affinity.moved(i, a, b);
          affinity.moved(partner, b, a);
          changed(a, b);
          evaluatedAt[i] = -1;
          evaluatedAt[partner] = -1;
          swaps++;
          changed = true;
        } else {
          evaluatedAt[i] = stamp;
        }
      }
      if (!changed) {
        converged = true;
        break;
      }
    }
    return new Result(groupOf.clone(), initial, objective(), passes, moves, swaps, converged);
  }

  /** Records that groups {@code a} and {@code b} changed, as one step of the change log. */
  private void changed(int a, int b) {
    stamp++;
    changedAt[a] = stamp;
    changedAt[b] = stamp;
    if (logSize + 2 > logGroup.length) {
      logGroup = Arrays.copyOf(logGroup, logGroup.length * 2);
      logStamp = Arrays.copyOf(logStamp, logStamp.length * 2);
    }
    logGroup[logSize] = a;
    logStamp[logSize++] = stamp;
    logGroup[logSize] = b;
    logStamp[logSize++] = stamp;
  }

  /** The position of the first change in the log after {@code stamp} ({@code logSize} if none). */
  private int firstChangeAfter(int after) {
    int lo = 0;
    int hi = logSize;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (logStamp[mid] <= after) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Fills {@code top} with the groups among the first {@code scanned} of {@code scan} (other than {@code a})
   * that draw i more than {@code a} does, most first; returns how many.
   */
  private int mostDrawn(int a, int[] scan, int scanned, double[] gains, double base, int[] top) {
    int found = 0;
    for (int q = 0; q < scanned; q++) {
      int b = scan[q];
      if (b == a || gains[b] - base <= EPSILON) {
        continue;
      }
      int p;
      if (found < top.length) {
        p = found++;
      } else if (gains[b] > gains[top[top.length - 1]]) {
        p = top.length - 1;
      } else {
        continue;
      }
      while (p > 0 && gains[top[p - 1]] < gains[b]) {
        top[p] = top[p - 1];
        p--;
      }
      top[p] = b;
    }
    return found;
  }

  private void relocate(int i, int to) {
    int from = groupOf[i];
    remove(i);
    place(i, to);
    affinity.moved(i, from, to);
  }

  /** ½ Σ_i a(i, group of i). O(n · A_one). */
  private double objective() {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += affinity.affinity(i, groupOf[i], groupOf);
    }
    return sum / 2;
  }
}
