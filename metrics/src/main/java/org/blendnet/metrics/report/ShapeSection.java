package org.blendnet.metrics.report;

import java.util.Locale;
import org.blendnet.core.MemberId;
import org.blendnet.graph.shape.ShapeAnalysis;
import org.blendnet.graph.shape.ShapeReport;

/** The "shape" section: which of the three models of the source texts the network is ({@link ShapeAnalysis}). */
final class ShapeSection {

  static final String KEY = "shape";

  private ShapeSection() {}

  static Section build(ReportContext c) {
    ShapeReport r = ShapeAnalysis.withOptions(c.options.shapeOptions()).analyse(c.graph, c.progress);
    SectionBuilder s = new SectionBuilder(KEY, "Network shape",
        "Model 1, a hierarchy in which one hub controls the flow; model 2, a few collaborating hubs; model 3, a "
            + "peer-to-peer mesh in which people connect directly. Computed on the social graph of the window, "
            + "each tie counting as one step.")
        .text("shape", "Shape", r.shape().name().toLowerCase(Locale.ROOT),
            "hierarchy if one member lies on at least half of the shortest paths between the others and nobody "
                + "else on half as many; peer_mesh if at least half the ties join two non-hubs and the top 1% "
                + "lie on fewer than half of the paths; collaborating_hubs otherwise.")
        .text("explanation", "Why", r.explanation(), "The figures that led to the class, in words.")
        .count("members", "Members", r.members(), "Members of the social graph.")
        .count("ties", "Ties", r.ties(), "Ties of the social graph.")
        .ratio("degree_centralization", "Degree centralization", r.degreeCentralization(),
            "Freeman's Σ(d_max − d_v)/((n − 1)(n − 2)): 1 for a star, 0 when all degrees are equal (Freeman 1979).")
        .ratio("betweenness_centralization", "Betweenness centralization", r.betweennessCentralization(),
            "Freeman's betweenness centralization: 1 for a star, 0 for a complete graph or a cycle.")
        .ratio("lead_share", "Lead share", r.leadShare(),
            "The share of shortest paths between other members that pass through the most central member.")
        .ratio("runner_up_share", "Runner-up share", r.runnerUpShare(), "The same for the second most central.")
        .count("top_count", "Top 1% (members)", r.topCount(), "⌈n/100⌉ members with the highest betweenness.")
        .ratio("top_share", "Top 1% share", r.topShare(),
            "The mean share of shortest paths between members outside the top 1% that pass through one of them "
                + "(group betweenness, Everett & Borgatti 1999).")
        .count("hubs", "Hubs", r.hubCount(),
            "Members with at least 3 times the mean degree and at least 3 ties.")
        .ratio("hub_tie_share", "Hub-tie share", r.hubTieShare(),
            "The share of pairs of hubs that are tied directly (0 with fewer than two hubs).")
        .ratio("peer_tie_share", "Peer-tie share", r.peerTieShare(),
            "The share of ties joining two members who are not hubs (1 without ties).")
        .flag("exact", "Exact", r.exact(), "True if betweenness was computed exactly, false if from sampled sources.");
    TableBuilder t = new TableBuilder("top_members", "The most central members",
        "The members with the highest betweenness, highest first, at most " + c.options.topN() + ".")
        .column("member", "Member", Kind.TEXT);
    int shown = Math.min(c.options.topN(), r.topMembers().size());
    for (MemberId m : r.topMembers().subList(0, shown)) {
      t.row(c.labels.of(m));
    }
    s.table(t.omitted(r.topMembers().size() - shown).build());
    return s.build();
  }
}
