package org.blendnet.metrics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.blendnet.core.CommunityKind;
import org.blendnet.metrics.engagement.AttributeParticipation;
import org.blendnet.metrics.engagement.CohortRetention;
import org.blendnet.metrics.engagement.Engagement;
import org.blendnet.metrics.engagement.GroupSizes;
import org.blendnet.metrics.engagement.ParticipationInequality;
import org.blendnet.metrics.engagement.PeriodActivity;
import org.blendnet.metrics.engagement.QuestionResponse;

/**
 * The "engagement" section: who takes part, period by period ({@link Engagement}): participation inequality,
 * answers, cohort retention (with a heat-map), participation by unit or attribute group, online and face to face
 * ({@link AttributeParticipation}), and the sizes and activity of the communities ({@link GroupSizes}).
 */
final class EngagementSection {

  static final String KEY = "engagement";

  private EngagementSection() {}

  static Section build(ReportContext c) {
    Engagement e = Engagement.of(c.network, c.periods);
    ParticipationInequality p = e.participation();
    QuestionResponse q = e.questions();
    SectionBuilder s = new SectionBuilder(KEY, "Engagement",
        "Who takes part. An act is taking part in a touchpoint, asking a question, answering one, or making a "
            + "referral; a member is active in a period when they performed at least one act in it. Newcomers are "
            + "followed as cohorts, participation is broken down by group and by channel (online, face to face), "
            + "and the communities by size and activity.")
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
    retention(s, e.retention(), c.options.maxCohorts());
    participation(s, e, c.options);
    communities(s, GroupSizes.of(c.network, c.periods));
    return s.build();
  }

  /** The periods after the first shown as pooled figures. */
  static final int RETENTION_FIGURES = 3;

  /**
   * Pooled retention k periods after the first: Σ active(k) / Σ size over the cohorts with members that were
   * followed for k periods; null (undefined) when there is none.
   */
  private static OptionalDouble pooled(CohortRetention r, int k) {
    boolean any = r.cohorts().stream().anyMatch(c -> c.size() > 0 && k < c.active().size());
    return any ? OptionalDouble.of(r.retentionAfter(k)) : OptionalDouble.empty();
  }

  private static void retention(SectionBuilder s, CohortRetention r, int maxCohorts) {
    long cohorts = r.cohorts().stream().filter(c -> c.size() > 0).count();
    s.count("retention_cohorts", "Cohorts", cohorts,
        "Periods in which at least one member had their first act of the window: each such period's newcomers "
            + "form a cohort (members active before the window count from their first act in it).");
    for (int k = 1; k <= RETENTION_FIGURES; k++) {
      String periods = k == 1 ? "1 period" : k + " periods";
      s.ratio("retention_after_" + k, "Retention after " + periods, pooled(r, k),
          "Of all members of the cohorts followed for at least " + periods + ", the share active again " + periods
              + " after their first (Σ retained / Σ cohort size, pooled over those cohorts); null when no cohort "
              + "with members was followed that long.");
    }
    int w = r.cohorts().size();
    int shown = Math.min(w, maxCohorts);
    TableBuilder t = new TableBuilder("cohorts", "Cohort retention",
        "One row per cohort — the members whose first act of the window fell in the period — the most recent "
            + maxCohorts + " at most, in time order: its size, then for 0, 1, 2… periods after its first how many "
            + "of its members were active (retained, a count per period) and which share (retained_share; null "
            + "for an empty cohort).")
        .column("from", "From", Kind.TEXT)
        .column("to", "To", Kind.TEXT)
        .column("size", "Members", Kind.COUNT)
        .column("retained", "Active 0, 1, 2… periods later", Kind.SERIES)
        .column("retained_share", "Share active 0, 1, 2… periods later", Kind.SERIES);
    List<String> rows = new ArrayList<>();
    List<List<Double>> cells = new ArrayList<>();
    int longest = 0;
    for (CohortRetention.Cohort cohort : r.cohorts().subList(w - shown, w)) {
      List<Long> retained = new ArrayList<>();
      List<Double> share = new ArrayList<>();
      for (int k = 0; k < cohort.active().size(); k++) {
        retained.add((long) cohort.active().get(k));
        share.add(cohort.retained(k));
      }
      t.row(cohort.window().from().toString(), cohort.window().to().toString(), cohort.size(), retained,
          cohort.size() == 0 ? null : share);
      rows.add(cohort.window().from().toString().substring(0, 10) + " (" + cohort.size() + ")");
      cells.add(cohort.size() == 0 ? List.of() : share);
      longest = Math.max(longest, cohort.active().size());
    }
    s.table(t.omitted(w - shown).build());
    List<String> columns = new ArrayList<>();
    for (int k = 0; k < longest; k++) {
      columns.add("+" + k);
    }
    s.chart(new Chart.Heatmap("cohort_retention", "Cohort retention",
        "One row per cohort (the members whose first act of the window fell in the period, labelled by its first "
            + "day and size), the most recent " + maxCohorts + " at most; the cell k columns right of the start is "
            + "the share of the cohort active k periods after its first (column +0 is always 1), shaded darker for "
            + "more. An empty cohort has no cells.",
        "cohort (members)", "periods after the first", rows, columns, cells));
  }

