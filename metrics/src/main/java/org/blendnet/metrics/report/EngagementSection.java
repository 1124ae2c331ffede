package org.blendnet.metrics.report;

import java.util.ArrayList;
import java.util.List;
import org.blendnet.metrics.engagement.Engagement;
import org.blendnet.metrics.engagement.ParticipationInequality;
import org.blendnet.metrics.engagement.PeriodActivity;
import org.blendnet.metrics.engagement.QuestionResponse;

/** The "engagement" section: who takes part, period by period ({@link Engagement}). */
final class EngagementSection {

  static final String KEY = "engagement";

  private EngagementSection() {}

  static Section build(ReportContext c) {
    Engagement e = Engagement.of(c.network, c.periods);
    ParticipationInequality p = e.participation();
    QuestionResponse q = e.questions();
    SectionBuilder s = new SectionBuilder(KEY, "Engagement",
        "Who takes part. An act is taking part in a touchpoint, asking a question, answering one, or making a "
            + "referral; a member is active in a period when they performed at least one act in it.")
        .count("members", "Members", e.population(), "The population: every member of the network.")
        .count("active_members", "Active members", e.activeMembers(),
            "Members with at least one act in the window.")
        .ratio("active_share", "Active share", e.activeShare(),
            "active_members / members: the share of members who took part at all (0 without members).")
        .count("acts", "Acts", p.acts(), "All acts of all members in the window.")
        .count("inactive_members", "Inactive members", p.inactive(),
            "Members without any act in the window (Nielsen's lurkers, as far as the records tell).")
        .ratio("participation_gini", "Participation Gini", p.gini(),
            "The Gini coefficient of the members' act counts, inactive members included: 0 when everybody "
                + "acts equally, towards 1 when one member does everything.")
        .count("top1_count", "Top 1% (members)", p.top1Count(), "⌈n/100⌉: the most active 1% of the n members.")
        .ratio("top1_share", "Share of acts by the top 1%", p.top1Share(),
            "The share of all acts by the most active 1% of members (Nielsen's 90-9-1 rule: about 0.9 in "
                + "many online communities).")
        .count("next9_count", "Next 9% (members)", p.next9Count(), "⌈n/10⌉ − ⌈n/100⌉: the next most active.")
        .ratio("next9_share", "Share of acts by the next 9%", p.next9Share(),
            "The share of all acts by the next 9% of members.")
        .count("bottom90_count", "Other 90% (members)", p.bottom90Count(), "n − ⌈n/10⌉: everybody else.")
        .ratio("bottom90_share", "Share of acts by the other 90%", p.bottom90Share(),
            "The share of all acts by the remaining 90% of members.")
        .count("questions_asked", "Questions asked", q.asked(), "Questions asked within the window.")
        .count("questions_answered", "Questions answered", q.answered(),
            "Of those, questions answered by a member other than the asker (at any time).")
        .ratio("answer_rate", "Answer rate", q.answerRate(),
            "questions_answered / questions_asked (0 when none were asked).")
        .seconds("median_time_to_first_answer_seconds", "Median time to first answer",
            q.medianTimeToFirstAnswer(),
            "The median time from asking to the first answer by someone else, in seconds, over the answered "
                + "questions; null when none was answered.")
        .seconds("mean_time_to_first_answer_seconds", "Mean time to first answer", q.meanTimeToFirstAnswer(),
            "The mean of the same times, in seconds; null when none was answered.");
    TableBuilder t = new TableBuilder("periods", "Activity per period",
        "One row per period: the members active in it and their acts.")
        .column("from", "From", Kind.TEXT)
        .column("to", "To", Kind.TEXT)
        .column("active", "Active", Kind.COUNT)
        .column("active_share", "Active share", Kind.RATIO)
        .column("acts", "Acts", Kind.COUNT);
    List<String> labels = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (PeriodActivity a : e.byPeriod()) {
      t.row(a.window().from().toString(), a.window().to().toString(), a.active(), a.activeShare(), a.acts());
      labels.add(a.window().from().toString().substring(0, 10));
      shares.add(a.activeShare());
    }
    s.table(t.build());
    s.chart(new Chart.Bars("activity", "Activity over time",
        "The active share per period: the share of members with at least one act (touchpoint, question, "
            + "answer or referral) in the period. One bar per period, labelled by its first day.",
        "active share", labels, shares, 1.0));
    return s.build();
  }
}
