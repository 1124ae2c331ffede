package org.blendnet.examples.generate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Answer;
import org.blendnet.core.AnswerId;
import org.blendnet.core.Channel;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of blended communities: members in units with topics they know and want to learn, a
 * face-to-face and an online layer of ties that overlap as much as asked, events with attendance, and
 * questions answered with a chosen skew between givers and takers. Same options, same seed — same
 * network, on any JDK.
 *
 * <pre>{@code
 * Network network = BlendedCommunity.builder().members(200).units(5).overlap(0.4).giveTakeSkew(0.8)
 *     .seed(42).build().generate();
 * }</pre>
 *
 * <p>How it draws (all from one {@link Random} seeded with {@link Builder#seed(long)}, whose algorithm the
 * Java specification fixes):
 * <ul>
 *   <li><b>Members</b> {@code m001}, {@code m002}, … fall into {@code units} equal blocks (affiliation
 *       {@code <organisation> / Unit A}, {@code Unit B}, …). The topics are dealt to the units in turn, each
 *       unit's home topics; a member knows {@code expertisePerMember} topics, each from their unit's home
 *       topics with probability 1 − mixing and from all topics otherwise, at a uniform level; they want to
 *       learn {@code interestsPerMember} other topics drawn from all. A third prefer face to face, a third
 *       online, a third say nothing.
 *   <li><b>Face-to-face ties</b>: n · offlineDegree / 2 distinct pairs; the first member uniform, the
 *       second from the same unit with probability 1 − mixing, from another unit otherwise (a planted
 *       partition, Condon &amp; Karp, "Algorithms for graph partitioning on the planted partition model",
 *       Random Structures &amp; Algorithms 18(2), 2001, doi:10.1002/1098-2418(200103)18:2&lt;116::AID-RSA1001&gt;3.0.CO;2-2).
 *       Each is one {@link Medium#MEETING} or {@link Medium#MEAL} touchpoint.
 *   <li><b>Online ties</b>: n · onlineDegree / 2 distinct pairs, of which the share {@code overlap} are
 *       face-to-face pairs (so those ties are <em>blended</em>) and the rest new pairs drawn as above. Each
 *       has one to three {@link Medium#CHAT} or {@link Medium#FORUM_POST} touchpoints, each initiated by either of the two.
 *   <li><b>Events</b>: {@code events} face-to-face workshops spread over the period, each on one topic; a
 *       member attends with probability {@code attendance}, the first attendee hosts; at least two attend.
 *   <li><b>Questions</b>: {@code questions} questions from uniformly drawn askers, on one or two of their
 *       interests. Each member has a propensity to give, (r + 1)<sup>−3s</sup> for a random rank r and the
 *       skew s: s = 0 gives everyone the same propensity, s = 1 lets a few members answer most questions
 *       (Zipf's law with exponent 3). A question is answered with probability {@code answerRate}, by one or
 *       two members who know one of its topics, drawn in proportion to their propensity, 1 to 48 hours
 *       later.
 * </ul>
 * Times are uniform over {@code days} from {@code start}. Powers are taken with {@link StrictMath}, so the
 * network is the same bit for bit on every JDK and platform. O(n + ties + questions · n) time.
 *
 * @implNote Thread-safe: immutable; {@link #generate()} keeps its state on the stack.
 * @since 0.1
 */
public final class BlendedCommunity {

  /** Topic names the generator draws from, in order. */
  public static final List<String> TOPIC_NAMES = List.of("negotiation", "pricing", "marketing", "export",
      "bookkeeping", "hiring", "social media", "funding", "logistics", "legal", "design", "sales",
      "leadership", "coaching", "data", "security", "sustainability", "procurement", "public speaking",
      "customer service");

  private final int members;
  private final int units;
  private final int topics;
  private final int expertisePerMember;
  private final int interestsPerMember;
  private final double offlineDegree;
  private final double onlineDegree;
  private final double overlap;
  private final double mixing;
  private final int events;
  private final double attendance;
  private final int questions;
  private final double answerRate;
  private final double giveTakeSkew;
  private final String organisation;
  private final Instant start;
  private final int days;
  private final long seed;

  private BlendedCommunity(Builder b) {
    members = b.members;
    units = b.units;
    topics = b.topics;
    expertisePerMember = b.expertisePerMember;
    interestsPerMember = b.interestsPerMember;
    offlineDegree = b.offlineDegree;
    onlineDegree = b.onlineDegree;
    overlap = b.overlap;
    mixing = b.mixing;
    events = b.events;
    attendance = b.attendance;
    questions = b.questions;
    answerRate = b.answerRate;
    giveTakeSkew = b.giveTakeSkew;
    organisation = b.organisation;
    start = b.start;
    days = b.days;
    seed = b.seed;
  }

  /** A builder with the defaults: 120 members in 4 units, 12 topics, seed 1 (see {@link Builder}). */
  public static Builder builder() {
    return new Builder();
  }

  /** The member id of the i-th member (0-based): {@code m001}, … — zero-padded to the width of n. */
  public MemberId memberId(int i) {
    int width = Math.max(3, Integer.toString(members).length());
    return MemberId.of("m" + String.format(Locale.ROOT, "%0" + width + "d", i + 1));
  }

  /** The unit of the i-th member: its affiliation {@code <organisation> / Unit A}, …. */
  public Affiliation unitOf(int i) {
    return Affiliation.of(organisation, unitName(i * units / members));
  }

  /** The topics this generator uses: the first {@code topics} of {@link #TOPIC_NAMES}. */
  public List<Topic> topics() {
    return TOPIC_NAMES.subList(0, topics).stream().map(Topic::of).toList();
  }

  private static String unitName(int u) {
    return u < 26 ? "Unit " + (char) ('A' + u) : "Unit " + (u + 1);
  }

  /** Generates the network. */
  public Network generate() {
    Random random = new Random(seed);
    List<Topic> topicList = topics();
    int[] unit = new int[members];
    for (int i = 0; i < members; i++) {
      unit[i] = i * units / members;
    }
    int[][] unitMembers = new int[units][];
    for (int u = 0; u < units; u++) {
      int from = (int) Math.ceil((double) u * members / units);
      int to = (int) Math.ceil((double) (u + 1) * members / units);
      unitMembers[u] = new int[to - from];
      for (int i = from; i < to; i++) {
        unitMembers[u][i - from] = i;
      }
    }
    // home topics of unit u: topics t with t % units == u (every unit gets one at least if topics >= units)
    List<List<Integer>> home = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      List<Integer> h = new ArrayList<>();
      for (int t = u % topics; t < topics; t += units) {
        h.add(t);
      }
      if (h.isEmpty()) {
        h.add(u % topics);
      }
      home.add(h);
    }

    Network.Builder network = Network.builder();
    ExpertiseLevel[] levels = ExpertiseLevel.values();
    List<Set<Integer>> known = new ArrayList<>();
    List<List<Integer>> wanted = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      Member.Builder m = Member.builder(memberId(i)).name("Member " + (i + 1)).affiliation(unitOf(i))
          .timeZone(ZoneOffset.UTC);
      Set<Integer> knows = new TreeSet<>();
      int limit = Math.min(expertisePerMember, topics);
      while (knows.size() < limit) {
        List<Integer> from = random.nextDouble() < mixing ? null : home.get(unit[i]);
        int t = from == null ? random.nextInt(topics) : from.get(random.nextInt(from.size()));
        if (knows.add(t)) {
          m.expertise(topicList.get(t), levels[random.nextInt(levels.length)]);
        }
      }
      List<Integer> wants = new ArrayList<>();
      int wantLimit = Math.min(interestsPerMember, topics - knows.size());
      while (wants.size() < wantLimit) {
        int t = random.nextInt(topics);
        if (!knows.contains(t) && !wants.contains(t)) {
          wants.add(t);
          m.interest(topicList.get(t));
        }
      }
      int channel = random.nextInt(3);
      if (channel == 0) {
        m.prefers(Channel.OFFLINE);
      } else if (channel == 1) {
        m.prefers(Channel.ONLINE);
      }
      network.member(m.build());
      known.add(knows);
      wanted.add(wants);
    }

    long periodSeconds = Duration.ofDays(days).toSeconds();
    // face-to-face layer
    Set<Long> offlinePairs = new HashSet<>();
    List<int[]> offline = new ArrayList<>();
    int offlineTarget = pairTarget(offlineDegree);
    for (int attempts = 0; offline.size() < offlineTarget && attempts < 50 * offlineTarget + 100; attempts++) {
      int @Nullable [] pair = drawPair(random, unit, unitMembers);
      if (pair != null && offlinePairs.add(key(pair[0], pair[1]))) {
        offline.add(pair);
      }
    }
    int tp = 0;
    List<Touchpoint> touchpoints = new ArrayList<>();
    for (int[] p : offline) {
      touchpoints.add(Touchpoint.between(TouchpointId.of("f" + ++tp), at(random, periodSeconds),
          random.nextBoolean() ? Medium.MEETING : Medium.MEAL, memberId(p[0]), memberId(p[1])));
    }
    // online layer: a share `overlap` of it on face-to-face pairs
    int onlineTarget = pairTarget(onlineDegree);
    int blended = Math.min(offline.size(), (int) Math.round(overlap * onlineTarget));
    List<int[]> shuffled = new ArrayList<>(offline);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int[] tmp = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, tmp);
    }
    List<int[]> online = new ArrayList<>(shuffled.subList(0, blended));
    Set<Long> onlinePairs = new HashSet<>();
    for (int[] p : online) {
      onlinePairs.add(key(p[0], p[1]));
    }
    for (int attempts = 0; online.size() < onlineTarget && attempts < 50 * onlineTarget + 100; attempts++) {
      int @Nullable [] pair = drawPair(random, unit, unitMembers);
      if (pair != null && !offlinePairs.contains(key(pair[0], pair[1])) && onlinePairs.add(key(pair[0], pair[1]))) {
        online.add(pair);
      }
    }
    tp = 0;
    for (int[] p : online) {
      Medium medium = random.nextBoolean() ? Medium.CHAT : Medium.FORUM_POST;
      int exchanges = 1 + random.nextInt(3);
      for (int x = 0; x < exchanges; x++) {
        int initiator = random.nextBoolean() ? p[0] : p[1];
        touchpoints.add(Touchpoint.builder(TouchpointId.of("o" + ++tp)).at(at(random, periodSeconds))
            .medium(medium).between(memberId(p[0]), memberId(p[1])).initiatedBy(memberId(initiator)).build());
      }
    }
    network.touchpoints(touchpoints);

    // events
    for (int e = 0; e < events; e++) {
      Instant begins = start.plus(Duration.ofSeconds(periodSeconds * (e + 1) / (events + 1)));
      List<MemberId> attendees = new ArrayList<>();
      for (int i = 0; i < members; i++) {
        if (random.nextDouble() < attendance) {
          attendees.add(memberId(i));
        }
      }
      while (attendees.size() < Math.min(2, members)) {
        MemberId extra = memberId(random.nextInt(members));
        if (!attendees.contains(extra)) {
          attendees.add(extra);
        }
      }
      network.event(Event.builder(EventId.of("e" + (e + 1))).title("Workshop " + (e + 1)).medium(Medium.WORKSHOP)
          .time(begins, begins.plus(Duration.ofHours(3))).topic(topicList.get(e % topics)).host(attendees.get(0))
          .attendees(attendees).build());
    }

    // questions and answers, with the give/take skew
    double[] propensity = new double[members];
    int[] rank = permutation(random, members);
    for (int i = 0; i < members; i++) {
      propensity[i] = StrictMath.pow(rank[i] + 1, -3 * giveTakeSkew);
    }
    List<Question> qs = new ArrayList<>();
    List<Answer> answers = new ArrayList<>();
    for (int q = 0; q < questions; q++) {
      int asker = random.nextInt(members);
      List<Integer> wants = wanted.get(asker);
      Set<Topic> about = new TreeSet<>();
      if (wants.isEmpty()) {
        about.add(topicList.get(random.nextInt(topics)));
      } else {
        about.add(topicList.get(wants.get(random.nextInt(wants.size()))));
        if (wants.size() > 1 && random.nextBoolean()) {
          about.add(topicList.get(wants.get(random.nextInt(wants.size()))));
        }
      }
      Instant asked = at(random, periodSeconds);
      QuestionId id = QuestionId.of("q" + (q + 1));
      qs.add(Question.of(id, memberId(asker), "Question " + (q + 1) + " about " + about, about, asked));
      if (random.nextDouble() >= answerRate) {
        continue;
      }
      double[] weight = new double[members];
      double total = 0;
      for (int i = 0; i < members; i++) {
        if (i != asker && knowsAny(known.get(i), about, topicList)) {
          weight[i] = propensity[i];
          total += weight[i];
        }
      }
      int count = 1 + (random.nextInt(3) == 0 ? 1 : 0);
      for (int a = 0; a < count && total > 0; a++) {
        double x = random.nextDouble() * total;
        int chosen = -1;
        for (int i = 0; i < members; i++) {
          if (weight[i] > 0) {
            chosen = i;
            x -= weight[i];
            if (x < 0) {
              break;
            }
          }
        }
        total -= weight[chosen];
        weight[chosen] = 0;
        answers.add(Answer.of(AnswerId.of("a" + (answers.size() + 1)), id, memberId(chosen),
            asked.plus(Duration.ofHours(1 + random.nextInt(48)))));
      }
    }
    return network.questions(qs).answers(answers).build();
  }

  private boolean knowsAny(Set<Integer> known, Set<Topic> about, List<Topic> topicList) {
    for (int t : known) {
      if (about.contains(topicList.get(t))) {
        return true;
      }
    }
    return false;
  }

  private int pairTarget(double degree) {
    long possible = (long) members * (members - 1) / 2;
    return (int) Math.min(possible, Math.round(members * degree / 2));
  }

  /** Two different members: the second from the first's unit with probability 1 - mixing. */
  private int @Nullable [] drawPair(Random random, int[] unit, int[][] unitMembers) {
    int a = random.nextInt(members);
    int b;
    if (units == 1 || random.nextDouble() >= mixing) {
      int[] same = unitMembers[unit[a]];
      b = same[random.nextInt(same.length)];
    } else {
      int u = random.nextInt(units - 1);
      if (u >= unit[a]) {
        u++;
      }
      int[] other = unitMembers[u];
      b = other[random.nextInt(other.length)];
    }
    return a == b ? null : a < b ? new int[] {a, b} : new int[] {b, a};
  }

  private static long key(int a, int b) {
    return (long) Math.min(a, b) << 32 | Math.max(a, b);
  }

  private Instant at(Random random, long periodSeconds) {
    return start.plusSeconds((long) (random.nextDouble() * periodSeconds));
  }

  private static int[] permutation(Random random, int n) {
    int[] p = new int[n];
    Arrays.setAll(p, i -> i);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = p[i];
      p[i] = p[j];
      p[j] = tmp;
    }
    return p;
  }

  /** The options, for the record: {@code BlendedCommunity[members=120, units=4, …, seed=1]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BlendedCommunity[members=%d, units=%d, topics=%d, offlineDegree=%s, "
        + "onlineDegree=%s, overlap=%s, mixing=%s, events=%d, attendance=%s, questions=%d, answerRate=%s, "
        + "giveTakeSkew=%s, seed=%d]", members, units, topics, offlineDegree, onlineDegree, overlap, mixing, events,
        attendance, questions, answerRate, giveTakeSkew, seed);
  }

  /**
   * The options of a {@link BlendedCommunity}; each setter checks its value and names it when it is
   * impossible ("members must be >= 2 but was 0").
   *
   * @implNote Not thread-safe.
   * @since 0.1
   */
  public static final class Builder {
    private int members = 120;
    private int units = 4;
    private int topics = 12;
    private int expertisePerMember = 2;
    private int interestsPerMember = 2;
    private double offlineDegree = 4;
    private double onlineDegree = 4;
    private double overlap = 0.3;
    private double mixing = 0.2;
    private int events = 6;
    private double attendance = 0.15;
    private int questions = 200;
    private double answerRate = 0.8;
    private double giveTakeSkew = 0.5;
    private String organisation = "Network";
    private Instant start = Instant.parse("2026-01-05T09:00:00Z");
    private int days = 90;
    private long seed = 1;

    private Builder() {}

    /** The number of members, at least 2 (default 120). */
    public Builder members(int members) {
      this.members = atLeast("members", members, 2);
      return this;
    }

    /** The number of units, at least 1 (default 4); checked against members in {@link #build()}. */
    public Builder units(int units) {
      this.units = atLeast("units", units, 1);
      return this;
    }

    /** How many topics, 1 to {@link #TOPIC_NAMES}' size (default 12). */
    public Builder topics(int topics) {
      if (topics < 1 || topics > TOPIC_NAMES.size()) {
        throw new IllegalArgumentException("topics must be in [1, " + TOPIC_NAMES.size() + "] but was " + topics);
      }
      this.topics = topics;
      return this;
    }

    /** How many topics each member knows (default 2). */
    public Builder expertisePerMember(int count) {
      this.expertisePerMember = atLeast("expertisePerMember", count, 0);
      return this;
    }

    /** How many topics each member wants to learn (default 2). */
    public Builder interestsPerMember(int count) {
      this.interestsPerMember = atLeast("interestsPerMember", count, 0);
      return this;
    }

    /** The mean number of face-to-face ties per member (default 4). */
    public Builder offlineDegree(double degree) {
      this.offlineDegree = nonNegative("offlineDegree", degree);
      return this;
    }

    /** The mean number of online ties per member (default 4). */
    public Builder onlineDegree(double degree) {
      this.onlineDegree = nonNegative("onlineDegree", degree);
      return this;
    }

    /** The share of online ties between members who also meet face to face, in [0, 1] (default 0.3). */
    public Builder overlap(double overlap) {
      this.overlap = share("overlap", overlap);
      return this;
    }

    /** The share of ties (and of topic draws) that cross units, in [0, 1] (default 0.2). */
    public Builder mixing(double mixing) {
      this.mixing = share("mixing", mixing);
      return this;
    }

    /** The number of face-to-face events (default 6). */
    public Builder events(int events) {
      this.events = atLeast("events", events, 0);
      return this;
    }

    /** The probability that a member attends an event, in [0, 1] (default 0.15). */
    public Builder attendance(double attendance) {
      this.attendance = share("attendance", attendance);
      return this;
    }

    /** The number of questions asked (default 200). */
    public Builder questions(int questions) {
      this.questions = atLeast("questions", questions, 0);
      return this;
    }

    /** The probability that a question is answered at all, in [0, 1] (default 0.8). */
    public Builder answerRate(double rate) {
      this.answerRate = share("answerRate", rate);
      return this;
    }

    /** How much answering concentrates on a few givers, in [0, 1]: 0 even, 1 a few give most (default 0.5). */
    public Builder giveTakeSkew(double skew) {
      this.giveTakeSkew = share("giveTakeSkew", skew);
      return this;
    }

    /** The organisation every unit belongs to (default "Network"). */
    public Builder organisation(String organisation) {
      Objects.requireNonNull(organisation, "organisation");
      if (organisation.isBlank()) {
        throw new IllegalArgumentException("organisation must not be blank");
      }
      this.organisation = organisation;
      return this;
    }

    /** When the period starts (default 2026-01-05T09:00:00Z). */
    public Builder start(Instant start) {
      this.start = Objects.requireNonNull(start, "start");
      return this;
    }

    /** How long the period lasts, in days, at least 1 (default 90). */
    public Builder days(int days) {
      this.days = atLeast("days", days, 1);
      return this;
    }

    /** The seed of every random choice (default 1). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The generator.
     *
     * @throws IllegalArgumentException if there are more units than members
     */
    public BlendedCommunity build() {
      if (units > members) {
        throw new IllegalArgumentException("units must be <= members (" + members + ") but was " + units);
      }
      return new BlendedCommunity(this);
    }

    private static int atLeast(String name, int value, int min) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be >= " + min + " but was " + value);
      }
      return value;
    }

    private static double nonNegative(String name, double value) {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(name + " must be a finite number >= 0 but was " + value);
      }
      return value;
    }

    private static double share(String name, double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException(name + " must be in [0, 1] but was " + value);
      }
      return value;
    }
  }
}
