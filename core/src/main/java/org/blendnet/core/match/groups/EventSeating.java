package org.blendnet.core.match.groups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Channel;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.match.Match;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.MatchRequest;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.MemberPair;

/**
 * Event seating: tables for a face-to-face event that turn online-only ties into face-to-face ones and
 * seat together people who should meet, with a cap on the seats one unit takes at a table — the
 * "sociable event that joins people up" of the design's seeds.
 *
 * <pre>{@code
 * SeatingPlan plan = EventSeating.seat(matchmaker, EventId.of("summit"), SeatingOptions.tablesOf(8).withMaxSameUnit(2));
 * plan.tables().get(0).explanation();
 * // 8 seats; ana and bo met online 3 times, never face to face; cy and di should meet (0.71; …); units …
 * }</pre>
 *
 * <h2>Objective and constraints</h2>
 * The participants are the event's hosts and attendees. For each pair of them,
 * <pre>
 *   w(i, j) = onlineOnlyWeight · [i and j met online before the event, never face to face]
 *           + shouldMeetWeight · s(i, j) · [i, j should meet]
 * </pre>
 * where "met face to face" means an offline touchpoint between them, or both attending an earlier
 * face-to-face event, before this one starts; and "should meet" holds when both agreed to be recommended
 * ({@link org.blendnet.core.Consent#recommendable()}), share a topic one knows and the other wants to learn
 * (the members the matchmaker's topic index proposes), and one is among the other's
 * {@link SeatingOptions#shouldMeetPerMember()} best-scoring such participants under the matchmaker's peer score
 * ({@link Matchmaker#score}, as of the event's start), with s(i, j) the better of their two scores, at least
 * {@link SeatingOptions#minShouldMeetScore()} and above 0. The seating maximises Σ w(i, j) over the pairs
 * sharing a table, subject to: every participant at exactly one table; ⌈n / tableSize⌉ tables whose sizes
 * differ by at most one (so none above {@code tableSize}); at most {@link SeatingOptions#maxSameUnit()}
 * seats of one unit a table.
 *
 * <p><b>How.</b> A seeded unit-balanced deal, then local search by moves and swaps (after Kernighan &amp;
 * Lin, "An efficient heuristic procedure for partitioning graphs", Bell System Technical Journal 49(2),
 * 1970, doi:10.1002/j.1538-7305.1970.tb01770.x), each step feasible and strictly improving. A local optimum,
 * not a proven optimum; {@link SeatingPlan#dealtObjective()} shows the gain.
 *
 * <p><b>Complexity.</b> O(r² · c) for the should-meet scores of r recommendable participants, c the cost of
 * one {@link Matchmaker#score} call (a few microseconds with the core signals) — this dominates, so events
 * of up to a few thousand participants; O(Σ touchpoints and earlier events of the participants) for the
 * online-only pairs; a search pass O(n · (T + d · S · tableSize)) for T tables, d weighted partners a
 * participant and S = 3.
 *
 * <p><b>Consent.</b> A member who declined to be recommended is never part of a should-meet pair; they are
 * seated like everyone else, and a pair they are in is explained only by the online contacts it already had.
 *
 * @implNote Thread-safe: stateless; the matchmaker is thread-safe and each call works on its own data.
 * @since 0.1
 */
public final class EventSeating {

  private EventSeating() {}

