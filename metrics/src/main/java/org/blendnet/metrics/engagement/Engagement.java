package org.blendnet.metrics.engagement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Answer;
import org.blendnet.core.Channel;
import org.blendnet.core.Community;
import org.blendnet.core.CommunityId;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.Touchpoint;
import org.blendnet.metrics.TimeWindows;
import org.blendnet.metrics.internal.Durations;
import org.blendnet.metrics.internal.Format;
import org.blendnet.metrics.internal.IdIndex;
import org.jspecify.annotations.Nullable;

/**
 * Who takes part, period by period: the engagement of a whole network, or of one community such as a
 * social learning group ("an average of 17 people taking part in each network and 76% engagement").
 *
 * <p><b>Population and acts.</b> For a whole network the population is every member, and an
 * <em>act</em> is taking part in a touchpoint (each participant), asking a question, answering one, or
 * making a referral (as referrer). For a community ({@link #of(Network, TimeWindows, CommunityId)}) the
 * population is its members, and only acts in the community count: touchpoints that happened in it,
 * questions asked in it, answers to those questions, referrals passing those questions on; acts by
 * non-members are ignored. Event attendance counts when it is recorded as a touchpoint. Only acts within
 * the periods count.
 *
 * <p><b>Measures.</b> A member is <em>active</em> in a period when they performed at least one act in it.
 * <ul>
 *   <li>{@link #byPeriod()}: the active share per period — the "76% engagement" of the source texts;
 *   <li>{@link #activeShare()}: the share of the population active in any period;
 *   <li>{@link #participation()}: participation inequality (Gini, 90-9-1);
 *   <li>{@link #retention()}: cohort retention;
 *   <li>{@link #questions()}: answer rate and time to first answer;
 *   <li>{@link #byAttribute(String)}, {@link #byUnit(int)}, {@link #byGroup(String, Function)}: participation
 *       by group — who takes part at all, and who online.
 * </ul>
 *
 * <pre>{@code
 * TimeWindows months = TimeWindows.calendar(ZonedDateTime.parse("2026-01-01T00:00Z"), Period.ofMonths(1), 6);
 * Engagement group = Engagement.of(network, months, CommunityId.of("learning-group-3"));
 * group.byPeriod().get(0).activeShare();      // 0.765
 * }</pre>
 *
 * <p>One pass over the records: O(n log w) time for n records and w periods (finding each record's
 * period), plus O(m log m) for indexing the m members and for the inequality, and O(q) for q questions'
 * answers; O(m · w) bits of space.
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class Engagement {

  private final TimeWindows periods;
  private final @Nullable CommunityId community;
  private final List<Member> population;
  private final IdIndex<MemberId> index;
  /** Network position → population position, −1 outside the population; null when everybody is in it. */
  private final int @Nullable [] populationPosition;
  /**
   * Per population member, {@code stride} longs: the act count in bits 0–31 of the first, then one bit per
   * period (bit 32 + k of the block) set when they were active in period k. With up to 32 periods a
   * member's count and periods share one long, so that counting an act touches one array element.
   */
  private final long[] state;
  private final int stride;
  private final int[] acts;
  /** The network, for the second pass of {@link #byGroup}. */
  private final Network network;
  private final List<PeriodActivity> byPeriod;
  private final int activeMembers;
  private final ParticipationInequality participation;
  private final CohortRetention retention;
  private final QuestionResponse questions;

  private Engagement(Network network, TimeWindows periods, @Nullable Community community) {
    this.periods = periods;
    this.community = community == null ? null : community.id();
    this.index = IdIndex.members(network);
    int n = index.size();
    if (community == null) {
      this.populationPosition = null;
      this.population = network.members();
    } else {
      int[] positions = new int[n];
      List<Member> pop = new ArrayList<>();
      for (int p = 0; p < n; p++) {
        Member m = network.members().get(p);
        positions[p] = community.members().contains(m.id()) ? pop.size() : -1;
        if (positions[p] >= 0) {
          pop.add(m);
        }
      }
      this.populationPosition = positions;
      this.population = List.copyOf(pop);
    }
    int size = population.size();
    int w = periods.size();
    this.stride = (32 + w + 63) / 64;
    this.state = new long[Math.toIntExact((long) size * stride)];
    long[] actsPerPeriod = new long[w];
    this.network = network;
    countActs(network, actsPerPeriod);
    this.acts = new int[size];
    for (int q = 0; q < size; q++) {
      acts[q] = (int) state[q * stride];
    }

    List<PeriodActivity> periodFigures = new ArrayList<>(w);
    int[] activePerPeriod = new int[w];
    int[][] later = new int[w][];
    for (int c = 0; c < w; c++) {
      later[c] = new int[w - c];
    }
    int active = 0;
    for (int q = 0; q < size; q++) {
      int first = -1;
      for (int k = 0; k < w; k++) {
        if (activeIn(q, k)) {
          activePerPeriod[k]++;
          if (first < 0) {
            first = k;
          }
          later[first][k - first]++;
        }
      }
      if (first >= 0) {
        active++;
      }
    }
    List<CohortRetention.Cohort> cohorts = new ArrayList<>(w);
    for (int k = 0; k < w; k++) {
      periodFigures.add(new PeriodActivity(periods.get(k), size, activePerPeriod[k], actsPerPeriod[k]));
      List<Integer> retained = new ArrayList<>(later[k].length);
      for (int count : later[k]) {
        retained.add(count);
      }
      cohorts.add(new CohortRetention.Cohort(periods.get(k), later[k][0], retained));
    }
    this.byPeriod = List.copyOf(periodFigures);
    this.activeMembers = active;
    this.participation = ParticipationInequality.of(acts);
    this.retention = new CohortRetention(cohorts);
    this.questions = questionResponse(network);
  }

  /** The engagement of every member of {@code network} in each of {@code periods}. */
  public static Engagement of(Network network, TimeWindows periods) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(periods, "periods");
    return new Engagement(network, periods, null);
  }

  /**
   * The engagement of the members of {@code community} in it, in each of {@code periods}.
   *
   * @throws IllegalArgumentException if the network has no such community
   */
  public static Engagement of(Network network, TimeWindows periods, CommunityId community) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(periods, "periods");
    Objects.requireNonNull(community, "community");
    Community c = network.community(community)
        .orElseThrow(() -> new IllegalArgumentException("Unknown community: " + community));
    return new Engagement(network, periods, c);
  }

  // ---- the pass ------------------------------------------------------------------------------------

  private boolean inScope(Optional<CommunityId> where) {
    return community == null || (where.isPresent() && where.get().equals(community));
  }

  private void act(MemberId member, int period, long[] actsPerPeriod) {
    int p = index.positionOfKnown(member);
    int q = populationPosition == null ? p : populationPosition[p];
    if (q < 0) {
      return;
    }
    actsPerPeriod[period]++;
    int first = q * stride;
    int bit = 32 + period;
    if (bit < 64) {
      state[first] = (state[first] + 1) | 1L << bit;
    } else {
      state[first]++;
      state[first + (bit >>> 6)] |= 1L << bit;
    }
  }

  /**
   * Per population member, one bit in the first array when they took part in an online touchpoint in scope
   * within the periods, in the second when in a face-to-face one: a second pass over the touchpoints, made only
   * when asked for, so that the pass of {@link #of} stays as lean as it was.
   */
  private long[][] channels() {
    int size = population.size();
    long[] online = new long[(size + 63) >>> 6];
    long[] offline = new long[(size + 63) >>> 6];
    for (Touchpoint t : network.touchpoints()) {
      if (!inScope(t.community()) || periods.indexOf(t.at()) < 0) {
        continue;
      }
      long[] bits = t.channel() == Channel.ONLINE ? online : offline;
      List<MemberId> participants = t.participants();
      for (int i = 0; i < participants.size(); i++) {
        int p = index.positionOfKnown(participants.get(i));
        int q = populationPosition == null ? p : populationPosition[p];
        if (q >= 0) {
          bits[q >>> 6] |= 1L << q;
        }
      }
    }
    return new long[][] {online, offline};
  }

  private boolean activeIn(int q, int period) {
    int bit = 32 + period;
    return (state[q * stride + (bit >>> 6)] & 1L << bit) != 0;
  }

  private void countActs(Network network, long[] actsPerPeriod) {
    for (Touchpoint t : network.touchpoints()) {
      if (!inScope(t.community())) {
        continue;
      }
      int w = periods.indexOf(t.at());
      if (w >= 0) {
        List<MemberId> participants = t.participants();
        for (int i = 0; i < participants.size(); i++) {
          act(participants.get(i), w, actsPerPeriod);
        }
      }
    }
    for (Question q : network.questions()) {
      int w = periods.indexOf(q.askedAt());
      if (w >= 0 && inScope(q.community())) {
        act(q.asker(), w, actsPerPeriod);
      }
    }
    // answers and referrals are in scope when their question is; look questions up by position
    IdIndex<QuestionId> questions = community == null ? null : IdIndex.questions(network);
    boolean[] questionInScope = new boolean[network.questions().size()];
    for (int i = 0; i < questionInScope.length; i++) {
      questionInScope[i] = inScope(network.questions().get(i).community());
    }
    for (Answer a : network.answers()) {
      int w = periods.indexOf(a.answeredAt());
      if (w >= 0 && (questions == null || questionInScope[questions.positionOfKnown(a.question())])) {
        act(a.responder(), w, actsPerPeriod);
      }
    }
    for (Referral r : network.referrals()) {
      int w = periods.indexOf(r.at());
      if (w >= 0 && (questions == null
          || (r.question().isPresent() && questionInScope[questions.positionOfKnown(r.question().get())]))) {
        act(r.referrer(), w, actsPerPeriod);
      }
    }
  }

  private QuestionResponse questionResponse(Network network) {
    int asked = 0;
    List<Duration> delays = new ArrayList<>();
    for (Question q : network.questions()) {
      if (periods.indexOf(q.askedAt()) < 0 || !inScope(q.community())) {
        continue;
      }
      asked++;
      firstAnswerByOther(network, q.id(), q.asker())
          .ifPresent(a -> delays.add(Duration.between(q.askedAt(), a.answeredAt())));
    }
    return new QuestionResponse(asked, delays.size(), Durations.median(delays), Durations.mean(delays));
  }

  private static Optional<Answer> firstAnswerByOther(Network network, QuestionId question, MemberId asker) {
    for (Answer a : network.answersTo(question)) {
      if (!a.responder().equals(asker)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  // ---- results -------------------------------------------------------------------------------------

  /** The periods. */
  public TimeWindows periods() {
    return periods;
  }

  /** The community whose engagement this is; empty for the whole network. */
  public Optional<CommunityId> community() {
    return Optional.ofNullable(community);
  }

  /** The size of the population. */
  public int population() {
    return population.size();
  }

  /** How many members of the population were active in at least one period. */
  public int activeMembers() {
    return activeMembers;
  }

  /** activeMembers / population; 0 when the population is empty. */
  public double activeShare() {
    return population.isEmpty() ? 0 : (double) activeMembers / population.size();
  }

  /** Activity in each period, in time order. */
  public List<PeriodActivity> byPeriod() {
    return byPeriod;
  }

  /** Participation inequality over the acts in all periods. */
  public ParticipationInequality participation() {
    return participation;
  }

  /** Cohort retention. */
  public CohortRetention retention() {
    return retention;
  }

  /** Answer rate and time to first answer. */
  public QuestionResponse questions() {
    return questions;
  }

  /**
   * The number of acts of {@code member} in all periods.
   *
   * @throws IllegalArgumentException if {@code member} is not in the population
   */
  public int acts(MemberId member) {
    return acts[populationPositionOf(member)];
  }

  /**
   * True if {@code member} was active in period {@code period}.
   *
   * @throws IllegalArgumentException if {@code member} is not in the population
   * @throws IndexOutOfBoundsException unless {@code 0 <= period < periods().size()}
   */
  public boolean isActive(MemberId member, int period) {
    Objects.checkIndex(period, periods.size());
    return activeIn(populationPositionOf(member), period);
  }

  private int populationPositionOf(MemberId member) {
    int p = index.require(member);
    int q = populationPosition == null ? p : populationPosition[p];
    if (q < 0) {
      throw new IllegalArgumentException("Member " + member + " is not in the population (community "
          + community + ")");
    }
    return q;
  }

  /**
   * The population grouped by the value of attribute {@code key}, with each group's share active in any
   * period and the members who took part online and face to face. O(t log w + m log m), as
   * {@link #byGroup}.
   *
   * @throws IllegalArgumentException if {@code key} is blank
   */
  public AttributeParticipation byAttribute(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank");
    }
    return byGroup(key, m -> Optional.ofNullable(m.attributes().get(key)));
  }

  /**
   * The population grouped by declared unit: each member's {@link Member#affiliation() affiliation} cut to
   * {@code depth} segments ({@code "Acme / Sales"}); members without an affiliation have no group. The
   * grouping's key is {@code "unit"}. O(t log w + m log m), as {@link #byGroup}.
   *
   * @throws IllegalArgumentException if {@code depth < 1}
   */
  public AttributeParticipation byUnit(int depth) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be >= 1 but was " + depth);
    }
    return byGroup("unit", m -> {
      Affiliation a = m.affiliation().truncate(depth);
      return a.isNone() ? Optional.empty() : Optional.of(a.toString());
    });
  }

  /**
   * The population grouped by any label of a member — {@code groupOf} gives it, or nothing for a member
   * outside every group — with each group's members, its members active in any period, and those who took
   * part in an online touchpoint and in a face-to-face one (within the periods and, for a community, in it).
   * Groups are in the natural order of their labels, members without a label last. One more pass over the
   * touchpoints, O(t log w) for t touchpoints and w periods, plus O(m log m) and the calls of {@code groupOf}.
   *
   * @param name what the groups are, the result's {@link AttributeParticipation#key()}
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws NullPointerException if {@code groupOf} returns null
   */
  public AttributeParticipation byGroup(String name, Function<? super Member, Optional<String>> groupOf) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(groupOf, "groupOf");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    long[][] channels = channels();
    long[] online = channels[0];
    long[] offline = channels[1];
    Map<String, int[]> byValue = new TreeMap<>();
    int[] none = new int[4];
    for (int q = 0; q < population.size(); q++) {
      Optional<String> value = Objects.requireNonNull(groupOf.apply(population.get(q)), "groupOf result");
      int[] group = value.isEmpty() ? none : byValue.computeIfAbsent(value.get(), v -> new int[4]);
      group[0]++;
      if (acts[q] > 0) {
        group[1]++;
      }
      if ((online[q >>> 6] & 1L << q) != 0) {
        group[2]++;
      }
      if ((offline[q >>> 6] & 1L << q) != 0) {
        group[3]++;
      }
    }
    List<AttributeParticipation.Group> groups = new ArrayList<>();
    byValue.forEach((v, g) -> groups.add(new AttributeParticipation.Group(Optional.of(v), g[0], g[1], g[2], g[3])));
    if (none[0] > 0) {
      groups.add(new AttributeParticipation.Group(Optional.empty(), none[0], none[1], none[2], none[3]));
    }
    return new AttributeParticipation(name, groups);
  }

  /** {@code Engagement[community=lg3, population=17, active=13 (0.765), periods=[…], …]}. */
  @Override
  public String toString() {
    return "Engagement[" + (community == null ? "" : "community=" + community + ", ") + "population="
        + population.size() + ", active=" + activeMembers + " (" + Format.ratio(activeShare()) + "), periods="
        + Format.capped(byPeriod, 6) + ", " + participation + ", " + retention + ", " + questions + "]";
  }
}
