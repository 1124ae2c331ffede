package org.blendnet.metrics.report;

import java.util.ArrayList;
import java.util.List;
import org.blendnet.metrics.blended.Blendedness;
import org.blendnet.metrics.blended.EventCatalysis;
import org.blendnet.metrics.blended.TieMix;

/**
 * The "blendedness" section: how many ties are online only, face to face only or blended, which channel came
 * first ({@link Blendedness}), per network and per unit, and whether shared events start online contact
 * ({@link EventCatalysis}).
 */
final class BlendednessSection {

  static final String KEY = "blendedness";

  private static final List<String> SERIES =
      List.of("online only", "face to face only", "blended, face to face first", "blended, online first");

  private BlendednessSection() {}

  static Section build(ReportContext c) {
    int depth = c.options.siloOptions().unitDepth();
    int floor = c.options.siloOptions().privacyFloor();
    Blendedness b = Blendedness.of(c.graph, depth, floor);
    EventCatalysis e = EventCatalysis.of(c.network, c.options.catalysisHorizon());
    TieMix n = b.network();
    SectionBuilder s = new SectionBuilder(KEY, "Blended ties",
        "Do online and face-to-face contact support each other? A tie of the social graph of the window is "
            + "online only, face to face only, or blended (contact on both channels); for a blended tie, the "
            + "channel of its first contact came first. Event catalysis covers all records.")
        .count("ties", "Ties", n.ties(), "Ties of the social graph of the window.")
        .count("online_only", "Online only", n.onlineOnly(), "Ties with online contact only.")
        .count("offline_only", "Face to face only", n.offlineOnly(), "Ties with face-to-face contact only.")
        .count("blended", "Blended", n.blended(), "Ties with contact on both channels.")
        .ratio("online_only_share", "Online-only share", n.onlineOnlyShare(), "online_only / ties (0 without ties).")
        .ratio("offline_only_share", "Face-to-face-only share", n.offlineOnlyShare(),
            "offline_only / ties (0 without ties).")
        .ratio("blended_share", "Blended share", n.blendedShare(),
            "blended / ties: the share of multiplex ties (0 without ties).")
        .count("offline_first", "Blended, face to face first", n.offlineFirst(),
            "Blended ties whose first contact was face to face.")
        .count("online_first", "Blended, online first", n.onlineFirst(), "Blended ties whose first contact was online.")
        .ratio("offline_first_share", "Face to face first", n.offlineFirstShare(),
            "offline_first / blended: of the blended ties, the share that began face to face — the chicken-and-egg "
                + "question (0 without blended ties).")
        .ratio("online_first_share", "Online first", n.onlineFirstShare(),
            "online_first / blended (0 without blended ties).")
        .count("unreported_members", "Members of unnamed units", b.unreportedMembers(),
            "Members of units smaller than the privacy floor of " + floor + ": counted in the network's figures, "
                + "not listed by unit.")
        .text("catalysis_horizon", "Catalysis horizon", e.horizon().toString(),
            "How long after a shared face-to-face event online contact counts as started (ISO-8601).")
        .count("catalysis_anchor_events", "Events used", e.anchorEvents(),
            "Face-to-face events of 2 to " + EventCatalysis.MAX_EVENT_SIZE + " participants whose horizon ends "
                + "before the last record.")
        .count("catalysis_censored_events", "Events too recent", e.censoredEvents(),
            "Face-to-face events left out because their horizon ends after the last record.")
        .count("catalysis_exposed_pairs", "Co-attending pairs", e.exposedPairs(),
            "Pairs who met at a face-to-face event without online contact before it.")
        .count("catalysis_exposed_started", "Co-attending pairs who went online", e.exposedStarted(),
            "Of those, pairs whose first online contact came within the horizon after the event.")
        .ratio("catalysis_exposed_rate", "Rate after co-attending", e.exposedRate(),
            "catalysis_exposed_started / catalysis_exposed_pairs (0 without pairs).")
        .count("catalysis_comparable_pairs", "Comparable pairs", e.comparablePairs(),
            "The baseline: pairs of members at different face-to-face events within the horizon of each other, "
                + "never at the same one, without online contact before; when an event has more candidates, "
                + EventCatalysis.DEFAULT_COMPARISONS + " partners per participant are drawn with a fixed seed ("
                + EventCatalysis.DEFAULT_SEED + "), so the figure is the same on every run.")
        .count("catalysis_comparable_started", "Comparable pairs who went online", e.comparableStarted(),
            "Of those, pairs whose first online contact came within the horizon.")
        .ratio("catalysis_baseline_rate", "Baseline rate", e.baselineRate(),
            "catalysis_comparable_started / catalysis_comparable_pairs (0 without pairs).")
        .ratio("catalysis_lift", "Lift", e.lift(),
            "catalysis_exposed_rate / catalysis_baseline_rate, a risk ratio: 1 when events make no difference, 3 "
                + "when co-attending pairs start online contact three times as often; an association, not a "
                + "causal effect (after Kossinets & Watts, Science 2006); null when the baseline rate is 0 or "
                + "there are no pairs.")
        .ratio("catalysis_rate_difference", "Rate difference", e.rateDifference(),
            "catalysis_exposed_rate − catalysis_baseline_rate.");
    TableBuilder t = new TableBuilder("units", "Ties by unit",
        "One row per unit of at least " + floor + " members, in path order, at most " + c.options.maxGroups()
            + ": the ties with at least one end in the unit, each counted once.")
        .column("name", "Unit", Kind.TEXT)
        .column("members", "Members", Kind.COUNT)
        .column("ties", "Ties", Kind.COUNT)
        .column("online_only_share", "Online only", Kind.RATIO)
        .column("offline_only_share", "Face to face only", Kind.RATIO)
        .column("blended_share", "Blended", Kind.RATIO)
        .column("offline_first_share", "Blended: face to face first", Kind.RATIO);
    List<String> labels = new ArrayList<>();
    List<List<Double>> shares = new ArrayList<>();
    labels.add("whole network");
    shares.add(stack(n));
    int shown = Math.min(b.units().size(), c.options.maxGroups());
    for (Blendedness.UnitMix u : b.units().subList(0, shown)) {
      TieMix m = u.mix();
      t.row(u.unit().toString(), u.members(), m.ties(), m.onlineOnlyShare(), m.offlineOnlyShare(), m.blendedShare(),
          m.offlineFirstShare());
      labels.add(u.unit().toString());
      shares.add(stack(m));
    }
    s.table(t.omitted(b.units().size() - shown).build());
    UnitLabels names = UnitLabels.of(labels);
    s.chart(new Chart.StackedBars("blendedness", "Online, face to face, blended",
        "For the whole network and each unit listed: the share of ties with online contact only, face-to-face "
            + "contact only, and both (blended), the blended split by the channel of the first contact. A bar "
            + "spans all the ties; a unit's are those with at least one end in it." + names.note(),
        names.labels(), SERIES, shares));
    return s.build();
  }

  private static List<Double> stack(TieMix m) {
    double ties = m.ties();
    if (ties == 0) {
      return List.of(0.0, 0.0, 0.0, 0.0);
    }
    return List.of(m.onlineOnly() / ties, m.offlineOnly() / ties, m.offlineFirst() / ties, m.onlineFirst() / ties);
  }
}
