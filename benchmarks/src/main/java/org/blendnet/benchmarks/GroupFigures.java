package org.blendnet.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.groups.GroupOptions;
import org.blendnet.core.match.groups.GroupPlan;
import org.blendnet.core.match.groups.LearningGroups;
import org.blendnet.core.match.groups.SeatingOptions;
import org.blendnet.core.match.groups.SeatingPlan;
import org.blendnet.core.match.groups.EventSeating;
import org.blendnet.core.match.intro.EventFollowUp;
import org.blendnet.core.match.intro.FollowUp;
import org.blendnet.core.match.intro.FollowUpOptions;

/**
 * Learning groups, event seating and event follow-up on {@link SyntheticMatchNetworks}: wall and CPU time
 * (median of the runs, one thread) and what the plans reach.
 *
 * <ul>
 *   <li>groups: every member of a network of n, groups of 15–20 aiming at 17, no unit above 30 % of a
 *       group (units of 50 in the synthetic networks);
 *   <li>seating and follow-up: a face-to-face event added to a network of 10,000 members (15 ties each),
 *       whose attendees are its first {@code --attendees} members, about the three most popular topics;
 *       tables of 8, at most 3 seats a unit; the follow-up considers everyone interested in those topics.
 * </ul>
 *
 * <pre>
 * java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar org.blendnet.benchmarks.GroupFigures \
 *     --groups 10000,100000 --attendees 200,500 --runs 3
 * </pre>
 */
public final class GroupFigures {

  static final Instant EVENT_START = Instant.parse("2026-01-20T09:00:00Z");

  private GroupFigures() {}

  /**
   * Runs the figures.
   *
   * @param args {@code --groups sizes}, {@code --attendees sizes}, {@code --runs r}
   */
  public static void main(String[] args) {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i], args[i + 1]);
    }
    int runs = Integer.parseInt(a.getOrDefault("--runs", "3"));
    System.out.println("nproc=" + Runtime.getRuntime().availableProcessors() + " java="
        + System.getProperty("java.vm.version"));
    for (String s : a.getOrDefault("--groups", "10000").split(",")) {
      if (!s.isBlank()) {
        groups(Integer.parseInt(s.trim()), runs);
      }
    }
    for (String s : a.getOrDefault("--attendees", "200").split(",")) {
      if (!s.isBlank()) {
        event(Integer.parseInt(s.trim()), runs);
      }
    }
  }

  private static void groups(int size, int runs) {
    Network network = SyntheticMatchNetworks.generate(size, 0, 42);
    GroupOptions options = GroupOptions.sizes(15, 20).withTargetSize(17).withMaxUnitShare(0.3).withSeed(7);
    Run<GroupPlan> run = time(runs, () -> LearningGroups.form(network, options));
    GroupPlan p = run.last();
    System.out.printf(Locale.ROOT, "groups     n=%,8d groups=%,6d objective=%,9d dealt=%,9d passes=%3d converged=%s"
        + " wall=%,8.0f ms cpu=%,8.0f ms load=[%s]%n", size, p.groups().size(), p.objective(), p.dealtObjective(),
        p.passes(), p.converged(), run.wallMs(), run.cpuMs(), run.load());
  }

  private static void event(int attendees, int runs) {
    Network base = SyntheticMatchNetworks.generate(10_000, 15, 42);
    List<MemberId> ids = new ArrayList<>();
    for (Member m : base.members().subList(0, attendees)) {
      ids.add(m.id());
    }
    List<org.blendnet.core.Topic> topics = SyntheticMatchNetworks.topics();
    Event event = Event.builder(EventId.of("summit")).title("Summit").medium(Medium.EVENT)
        .time(EVENT_START, EVENT_START.plusSeconds(8 * 3600)).topic(topics.get(0)).topic(topics.get(1))
        .topic(topics.get(2)).host(ids.get(0)).attendees(ids.subList(1, ids.size())).build();
    Network network = base.toBuilder().event(event).build();
    Matchmaker matchmaker = Matchmaker.withCoreSignals(network);
    SeatingOptions seating = SeatingOptions.tablesOf(8).withMaxSameUnit(3).withSeed(7);
    Run<SeatingPlan> s = time(runs, () -> EventSeating.seat(matchmaker, event.id(), seating));
    SeatingPlan p = s.last();
    System.out.printf(Locale.ROOT, "seating    attendees=%,5d tables=%,4d online-only=%d/%d should-meet=%d/%d"
        + " objective=%.1f dealt=%.1f passes=%d wall=%,8.0f ms cpu=%,8.0f ms load=[%s]%n", attendees,
        p.tables().size(), p.onlineOnlySeated(), p.onlineOnlyPairs(), p.shouldMeetSeated(), p.shouldMeetPairs(),
        p.objective(), p.dealtObjective(), p.passes(), s.wallMs(), s.cpuMs(), s.load());
    Run<FollowUp> f = time(runs, () -> EventFollowUp.suggest(matchmaker, event.id(), FollowUpOptions.defaults()));
    System.out.printf(Locale.ROOT, "follow-up  attendees=%,5d absentees=%,6d suggestions=%,6d wall=%,8.0f ms"
        + " cpu=%,8.0f ms load=[%s]%n", attendees, f.last().considered(), f.last().suggestions().size(), f.wallMs(),
        f.cpuMs(), f.load());
  }

  /** Median wall and CPU times of some runs, and the last result. */
  record Run<T>(double wallMs, double cpuMs, T last, String load) {}

  private static <T> Run<T> time(int runs, Supplier<T> work) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    T last = null;
    StringBuilder load = new StringBuilder();
    for (int r = 0; r < runs; r++) {
      load.append(String.format(Locale.ROOT, "%.1f ", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
      long c0 = bean.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      last = work.get();
      wall[r] = (System.nanoTime() - t0) / 1e6;
      cpu[r] = (bean.getCurrentThreadCpuTime() - c0) / 1e6;
    }
    java.util.Arrays.sort(wall);
    java.util.Arrays.sort(cpu);
    return new Run<>(wall[runs / 2], cpu[runs / 2], java.util.Objects.requireNonNull(last), load.toString().trim());
  }
}
