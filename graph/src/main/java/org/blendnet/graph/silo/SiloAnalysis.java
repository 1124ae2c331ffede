package org.blendnet.graph.silo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.blendnet.core.Affiliation;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.internal.DepthFirstForest;
import org.jspecify.annotations.Nullable;

/**
 * The computation behind a {@link SiloReport}: one pass over the half-edges for the counts, weights and
 * boundary spanners, one depth-first search for the bridges. O(n log n + m) time (the sorts of groups and
 * spanners), O(n) memory besides the graph.
 */
final class SiloAnalysis {

  /**
   * A full grouping of the nodes: group {@code groupOf[v]} in {@code 0 .. count - 1}. Units are numbered
   * in path order and carry their affiliation; communities carry their partition's numbers.
   */
  @SuppressWarnings("ArrayRecordComponent") // an internal carrier, never compared or hashed
  record Grouping(GroupKind kind, int[] groupOf, int count, Affiliation @Nullable [] units) {}

  /** Orders affiliations segment by segment, a path before its extensions. */
  static final Comparator<Affiliation> PATH_ORDER = (a, b) -> {
    List<String> p = a.path();
    List<String> q = b.path();
    for (int i = 0; i < Math.min(p.size(), q.size()); i++) {
      int c = p.get(i).compareTo(q.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(p.size(), q.size());
  };

  private SiloAnalysis() {}

  static SiloReport analyse(SocialGraph graph, Grouping full, SiloOptions options,
      SiloReport.@Nullable Alignment alignment, @Nullable SiloReport communities) {
    int n = graph.nodeCount();
    int groupCount = full.count();
    int[] groupOf = full.groupOf();
    int[] fullSize = new int[groupCount];
    for (int v = 0; v < n; v++) {
      fullSize[groupOf[v]]++;
    }

    // which groups are named: those at the floor or above, largest first, then by group number
    int floor = options.privacyFloor();
    int named = 0;
    long[] keys = new long[groupCount];
    int otherSize = 0;
    for (int t = 0; t < groupCount; t++) {
      if (fullSize[t] >= floor) {
        keys[named++] = (long) (n - fullSize[t]) << 32 | t;
      } else {
        otherSize += fullSize[t];
      }
    }
    Arrays.sort(keys, 0, named);
    boolean otherShown = otherSize > 0 && otherSize >= floor;
    int reported = named + (otherShown ? 1 : 0);
    int[] reportedOf = new int[groupCount];
    Arrays.fill(reportedOf, otherShown ? named : -1);
    int[] fullOfReported = new int[named];
    for (int i = 0; i < named; i++) {
      int t = (int) keys[i];
      reportedOf[t] = i;
      fullOfReported[i] = t;
    }
    int[] rep = new int[n];
    int[] size = new int[reported];
    for (int v = 0; v < n; v++) {
      rep[v] = reportedOf[groupOf[v]];
      if (rep[v] >= 0) {
        size[rep[v]]++;
      }
    }

    // one pass over the half-edges
    long[] internalEnds = new long[reported];
    long[] boundary = new long[reported];
    double[] internalEndWeight = new double[reported];
    double[] boundaryWeight = new double[reported];
    int[] spannerCount = new int[reported];
    int[] outsideTies = new int[n];
    double[] outsideWeight = new double[n];
    int[] reached = new int[n];
    int[] stamp = new int[reported + 1];
    Arrays.fill(stamp, -1);
    long netInternal = 0;
    long netExternal = 0;
    double netInternalWeight = 0;
    double netExternalWeight = 0;
    for (int u = 0; u < n; u++) {
      int r = rep[u];
      int t = groupOf[u];
      for (int e = graph.edgeStart(u), end = graph.edgeEnd(u); e < end; e++) {
        int v = graph.target(e);
        double w = graph.weight(e);
        if (v > u) {
          if (groupOf[v] == t) {
            netInternal++;
            netInternalWeight += w;
          } else {
            netExternal++;
            netExternalWeight += w;
          }
        }
        if (r < 0) {
          continue;
        }
        int rv = rep[v];
        if (rv == r) {
          internalEnds[r]++;
          internalEndWeight[r] += w;
        } else {
          boundary[r]++;
          boundaryWeight[r] += w;
          outsideTies[u]++;
          outsideWeight[u] += w;
          int slot = rv < 0 ? reported : rv;
          if (stamp[slot] != u) {
            stamp[slot] = u;
            reached[u]++;
          }
        }
      }
      if (r >= 0 && outsideTies[u] > 0) {
        spannerCount[r]++;
      }
    }

    List<List<BridgeTie>> bridges = bridges(graph, rep, reported);
    List<List<BoundarySpanner>> spanners = spanners(graph, rep, reported, outsideTies, outsideWeight, reached,
        options.topSpanners());

    long totalEnds = 2L * graph.tieCount();
    double totalVolume = 2 * graph.totalWeight();
    List<SiloGroup> groups = new ArrayList<>(reported);
    for (int r = 0; r < reported; r++) {
      boolean other = r >= named;
      int t = other ? -1 : fullOfReported[r];
      GroupKind kind = other ? GroupKind.OTHER : full.kind();
      Affiliation[] units = full.units();
      Affiliation unit = kind == GroupKind.UNIT && units != null ? units[t] : null;
      String name = other ? "(other)" : unit != null ? unit.toString() : "community " + t;
      double internalWeight = internalEndWeight[r] / 2;
      long ends = internalEnds[r] + boundary[r];
      double volume = internalEndWeight[r] + boundaryWeight[r];
      double conductance = ends == 0 || ends == totalEnds ? Double.NaN
          : Math.min(1.0, boundaryWeight[r] / Math.min(volume, totalVolume - volume));
      double expected = n < 2 ? Double.NaN : (double) (n - 2 * size[r] + 1) / (n - 1);
      double external = boundaryWeight[r];
      double ei = external + internalEndWeight[r] > 0
          ? (external - internalEndWeight[r]) / (external + internalEndWeight[r]) : Double.NaN;
      double outsideShare = (double) spannerCount[r] / size[r];
      boolean silo = options.isSilo(ei, expected, outsideShare);
      groups.add(new SiloGroup(name, kind, unit, kind == GroupKind.COMMUNITY ? t : -1, size[r],
          internalEnds[r] / 2, boundary[r], internalWeight, boundaryWeight[r], expected, conductance,
          spannerCount[r], spanners.get(r), bridges.get(r), silo));
    }

    double netWeight = netInternalWeight + netExternalWeight;
    double networkEi = netWeight > 0 ? (netExternalWeight - netInternalWeight) / netWeight : Double.NaN;
    long netTies = netInternal + netExternal;
    double networkTieEi = netTies > 0 ? (double) (netExternal - netInternal) / netTies : Double.NaN;
    double networkExpected = Double.NaN;
    if (n >= 2) {
      double samePairs = 0;
      for (int t = 0; t < groupCount; t++) {
        samePairs += (double) fullSize[t] * (fullSize[t] - 1);
      }
      double p = 1 - samePairs / ((double) n * (n - 1));
      networkExpected = 2 * p - 1;
    }
    return new SiloReport(full.kind(), options, graph, rep, groups, otherShown ? 0 : otherSize, networkEi,
        networkTieEi, networkExpected, alignment, communities);
  }

  /**
   * The bridges of each reported group: boundary ties that are bridges of the graph whose far side holds
   * no member of the group. One depth-first search; a side is a preorder interval (a subtree, or a
   * component minus a subtree), and the members of a group in an interval are counted by binary search in
   * the group's sorted preorder numbers.
   */
  private static List<List<BridgeTie>> bridges(SocialGraph graph, int[] rep, int reported) {
    List<List<BridgeTie>> result = new ArrayList<>(reported);
    for (int r = 0; r < reported; r++) {
      result.add(new ArrayList<>());
    }
    DepthFirstForest forest = DepthFirstForest.of(graph);
    int n = graph.nodeCount();
    int[] start = new int[reported + 1];
    for (int v = 0; v < n; v++) {
      if (rep[v] >= 0) {
        start[rep[v] + 1]++;
      }
    }
    for (int r = 0; r < reported; r++) {
      start[r + 1] += start[r];
    }
    int[] preorders = new int[start[reported]];
    int[] fill = Arrays.copyOf(start, reported);
    for (int i = 0; i < n; i++) {
      int r = rep[forest.nodeAt(i)];
      if (r >= 0) {
        preorders[fill[r]++] = i;
      }
    }
    for (int b = 0; b < forest.bridgeCount(); b++) {
      int c = forest.bridgeChild(b);
      int p = forest.parent(c);
      int rc = rep[c];
      int rp = rep[p];
      if (rc == rp) {
        continue;
      }
      int lo = forest.preorder(c);
      int hi = lo + forest.subtreeSize(c);
      int componentLo = forest.preorder(forest.root(c));
      int componentHi = componentLo + forest.componentSize(c);
      double weight = graph.weight(graph.edge(p, c));
      if (rp >= 0 && count(preorders, start[rp], start[rp + 1], lo, hi) == 0) {
        result.get(rp).add(new BridgeTie(graph.member(p), graph.member(c), weight, hi - lo));
      }
      if (rc >= 0 && count(preorders, start[rc], start[rc + 1], componentLo, componentHi)
          == count(preorders, start[rc], start[rc + 1], lo, hi)) {
        result.get(rc).add(new BridgeTie(graph.member(c), graph.member(p), weight,
            componentHi - componentLo - (hi - lo)));
      }
    }
    Comparator<BridgeTie> order = Comparator.comparingInt(BridgeTie::cutOff).reversed()
        .thenComparing(BridgeTie::inside).thenComparing(BridgeTie::outside);
    for (List<BridgeTie> list : result) {
      list.sort(order);
    }
    return result;
  }

  /** How many of {@code sorted[from .. to - 1]} lie in {@code [lo, hi)}. */
  private static int count(int[] sorted, int from, int to, int lo, int hi) {
    return lowerBound(sorted, from, to, hi) - lowerBound(sorted, from, to, lo);
  }

  private static int lowerBound(int[] sorted, int from, int to, int key) {
    int a = from;
    int b = to;
    while (a < b) {
      int mid = (a + b) >>> 1;
      if (sorted[mid] < key) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    return a;
  }

  /** The best-ranked boundary spanners of each reported group. */
  private static List<List<BoundarySpanner>> spanners(SocialGraph graph, int[] rep, int reported, int[] outsideTies,
      double[] outsideWeight, int[] reached, int top) {
    List<List<Integer>> byGroup = new ArrayList<>(reported);
    for (int r = 0; r < reported; r++) {
      byGroup.add(new ArrayList<>());
    }
    for (int v = 0; v < rep.length; v++) {
      if (rep[v] >= 0 && outsideTies[v] > 0) {
        byGroup.get(rep[v]).add(v);
      }
    }
    Comparator<Integer> rank = Comparator.<Integer>comparingInt(v -> -reached[v])
        .thenComparingDouble(v -> -outsideWeight[v])
        .thenComparingInt(v -> -outsideTies[v])
        .thenComparing(graph::member);
    List<List<BoundarySpanner>> result = new ArrayList<>(reported);
    for (List<Integer> nodes : byGroup) {
      nodes.sort(rank);
      List<BoundarySpanner> best = new ArrayList<>(Math.min(top, nodes.size()));
      for (int i = 0; i < Math.min(top, nodes.size()); i++) {
        int v = nodes.get(i);
        best.add(new BoundarySpanner(graph.member(v), outsideTies[v], outsideWeight[v], reached[v]));
      }
      result.add(best);
    }
    return result;
  }
}