  /**
   * Seats the participants of {@code event}, a face-to-face event of {@code matchmaker}'s network.
   *
   * @throws IllegalArgumentException if the network has no such event, the event is online or has no
   *     participants, or a unit has more participants than the tables can seat under the cap (naming the unit)
   */
  public static SeatingPlan seat(Matchmaker matchmaker, EventId event, SeatingOptions options) {
    Objects.requireNonNull(matchmaker, "matchmaker");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(options, "options");
    Network network = matchmaker.network();
    Event e = network.event(event).orElseThrow(() -> new IllegalArgumentException("Unknown event: " + event));
    if (e.channel() != Channel.OFFLINE) {
      throw new IllegalArgumentException("event " + event + " is held online (" + e.medium()
          + "); seating needs a face-to-face event");
    }
    List<Member> members = new ArrayList<>();
    for (MemberId id : e.participants()) {
      members.add(network.member(id).orElseThrow(() -> new IllegalArgumentException("Unknown member: " + id)));
    }
    int n = members.size();
    if (n == 0) {
      throw new IllegalArgumentException("event " + event + " has no participants to seat");
    }
    int tables = (int) (((long) n + options.tableSize() - 1) / options.tableSize()); // long: no overflow near MAX_VALUE
    Units units = new Units(members, options.unitDepth());
    int largest = units.largest();
    if (largest >= 0 && units.sizes[largest] > (long) tables * options.maxSameUnit()) {
      throw new IllegalArgumentException("maxSameUnit " + options.maxSameUnit() + " cannot be met: unit "
          + units.units.get(largest) + " has " + units.sizes[largest] + " of the " + n + " participants, but "
          + tables + " table" + (tables == 1 ? "" : "s") + " of at most " + options.tableSize() + " seat at most "
          + options.maxSameUnit() + " of one unit each (" + (long) tables * options.maxSameUnit() + ")");
    }
    Map<MemberId, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(members.get(i).id(), i);
    }
    Map<Long, int[]> contacts = contacts(network, e, members, index);
    Map<Long, Match> shouldMeet = shouldMeet(matchmaker, e, members, options);
    // the weighted pairs, in key order (i < j, by i then j)
    List<Long> keys = new ArrayList<>();
    for (Map.Entry<Long, int[]> c : contacts.entrySet()) {
      if (c.getValue()[0] > 0 && c.getValue()[1] == 0) {
        keys.add(c.getKey());
      }
    }
    for (Long k : shouldMeet.keySet()) {
      if (!isOnlineOnly(contacts.getOrDefault(k, NO_CONTACT))) {
        keys.add(k);
      }
    }
    keys.sort(null);
    List<SeatPair> pairs = new ArrayList<>(keys.size());
    int[] degree = new int[n];
    int onlineOnlyPairs = 0;
    int shouldMeetPairs = 0;
    for (long k : keys) {
      int i = (int) (k / n);
      int j = (int) (k % n);
      int[] c = contacts.getOrDefault(k, NO_CONTACT);
      int online = isOnlineOnly(c) ? c[0] : 0;
      Match m = shouldMeet.get(k);
      double s = m == null ? 0 : m.score();
      List<String> reasons = new ArrayList<>(2);
      if (online > 0) {
        reasons.add("met online " + (online == 1 ? "once" : online + " times") + ", never face to face");
        onlineOnlyPairs++;
      }
      if (m != null) {
        reasons.add(String.format(Locale.ROOT, "should meet (%.2f", s)
            + (m.explanation().isEmpty() ? "" : "; for " + seekerOf(m, members.get(i), members.get(j)) + ": "
                + String.join(", ", m.explanation())) + ")");
        shouldMeetPairs++;
      }
      double w = (online > 0 ? options.onlineOnlyWeight() : 0) + options.shouldMeetWeight() * s;
      pairs.add(new SeatPair(MemberPair.of(members.get(i).id(), members.get(j).id()), online, s, w, reasons));
      if (w > 0) {
        degree[i]++;
        degree[j]++;
      }
    }
    PairAffinity affinity = affinity(n, keys, pairs, degree);
    int min = n / tables;
    int max = (n + tables - 1) / tables;
    PartitionSearch.Result result = new PartitionSearch(units.unitOf, options.maxSameUnit(), tables, min, max,
        affinity, options.seed()).run(options.maxPasses());
    return plan(e.id(), members, units, keys, pairs, result, tables, options, onlineOnlyPairs, shouldMeetPairs);
  }

  /** Online and offline contact counts of a pair that has had none. */
  private static final int[] NO_CONTACT = new int[2];

  private static boolean isOnlineOnly(int[] c) {
    return c[0] > 0 && c[1] == 0;
  }

  /** The seeker whose explanation {@code m} is: the one of the two who is not the candidate. */
  private static MemberId seekerOf(Match m, Member a, Member b) {
    return m.candidate().equals(a.id()) ? b.id() : a.id();
  }

  /**
   * For each pair of participants (key i · n + j, i &lt; j) that had contact before the event: {online,
   * face-to-face} counts, from touchpoints and from co-attendance of earlier face-to-face events.
   */
  private static Map<Long, int[]> contacts(Network network, Event event, List<Member> members,
      Map<MemberId, Integer> index) {
    int n = members.size();
    Map<Long, int[]> contacts = new HashMap<>();
    for (int i = 0; i < n; i++) {
      MemberId me = members.get(i).id();
      for (Touchpoint t : network.touchpointsOf(me)) {
        if (!t.at().isBefore(event.start()) || (t.event().isPresent() && t.event().get().equals(event.id()))) {
          continue;
        }
        int channel = t.channel() == Channel.ONLINE ? 0 : 1;
        for (MemberId p : t.participants()) {
          Integer j = index.get(p);
          if (j != null && j > i) {
            contacts.computeIfAbsent((long) i * n + j, k -> new int[2])[channel]++;
          }
        }
      }
      for (Event earlier : network.eventsOf(me)) {
        if (earlier.id().equals(event.id()) || earlier.channel() != Channel.OFFLINE
            || !earlier.start().isBefore(event.start())) {
          continue;
        }
        for (MemberId p : earlier.participants()) {
          Integer j = index.get(p);
          if (j != null && j > i) {
            contacts.computeIfAbsent((long) i * n + j, k -> new int[2])[1]++;
          }
        }
      }
    }
    return contacts;
  }

  /**
   * The should-meet pairs (key i · n + j, i &lt; j), each with the better of its two directions' matches:
   * among recommendable participants, each one's best {@code shouldMeetPerMember} by score.
   */
  private static Map<Long, Match> shouldMeet(Matchmaker matchmaker, Event event, List<Member> members,
      SeatingOptions options) {
    int n = members.size();
    Map<Long, Match> best = new HashMap<>();
    if (options.shouldMeetPerMember() == 0 || options.shouldMeetWeight() == 0) {
      return best;
    }
    MatchOptions at = MatchOptions.defaults().withAsOf(event.start());
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (members.get(i).consent().recommendable()) {
        open.add(i);
      }
    }
    Match[][] scores = new Match[n][];
    for (int i : open) {
      MatchRequest request = MatchRequest.peers(members.get(i));
      List<Match> mine = new ArrayList<>();
      for (int j : open) {
        if (j != i && related(members.get(i), members.get(j))) {
          Match m = matchmaker.score(request, members.get(j).id(), at);
          if (m.score() > 0 && m.score() >= options.minShouldMeetScore()) {
            mine.add(m);
          }
        }
      }
      mine.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::candidate));
      scores[i] = mine.subList(0, Math.min(options.shouldMeetPerMember(), mine.size())).toArray(new Match[0]);
    }
    Map<MemberId, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(members.get(i).id(), i);
    }
    for (int i : open) {
      for (Match m : scores[i]) {
        int j = Objects.requireNonNull(index.get(m.candidate()), "candidate outside the room");
        long key = (long) Math.min(i, j) * n + Math.max(i, j);
        Match other = best.get(key);
        if (other == null || m.score() > other.score()
            || (m.score() == other.score()
                && i < Objects.requireNonNull(index.get(seekerOf(other, members.get(i), members.get(j)))))) {
          best.put(key, m);
        }
      }
    }
    return best;
  }

  /**
   * True if {@code b} knows a topic {@code a} wants to learn or wants to learn a topic {@code a} knows: the
   * members the matchmaker's topic index would propose to {@code a}.
   */
  private static boolean related(Member a, Member b) {
    for (org.blendnet.core.Topic t : a.interests()) {
      if (b.expertise().containsKey(t)) {
        return true;
      }
    }
    for (org.blendnet.core.Topic t : b.interests()) {
      if (a.expertise().containsKey(t)) {
        return true;
      }
    }
    return false;
  }

  private static PairAffinity affinity(int n, List<Long> keys, List<SeatPair> pairs, int[] degree) {
    int[] offsets = new int[n + 1];
    for (int i = 0; i < n; i++) {
      offsets[i + 1] = offsets[i] + degree[i];
    }
    int[] fill = Arrays.copyOf(offsets, n);
    int[] partners = new int[offsets[n]];
    double[] weights = new double[offsets[n]];
    // keys ascend by (i, j): each row fills in ascending partner order for partners above it, and partners
    // below it arrive earlier in key order (their i is smaller), so every row is sorted
    for (int p = 0; p < keys.size(); p++) {
      double w = pairs.get(p).weight();
      if (w <= 0) {
        continue;
      }
      int i = (int) (keys.get(p) / n);
      int j = (int) (keys.get(p) % n);
      partners[fill[i]] = j;
      weights[fill[i]++] = w;
      partners[fill[j]] = i;
      weights[fill[j]++] = w;
    }
    return new PairAffinity(offsets, partners, weights);
  }

  private static SeatingPlan plan(EventId event, List<Member> members, Units units, List<Long> keys,
      List<SeatPair> pairs, PartitionSearch.Result result, int tables, SeatingOptions options, int onlineOnlyPairs,
      int shouldMeetPairs) {
    int n = members.size();
    int[] groupOf = result.groupOf();
    List<List<Integer>> byTable = new ArrayList<>(tables);
    for (int t = 0; t < tables; t++) {
      byTable.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      byTable.get(groupOf[i]).add(i);
    }
    List<List<SeatPair>> pairsAt = new ArrayList<>(tables);
    for (int t = 0; t < tables; t++) {
      pairsAt.add(new ArrayList<>());
    }
    int onlineSeated = 0;
    int shouldSeated = 0;
    for (int p = 0; p < keys.size(); p++) {
      int i = (int) (keys.get(p) / n);
      int j = (int) (keys.get(p) % n);
      SeatPair pair = pairs.get(p);
      if (groupOf[i] == groupOf[j] && pair.weight() > 0) {
        pairsAt.get(groupOf[i]).add(pair);
        onlineSeated += pair.metOnlineOnly() ? 1 : 0;
        shouldSeated += pair.isShouldMeet() ? 1 : 0;
      }
    }
    Integer[] order = new Integer[tables];
    for (int t = 0; t < tables; t++) {
      order[t] = t;
    }
    Arrays.sort(order, Comparator.comparing(t -> members.get(byTable.get(t).get(0)).id()));
    List<SeatingTable> out = new ArrayList<>(tables);
    double objective = 0;
    for (int t : order) {
      List<MemberId> ids = new ArrayList<>();
      Map<Integer, Integer> unitCounts = new HashMap<>();
      for (int i : byTable.get(t)) {
        ids.add(members.get(i).id());
        unitCounts.merge(units.unitOf[i], 1, Integer::sum);
      }
      List<SeatPair> at = pairsAt.get(t);
      at.sort(Comparator.comparingDouble(SeatPair::weight).reversed()
          .thenComparing(p -> p.pair().first()).thenComparing(p -> p.pair().second()));
      double weight = 0;
      for (SeatPair p : at) {
        weight += p.weight();
      }
      objective += weight;
      List<Integer> unitIds = new ArrayList<>(unitCounts.keySet());
      unitIds.sort(Comparator.<Integer>comparingInt(u -> -unitCounts.getOrDefault(u, 0))
          .thenComparing(u -> u < 0 ? "" : units.units.get(u).toString()));
      Map<Affiliation, Integer> unitMap = new LinkedHashMap<>();
      for (int u : unitIds) {
        unitMap.put(u < 0 ? Affiliation.none() : units.units.get(u), unitCounts.get(u));
      }
      out.add(new SeatingTable(out.size() + 1, ids, at, unitMap, weight));
    }
    return new SeatingPlan(event, out, options, objective, Math.max(0, result.initial()), onlineOnlyPairs,
        onlineSeated, shouldMeetPairs, shouldSeated, result.passes(), result.converged());
  }
}