  private static void participation(SectionBuilder s, Engagement e, ReportOptions options) {
    int floor = options.siloOptions().privacyFloor();
    int depth = options.siloOptions().unitDepth();
    Optional<String> attribute = options.participationAttribute();
    AttributeParticipation p = attribute.isPresent() ? e.byAttribute(attribute.get()) : e.byUnit(depth);
    String noGroup = attribute.isPresent() ? "(none)" : "(no unit)";
    int online = 0;
    int offline = 0;
    for (AttributeParticipation.Group g : p.groups()) {
      online += g.online();
      offline += g.offline();
    }
    int members = e.population();
    s.count("online_members", "Took part online", online,
        "Members who took part in at least one online touchpoint (forum, chat, video call…) in the window.")
        .ratio("online_share", "Online share", members == 0 ? 0 : (double) online / members,
            "online_members / members: who takes part online at all (0 without members).")
        .count("offline_members", "Took part face to face", offline,
            "Members who took part in at least one face-to-face touchpoint (meeting, meal, event…) in the window.")
        .ratio("offline_share", "Face-to-face share", members == 0 ? 0 : (double) offline / members,
            "offline_members / members (0 without members).")
        .text("participation_by", "Participation grouped by",
            attribute.map(a -> "attribute " + a).orElse("unit"),
            "What groups the participation table: unit (members' affiliations cut to " + depth + " levels) or "
                + "attribute <key> (the values of the member attribute chosen in the report's options).");

    // groups below the privacy floor are pooled as (other); a pool below the floor is only counted
    List<AttributeParticipation.Group> named = new ArrayList<>();
    int[] pool = new int[4];
    for (AttributeParticipation.Group g : p.groups()) {
      if (g.members() >= floor) {
        named.add(g);
      } else {
        pool[0] += g.members();
        pool[1] += g.active();
        pool[2] += g.online();
        pool[3] += g.offline();
      }
    }
    boolean pooled = pool[0] >= floor;
    s.count("participation_unreported_members", "Members of unnamed groups", pooled ? 0 : pool[0],
        "Members of groups smaller than the privacy floor of " + floor + " whose pool (other) is also smaller: "
            + "counted in the figures above, not listed by group.");
    TableBuilder t = new TableBuilder("participation", "Participation by " + (attribute.isPresent()
        ? "attribute" : "unit"),
        "One row per group of at least " + floor + " members — "
            + (attribute.isPresent() ? "members with one value of the chosen attribute, " + noGroup
                + " for those without it" : "members of one unit, " + noGroup + " for those without one")
            + ", in label order, smaller groups pooled as (other) — at most " + options.maxGroups()
            + ": its members, those active in the window, and those who took part online and face to face.")
        .column("group", "Group", Kind.TEXT)
        .column("members", "Members", Kind.COUNT)
        .column("active", "Active", Kind.COUNT)
        .column("active_share", "Active share", Kind.RATIO)
        .column("online", "Online", Kind.COUNT)
        .column("online_share", "Online share", Kind.RATIO)
        .column("offline", "Face to face", Kind.COUNT)
        .column("offline_share", "Face-to-face share", Kind.RATIO);
    List<AttributeParticipation.Group> rows = new ArrayList<>(named);
    if (pooled) {
      rows.add(new AttributeParticipation.Group(Optional.of("(other)"), pool[0], pool[1], pool[2], pool[3]));
    }
    int shown = Math.min(rows.size(), options.maxGroups());
    for (int i = 0; i < shown; i++) {
      AttributeParticipation.Group g = rows.get(i);
      boolean other = pooled && i == rows.size() - 1;
      String label = other ? "(other)" : g.value().orElse(noGroup);
      t.row(label, g.members(), g.active(), g.activeShare(), g.online(), g.onlineShare(), g.offline(),
          g.offlineShare());
    }
    s.table(t.omitted(rows.size() - shown).build());
  }

