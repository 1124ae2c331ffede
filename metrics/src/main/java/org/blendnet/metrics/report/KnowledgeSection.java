package org.blendnet.metrics.report;

import java.util.Locale;
import java.util.TreeSet;
import org.blendnet.metrics.expertise.KnowledgeAtRisk;

/** The "knowledge_at_risk" section: topics held and shared by too few members ({@link KnowledgeAtRisk}). */
final class KnowledgeSection {

  static final String KEY = "knowledge_at_risk";

  private KnowledgeSection() {}

  static Section build(ReportContext c) {
    KnowledgeAtRisk k = KnowledgeAtRisk.of(c.network, c.options.expertiseLevel(), c.options.minActiveHolders(),
        c.options.leaving(), c.window);
    long few = k.atRisk().stream().filter(t -> t.reasons().contains(KnowledgeAtRisk.Reason.FEW_ACTIVE_HOLDERS)).count();
    long leaving = k.atRisk().stream()
        .filter(t -> t.reasons().contains(KnowledgeAtRisk.Reason.CONCENTRATED_IN_LEAVERS)).count();
    String level = c.options.expertiseLevel().name().toLowerCase(Locale.ROOT);
    SectionBuilder s = new SectionBuilder(KEY, "Knowledge at risk",
        "Which topics rest on too few people? A holder of a topic declares expertise in it at " + level
            + " or above; an answerer answered another member's question on it within the window; an active "
            + "holder is both. Holders are counted, never named.")
        .text("level", "Holder level", level, "The least declared level of expertise that makes a holder.")
        .count("min_active_holders", "Active holders needed", k.minActiveHolders(),
            "k: a topic with fewer active holders is at risk.")
        .count("leaving_members", "Members flagged as leaving", k.leaving().size(),
            "Members the report was told are leaving.")
        .count("topics", "Topics", k.topics().size(), "Topics any member declares or any question names.")
        .count("topics_at_risk", "Topics at risk", k.atRisk().size(),
            "Topics with fewer than k active holders, or with k or more of whom fewer than k remain once the "
                + "leavers go.")
        .count("few_active_holders", "Too few active holders", few, "Topics at risk with fewer than k active holders.")
        .count("concentrated_in_leavers", "Concentrated in leavers", leaving,
            "Topics with at least k active holders, but fewer than k once the leavers go.");
    TableBuilder t = new TableBuilder("at_risk", "Topics at risk",
        "One row per topic at risk, in topic order, at most " + c.options.topN() + ".")
        .column("topic", "Topic", Kind.TEXT)
        .column("holders", "Holders", Kind.COUNT)
        .column("answerers", "Answerers", Kind.COUNT)
        .column("active_holders", "Active holders", Kind.COUNT)
        .column("leaving_active_holders", "Of them leaving", Kind.COUNT)
        .column("reason", "Reason", Kind.TEXT);
    int shown = Math.min(c.options.topN(), k.atRisk().size());
    for (KnowledgeAtRisk.TopicRisk r : k.atRisk().subList(0, shown)) {
      t.row(r.topic().toString(), r.holders(), r.answerers(), r.activeHolders().size(), r.leavingActiveHolders(),
          new TreeSet<>(r.reasons()).first().name().toLowerCase(Locale.ROOT));
    }
    s.table(t.omitted(k.atRisk().size() - shown).build());
    return s.build();
  }
}
