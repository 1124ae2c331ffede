package org.blendnet.graph.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.HashMap;
import java.util.Map;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.Partition;
import org.blendnet.graph.silo.SiloReport;
import org.jspecify.annotations.Nullable;

/**
 * What every format writes about each node, gathered once and checked before anything is written, so that
 * an export either fails before its first byte or is complete.
 */
final class ExportData {

  static final String OTHER_UNIT = "(other)";
  private static final MathContext SEVEN_DIGITS = new MathContext(7, RoundingMode.HALF_EVEN);

  final SocialGraph graph;
  final String @Nullable [] names;
  final String @Nullable [] units;
  final int @Nullable [] communities;
  final boolean @Nullable [] silos;

  private ExportData(SocialGraph graph, String @Nullable [] names, String @Nullable [] units,
      int @Nullable [] communities, boolean @Nullable [] silos) {
    this.graph = graph;
    this.names = names;
    this.units = units;
    this.communities = communities;
    this.silos = silos;
  }

  static ExportData of(SocialGraph graph, ExportOptions options) {
    int n = graph.nodeCount();
    String[] names = null;
    String[] units = null;
    if (options.namesIncluded() || options.unitDepth().isPresent()) {
      Network network = graph.network().orElseThrow(() -> new IllegalArgumentException(
          "names and units need a graph made from a network, but this one was read from an edge list or arrays"));
      Member[] members = new Member[n];
      for (int v = 0; v < n; v++) {
        MemberId id = graph.member(v);
        members[v] = network.member(id).orElseThrow(() -> new IllegalStateException(
            "member " + id + " of the graph is not in its network"));
      }
      if (options.namesIncluded()) {
        names = new String[n];
        for (int v = 0; v < n; v++) {
          names[v] = members[v].name();
        }
      }
      if (options.unitDepth().isPresent()) {
        units = units(members, options.unitDepth().getAsInt(), options.privacyFloor());
      }
    }
    int[] communities = null;
    if (options.communities().isPresent()) {
      Partition partition = options.communities().get();
      checkSameMembers(graph, partition.graph(), "the partition");
      communities = partition.membership();
    }
    boolean[] silos = null;
    if (options.silos().isPresent()) {
      SiloReport report = options.silos().get();
      checkSameMembers(graph, report.graph(), "the silo report");
      silos = new boolean[n];
      for (int v = 0; v < n; v++) {
        silos[v] = report.isInSilo(graph.member(v));
      }
    }
    return new ExportData(graph, names, units, communities, silos);
  }

  /** Each member's unit at {@code depth}, units below the floor as {@code (other)}; counting by hash look-up only. */
  private static String[] units(Member[] members, int depth, int floor) {
    Affiliation[] byNode = new Affiliation[members.length];
    Map<Affiliation, Integer> size = new HashMap<>();
    for (int v = 0; v < members.length; v++) {
      byNode[v] = members[v].affiliation().truncate(depth);
      size.merge(byNode[v], 1, Integer::sum);
    }
    String[] units = new String[members.length];
    for (int v = 0; v < members.length; v++) {
      units[v] = Objects.requireNonNull(size.get(byNode[v])) >= floor ? byNode[v].toString() : OTHER_UNIT;
    }
    return units;
  }

  private static void checkSameMembers(SocialGraph graph, SocialGraph other, String what) {
    if (other == graph) {
      return;
    }
    boolean same = other.nodeCount() == graph.nodeCount();
    for (int v = 0; same && v < graph.nodeCount(); v++) {
      same = other.member(v).equals(graph.member(v));
    }
    if (!same) {
      throw new IllegalArgumentException(what + " is about another graph (" + other + ") than the one exported ("
          + graph + ")");
    }
  }

  /** The label of a node: its display name if names are exported, else its member id. */
  String label(int node) {
    String[] n = names;
    return n != null ? n[node] : graph.member(node).value();
  }

  /**
   * A number as plain decimal text with at most seven significant digits, the precision the graph keeps
   * weights in: {@code 1}, {@code 0.5}, {@code 0.3333333}. The same text on every JVM (exact decimal
   * expansion, then rounding half to even), unlike {@link Double#toString(double)}, whose shortest-digits
   * rule changed in JDK 19.
   */
  static String number(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return new BigDecimal(x).round(SEVEN_DIGITS).stripTrailingZeros().toPlainString();
  }

  /**
   * Text with the characters XML 1.0 cannot hold (control characters other than tab, line feed and
   * carriage return; U+FFFE and U+FFFF) replaced by U+FFFD. Member ids never hold them; names and unit
   * paths may.
   */
  static String xmlSafe(String text) {
    StringBuilder s = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
      if (bad && s == null) {
        s = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (s != null) {
        s.append(bad ? '\uFFFD' : c);
      }
    }
    return s == null ? text : s.toString();
  }
}
