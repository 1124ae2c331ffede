package org.blendnet.metrics.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.blendnet.core.Answer;
import org.blendnet.core.Event;
import org.blendnet.core.Network;
import org.blendnet.core.ProgressListener;
import org.blendnet.core.Question;
import org.blendnet.core.Referral;
import org.blendnet.core.TimeWindow;
import org.blendnet.core.Touchpoint;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.silo.SiloReport;
import org.blendnet.metrics.TimeWindows;
import org.blendnet.metrics.silo.SiloIndices;
import org.blendnet.metrics.reciprocity.LedgerSeries;
import org.blendnet.metrics.reciprocity.ReciprocityLedger;

/**
 * What the sections of one report share: the network, the options, the window and its periods, the social
 * graph of the window, the silo indices and report by declared unit (whose grouping, with its privacy floor,
 * the per-unit figures use), the reciprocity ledger of the window and its series by period, and the member labels.
 *
 * @implNote Thread-safe: immutable after construction.
 */
final class ReportContext {

  final Network network;
  final ReportOptions options;
  final TimeWindow window;
  final TimeWindows periods;
  final MemberLabels labels;
  final SocialGraph graph;
  final SiloIndices silo;
  final SiloReport units;
  final ReciprocityLedger ledger;
  final LedgerSeries series;
  final ProgressListener progress;

  ReportContext(Network network, ReportOptions options, ProgressListener progress) {
    this.progress = progress;
    this.network = network;
    this.options = options;
    this.window = options.window().orElseGet(() -> span(network));
    this.periods = periods(window, options);
    this.labels = new MemberLabels(network, options.names());
    this.graph = SocialGraph.of(network, options.tieModel().within(window), progress);
    this.silo = SiloIndices.of(graph, options.siloOptions().toBuilder().allTime().build());
    this.units = silo.report();
    this.ledger = ReciprocityLedger.of(network, options.weights(), window);
    this.series = ReciprocityLedger.byWindow(network, options.weights(), periods);
  }

  /**
   * From the start of the UTC day of the earliest dated record to the start of the UTC day after the latest
   * ({@link Instant#MAX} if there is none, leaving out a record at exactly that instant); the first day of 1970
   * for a network without dated records.
   */
  static TimeWindow span(Network network) {
    Instant first = null;
    Instant last = null;
    List<Instant> times = new ArrayList<>();
    for (Touchpoint t : network.touchpoints()) {
      times.add(t.at());
    }
    for (Event e : network.events()) {
      times.add(e.start());
    }
    for (Question q : network.questions()) {
      times.add(q.askedAt());
    }
    for (Answer a : network.answers()) {
      times.add(a.answeredAt());
    }
    for (Referral r : network.referrals()) {
      times.add(r.at());
    }
    for (Instant t : times) {
      first = first == null || t.isBefore(first) ? t : first;
      last = last == null || t.isAfter(last) ? t : last;
    }
    if (first == null || last == null) {
      return new TimeWindow(Instant.EPOCH, Instant.EPOCH.plus(1, ChronoUnit.DAYS));
    }
    Instant from = first.truncatedTo(ChronoUnit.DAYS);
    Instant lastDay = last.truncatedTo(ChronoUnit.DAYS);
    // a record on the last representable day cannot be followed by a whole day: the window ends at Instant.MAX
    Instant to = lastDay.isAfter(Instant.MAX.minus(1, ChronoUnit.DAYS)) ? Instant.MAX : lastDay.plus(1, ChronoUnit.DAYS);
    return new TimeWindow(from, to);
  }

  /**
   * Calendar periods of the options' length in their zone from the window's start; the last ends with the
   * window.
   *
   * @throws IllegalArgumentException if the window holds more than {@link TimeWindow#MAX_WINDOWS} periods or
   *     starts before the calendar's first day
   */
  static TimeWindows periods(TimeWindow window, ReportOptions options) {
    ZonedDateTime start;
    try {
      start = window.from().atZone(options.zone());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("window " + window + " starts before the first day of the calendar: set a "
          + "shorter window", e);
    }
    List<Instant> bounds = new ArrayList<>();
    bounds.add(window.from());
    for (int i = 1; ; i++) {
      Instant next;
      try {
        next = start.plus(options.period().multipliedBy(i)).toInstant();
      } catch (DateTimeException | ArithmeticException e) {
        break; // beyond the supported instants, so beyond the window's end
      }
      if (!next.isBefore(window.to())) {
        break;
      }
      if (!next.isAfter(bounds.get(bounds.size() - 1))) {
        throw new IllegalArgumentException("period " + options.period() + " does not advance from " + next);
      }
      bounds.add(next);
      if (bounds.size() > TimeWindow.MAX_WINDOWS) {
        throw new IllegalArgumentException("window " + window + " holds more than " + TimeWindow.MAX_WINDOWS
            + " periods of " + options.period() + ": set a shorter window or a longer period");
      }
    }
    bounds.add(window.to());
    return TimeWindows.of(bounds);
  }
}
