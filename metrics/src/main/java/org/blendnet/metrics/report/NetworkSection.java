package org.blendnet.metrics.report;

import org.blendnet.core.Channel;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;

/** The "network" section: what the report covers — the window, the periods and the records counted. */
final class NetworkSection {

  static final String KEY = "network";

  private NetworkSection() {}

  static Section build(ReportContext c) {
    Network n = c.network;
    long online = 0;
    long offline = 0;
    long inWindow = 0;
    for (Touchpoint t : n.touchpoints()) {
      if (c.window.contains(t.at())) {
        inWindow++;
        if (t.channel() == Channel.ONLINE) {
          online++;
        } else {
          offline++;
        }
      }
    }
    return new SectionBuilder(KEY, "Network",
        "What this report covers. Every figure below is computed from these records, within the window, "
            + "unless its definition says otherwise.")
        .text("window_from", "Window from", c.window.from().toString(),
            "The first instant covered (ISO-8601, UTC), included.")
        .text("window_to", "Window to", c.window.to().toString(),
            "The first instant after the window (ISO-8601, UTC), excluded.")
        .text("period", "Period", c.options.period().toString(),
            "The length of each period of the activity series (ISO-8601), calendar periods in the report's "
                + "time zone from the window's start; the last period ends with the window.")
        .count("periods", "Periods", c.periods.size(), "The number of periods in the window.")
        .count("members", "Members", n.members().size(), "Members of the network (erased members are gone).")
        .count("touchpoints", "Touchpoints", inWindow, "Touchpoints (recorded contacts) within the window.")
        .count("online_touchpoints", "Online touchpoints", online,
            "Touchpoints within the window on an online medium (forum, chat, social media, video call…).")
        .count("offline_touchpoints", "Offline touchpoints", offline,
            "Touchpoints within the window on a face-to-face medium (meeting, meal, event…).")
        .count("events", "Events", n.events().stream().filter(e -> c.window.contains(e.start())).count(),
            "Events starting within the window.")
        .count("communities", "Communities", n.communities().size(), "Communities of the network.")
        .count("questions", "Questions", n.questions().stream().filter(q -> c.window.contains(q.askedAt())).count(),
            "Questions asked within the window.")
        .count("answers", "Answers", n.answers().stream().filter(a -> c.window.contains(a.answeredAt())).count(),
            "Answers given within the window.")
        .count("referrals", "Referrals", n.referrals().stream().filter(r -> c.window.contains(r.at())).count(),
            "Referrals (question forwards and introductions) made within the window.")
        .build();
  }
}