  /** Size bins of the size distribution: lower bounds, each bin up to the next bound. */
  private static final int[] SIZE_BINS = {0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};

  private static String bin(int b) {
    int from = SIZE_BINS[b];
    if (b == SIZE_BINS.length - 1) {
      return from + "+";
    }
    int to = SIZE_BINS[b + 1] - 1;
    return from == to ? Integer.toString(from) : from + "–" + to;
  }

  private static void communities(SectionBuilder s, GroupSizes sizes) {
    s.count("community_count", "Communities", sizes.count(), "Communities of the network (of any kind).")
        .count("active_communities", "Active communities", sizes.activeCount(),
            "Communities with at least one member active in them in the window: who took part in a touchpoint in "
                + "the community, asked a question in it, answered or referred one (acts by non-members ignored).")
        .ratio("active_community_share", "Active community share", sizes.activeShare(),
            "active_communities / community_count (0 without communities).")
        .amount("community_mean_size", "Mean community size", sizes.mean(),
            "The mean number of members of a community (0 without communities).")
        .amount("community_median_size", "Median community size", sizes.median(),
            "The median number of members of a community, the mean of the middle two for an even count "
                + "(0 without communities).")
        .count("largest_community", "Largest community", sizes.largest(),
            "The number of members of the largest community (0 without communities).");
    TableBuilder kinds = new TableBuilder("community_kinds", "Communities by kind",
        "One row per kind of community present (learning group, community of practice, online community…), in "
            + "the order of the kinds: how many, how many active, and their mean and median size.")
        .column("kind", "Kind", Kind.TEXT)
        .column("communities", "Communities", Kind.COUNT)
        .column("active", "Active", Kind.COUNT)
        .column("mean_size", "Mean size", Kind.AMOUNT)
        .column("median_size", "Median size", Kind.AMOUNT);
    for (CommunityKind kind : CommunityKind.values()) {
      GroupSizes ofKind = sizes.ofKind(kind);
      if (ofKind.count() > 0) {
        kinds.row(kind.name().toLowerCase(Locale.ROOT), ofKind.count(), ofKind.activeCount(),
            ofKind.mean(), ofKind.median());
      }
    }
    s.table(kinds.build());
    TableBuilder bins = new TableBuilder("community_sizes", "Community size distribution",
        "One row per size band with at least one community, smallest first: how many communities have that many "
            + "members, how many of them are active, and their members in all. Communities are counted, never "
            + "named.")
        .column("sizes", "Members", Kind.TEXT)
        .column("communities", "Communities", Kind.COUNT)
        .column("active", "Active", Kind.COUNT)
        .column("members", "Members in all", Kind.COUNT);
    long[][] counts = new long[SIZE_BINS.length][3];
    for (GroupSizes.Group g : sizes.groups()) {
      int b = SIZE_BINS.length - 1;
      while (SIZE_BINS[b] > g.size()) {
        b--;
      }
      counts[b][0]++;
      counts[b][1] += g.isActive() ? 1 : 0;
      counts[b][2] += g.size();
    }
    for (int b = 0; b < SIZE_BINS.length; b++) {
      if (counts[b][0] > 0) {
        bins.row(bin(b), counts[b][0], counts[b][1], counts[b][2]);
      }
    }
    s.table(bins.build());
  }
}
