package org.blendnet.examples.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
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
import org.blendnet.core.ProgressListener;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.match.LoadTracker;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.silo.SiloDetector;
import org.blendnet.metrics.Inequality;
import org.jspecify.annotations.Nullable;

/**
 * A small agent-based simulation of a blended community: over T rounds members ask questions, a
 * {@link RoutingPolicy} decides whom to ask, the asked answer or not, and events bring members face to
 * face. It records per round the answer rate, the time to a first answer, the Gini coefficient of the
 * answering load, the share of takers who became givers, and the network's E-I index across units.
 *
 * <pre>{@code
 * Network start = BlendedCommunity.builder().members(120).seed(7).build().generate();
 * Simulation simulation = Simulation.builder(start).rounds(12).questionsPerRound(40).seed(7).build();
 * SimulationResult random = simulation.run(RoutingPolicies.random());
 * SimulationResult matched = simulation.run(RoutingPolicies.matchmaker());
 * }</pre>
 *
 * <p><b>The model</b> (every draw seeded; the questions and events of a round do not depend on the policy,
 * so policies are compared on the same questions — common random numbers):
 * <ul>
 *   <li>Each member has an innate willingness to help, uniform in [0.2, 1], raised by 0.15 for every
 *       answer they have received (capped at 1): members who are helped help more (Nowak &amp; Roch,
 *       "Upstream reciprocity and the evolution of gratitude", Proc. R. Soc. B 274, 2007,
 *       doi:10.1098/rspb.2006.0125).
 *   <li>A round lasts {@code roundLength} from its start. Its questions come from uniformly drawn askers, on
 *       one of their interests (any topic if they have none), at uniform times in the round; each is sent to
 *       the {@code asksPerQuestion} members the policy names.
 *   <li>An asked member answers with probability {@code answerProbability} × knowledge × willingness ×
 *       fatigue, where knowledge is their best {@link ExpertiseLevel#weight()} in the question's topics
 *       (0.05 if they know none) and fatigue 1 / (1 + a / c) for the a answers they gave this round and their
 *       capacity c. They answer after 1 + 12 · E · (1 + a / c) hours, E a unit exponential draw: busy
 *       members are slower. Each answer is an {@link Answer} and an online touchpoint
 *       ({@link Medium#QA_BOARD}) from answerer to asker.
 *   <li>Each of the round's {@code eventsPerRound} events gathers {@code eventSize} uniformly drawn
 *       members; each attendee meets {@code meetingsPerAttendee} others, one face-to-face touchpoint
 *       ({@link Medium#EVENT}) per pair met.
 * </ul>
 * Logarithms are taken with {@link StrictMath}, so a run gives the same figures on every JDK and platform.
 * A round costs O(q · (n + route)) for q questions and n members, plus building a {@link SocialGraph}
 * and the silo figures, O(n + m log m), and re-validating the grown network.
 *
 * @implNote Thread-safe: immutable; each {@link #run(RoutingPolicy)} keeps its state on its own stack and
 *     may run concurrently with others.
 * @since 0.1
 */
public final class Simulation {

  private static final double HELPED_BONUS = 0.15;
  private static final double UNKNOWN_TOPIC = 0.05;

  private final Network start;
  private final int rounds;
  private final int questionsPerRound;
  private final int asksPerQuestion;
  private final Duration roundLength;
  private final int eventsPerRound;
  private final int eventSize;
  private final int meetingsPerAttendee;
  private final double answerProbability;
  private final Instant startAt;
  private final long seed;

  private Simulation(Builder b) {
    start = b.network;
    rounds = b.rounds;
    questionsPerRound = b.questionsPerRound;
    asksPerQuestion = b.asksPerQuestion;
    roundLength = b.roundLength;
    eventsPerRound = b.eventsPerRound;
    eventSize = Math.min(b.eventSize, b.network.members().size());
    meetingsPerAttendee = b.meetingsPerAttendee;
    answerProbability = b.answerProbability;
    startAt = b.startAt != null ? b.startAt : latest(b.network).plus(Duration.ofDays(1));
    seed = b.seed;
  }

  /**
   * A builder over the starting network.
   *
   * @throws IllegalArgumentException if the network has fewer than two members
   */
  public static Builder builder(Network network) {
    return new Builder(network);
  }

  /** Runs the simulation with {@code policy}. */
  public SimulationResult run(RoutingPolicy policy) {
    return run(policy, ProgressListener.NONE);
  }

  /** Runs the simulation with {@code policy}, reporting each round to {@code progress} (stage {@code "round"}). */
  public SimulationResult run(RoutingPolicy policy, ProgressListener progress) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(progress, "progress");
    return new Run(policy, progress).execute();
  }

  /** The instant the first round starts. */
  public Instant startAt() {
    return startAt;
  }

  /** {@code Simulation[12 rounds of 40 questions, 3 asked each, …, seed=7]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Simulation[%d rounds of %d questions, %d asked each, %d events of %d, "
        + "round %s, from %s, seed=%d, start=%s]", rounds, questionsPerRound, asksPerQuestion, eventsPerRound,
        eventSize, roundLength, startAt, seed, start);
  }

  private static Instant latest(Network network) {
    Instant latest = Instant.EPOCH;
    for (Touchpoint t : network.touchpoints()) {
      latest = t.at().isAfter(latest) ? t.at() : latest;
    }
    for (Question q : network.questions()) {
      latest = q.askedAt().isAfter(latest) ? q.askedAt() : latest;
    }
    for (Answer a : network.answers()) {
      latest = a.answeredAt().isAfter(latest) ? a.answeredAt() : latest;
    }
    for (Event e : network.events()) {
      latest = e.end().isAfter(latest) ? e.end() : latest;
    }
    return latest;
  }

  /** One run's state. */
  private final class Run {
    private final RoutingPolicy policy;
    private final ProgressListener progress;
    private final List<Member> members = start.members();
    private final int n = members.size();
    private final Map<MemberId, Integer> index = new HashMap<>();
    private final double[] innate = new double[n];
    private final int[] received = new int[n];
    private final Instant[] firstAsked = new Instant[n];
    private final boolean[] gaveAfterAsking = new boolean[n];
    private final Set<Long> offlinePairs = new HashSet<>();
    private final Random world = new Random(seed);
    private final Random answering = new Random(seed ^ 0x5DEECE66DL);
    private final Random policyRandom = new Random(seed * 31 + 17);
    private final LoadTracker load = LoadTracker.over(roundLength);
    private Network network = start;
    private int touchpointCount;
    private int answerCount;

    Run(RoutingPolicy policy, ProgressListener progress) {
      this.policy = policy;
      this.progress = progress;
      for (int i = 0; i < n; i++) {
        index.put(members.get(i).id(), i);
        innate[i] = 0.2 + 0.8 * world.nextDouble();
      }
      for (Touchpoint t : start.touchpoints()) {
        if (t.channel() == Channel.OFFLINE && t.participants().size() == 2) {
          offlinePairs.add(key(Objects.requireNonNull(index.get(t.participants().get(0))), Objects.requireNonNull(index.get(t.participants().get(1)))));
        }
      }
    }

    SimulationResult execute() {
      List<RoundStats> stats = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        stats.add(round(r));
        progress.progress("round", r + 1, rounds);
      }
      return new SimulationResult(policy.name(), stats, network);
    }

    private RoundStats round(int r) {
      Instant begins = startAt.plus(roundLength.multipliedBy(r));
      long seconds = roundLength.toSeconds();
      // the round's events and questions: drawn from the world's random source, whatever the policy
      List<Event> events = new ArrayList<>();
      List<Touchpoint> touchpoints = new ArrayList<>();
      int newOffline = 0;
      for (int e = 0; e < eventsPerRound; e++) {
        Instant at = begins.plusSeconds(seconds * (e + 1) / (eventsPerRound + 1));
        List<Integer> attendees = sample(world, eventSize);
        EventId id = EventId.of("sim-e" + r + "-" + e);
        List<MemberId> ids = attendees.stream().map(i -> members.get(i).id()).toList();
        events.add(Event.builder(id).title("Round " + r + " event " + e).medium(Medium.EVENT)
            .time(at, at.plus(Duration.ofHours(2))).attendees(ids).build());
        Set<Long> met = new TreeSet<>();
        for (int a : attendees) {
          for (int m = 0; m < meetingsPerAttendee && attendees.size() > 1; m++) {
            int b = attendees.get(world.nextInt(attendees.size()));
            if (b != a && met.add(key(a, b))) {
              touchpoints.add(Touchpoint.builder(TouchpointId.of("sim-t" + ++touchpointCount)).at(at)
                  .medium(Medium.EVENT).between(members.get(a).id(), members.get(b).id()).event(id).build());
              if (offlinePairs.add(key(a, b))) {
                newOffline++;
              }
            }
          }
        }
      }
      List<Question> questions = new ArrayList<>();
      for (int q = 0; q < questionsPerRound; q++) {
        int asker = world.nextInt(n);
        Member m = members.get(asker);
        List<Topic> wants = new ArrayList<>(m.interests());
        Topic topic = wants.isEmpty() ? anyTopic() : wants.get(world.nextInt(wants.size()));
        Instant at = begins.plusSeconds((long) (world.nextDouble() * seconds));
        questions.add(Question.of(QuestionId.of("sim-q" + r + "-" + q), m.id(), "Simulated question about " + topic,
            Set.of(topic), at));
      }
      questions.sort((x, y) -> x.askedAt().compareTo(y.askedAt()));

      // routing and answering
      RoutingPolicy.Router router = policy.prepare(new RoundContext(network, r, begins, load, policyRandom));
      int[] given = new int[n];
      List<Answer> answers = new ArrayList<>();
      int answered = 0;
      double hours = 0;
      for (Question q : questions) {
        int asker = Objects.requireNonNull(index.get(q.asker()));
        if (firstAsked[asker] == null) {
          firstAsked[asker] = q.askedAt();
        }
        List<MemberId> asked = router.route(q, asksPerQuestion);
        double first = Double.POSITIVE_INFINITY;
        Set<MemberId> seen = new LinkedHashSet<>();
        for (MemberId id : asked) {
          Integer j = index.get(id);
          if (j == null || j == asker || !seen.add(id) || seen.size() > asksPerQuestion) {
            throw new IllegalStateException("policy " + policy.name() + " routed question " + q.id()
                + " to " + id + ": not a member other than the asker, or listed twice, or beyond k");
          }
          Member answerer = members.get(j);
          double fatigue = 1.0 / (1 + (double) given[j] / Math.max(1, answerer.capacity()));
          double willingness = Math.min(1, innate[j] + HELPED_BONUS * received[j]);
          double p = answerProbability * knowledge(answerer, q.topics()) * willingness * fatigue;
          // draw both numbers whatever the outcome, so one answer does not shift the others' draws
          double u = answering.nextDouble();
          double delay = 1 + 12 * -StrictMath.log(1 - answering.nextDouble())
              * (1 + (double) given[j] / Math.max(1, answerer.capacity()));
          if (u >= p) {
            continue;
          }
          Instant at = q.askedAt().plusSeconds((long) (delay * 3600));
          answers.add(Answer.of(AnswerId.of("sim-a" + ++answerCount), q.id(), id, at));
          touchpoints.add(Touchpoint.builder(TouchpointId.of("sim-t" + ++touchpointCount)).at(at)
              .medium(Medium.QA_BOARD).between(id, q.asker()).initiatedBy(id).topics(q.topics()).build());
          load.record(id, at);
          given[j]++;
          received[asker]++;
          if (firstAsked[j] != null && !firstAsked[j].isAfter(at)) {
            gaveAfterAsking[j] = true;
          }
          first = Math.min(first, delay);
        }
        if (first < Double.POSITIVE_INFINITY) {
          answered++;
          hours += first;
        }
      }
      network = network.toBuilder().events(events).touchpoints(touchpoints).questions(questions).answers(answers)
          .build();

      double[] answersGiven = new double[n];
      for (int i = 0; i < n; i++) {
        answersGiven[i] = given[i];
      }
      int takers = 0;
      int givers = 0;
      for (int i = 0; i < n; i++) {
        if (firstAsked[i] != null) {
          takers++;
          givers += gaveAfterAsking[i] ? 1 : 0;
        }
      }
      double ei = SiloDetector.withDefaults().units(SocialGraph.of(network)).networkEiIndex();
      int asked = questions.size();
      return new RoundStats(r, asked, answered, asked == 0 ? 0 : (double) answered / asked,
          answered == 0 ? Double.NaN : hours / answered, Inequality.gini(answersGiven),
          takers == 0 ? 0 : (double) givers / takers, ei, newOffline);
    }

    private Topic anyTopic() {
      List<Topic> all = new ArrayList<>(new TreeSet<>(members.stream()
          .flatMap(m -> m.expertise().keySet().stream()).toList()));
      return all.isEmpty() ? Topic.of("general") : all.get(world.nextInt(all.size()));
    }

    private List<Integer> sample(Random random, int size) {
      int[] pool = new int[n];
      for (int i = 0; i < n; i++) {
        pool[i] = i;
      }
      List<Integer> chosen = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        int j = i + random.nextInt(n - i);
        int tmp = pool[i];
        pool[i] = pool[j];
        pool[j] = tmp;
        chosen.add(pool[i]);
      }
      return chosen;
    }
  }

  private static double knowledge(Member member, Set<Topic> topics) {
    double best = UNKNOWN_TOPIC;
    for (Topic t : topics) {
      best = Math.max(best, member.expertiseIn(t).map(ExpertiseLevel::weight).orElse(0.0));
    }
    return best;
  }

  private static long key(int a, int b) {
    return (long) Math.min(a, b) << 32 | Math.max(a, b);
  }

  /**
   * The settings of a {@link Simulation}; each setter names an impossible value in its exception.
   *
   * @implNote Not thread-safe.
   * @since 0.1
   */
  public static final class Builder {
    private final Network network;
    private int rounds = 12;
    private int questionsPerRound = 40;
    private int asksPerQuestion = 3;
    private Duration roundLength = Duration.ofDays(7);
    private int eventsPerRound = 1;
    private int eventSize = 12;
    private int meetingsPerAttendee = 2;
    private double answerProbability = 0.9;
    private @Nullable Instant startAt;
    private long seed = 1;

    private Builder(Network network) {
      this.network = Objects.requireNonNull(network, "network");
      if (network.members().size() < 2) {
        throw new IllegalArgumentException("a simulation needs at least 2 members but the network has "
            + network.members().size());
      }
    }

    /** The number of rounds, at least 1 (default 12). */
    public Builder rounds(int rounds) {
      this.rounds = atLeast("rounds", rounds, 1);
      return this;
    }

    /** Questions asked per round (default 40). */
    public Builder questionsPerRound(int questions) {
      this.questionsPerRound = atLeast("questionsPerRound", questions, 0);
      return this;
    }

    /** How many members each question is sent to, at least 1 (default 3). */
    public Builder asksPerQuestion(int k) {
      this.asksPerQuestion = atLeast("asksPerQuestion", k, 1);
      return this;
    }

    /** How long a round lasts, positive (default 7 days). */
    public Builder roundLength(Duration length) {
      Objects.requireNonNull(length, "length");
      if (length.isNegative() || length.isZero() || length.toSeconds() < 1) {
        throw new IllegalArgumentException("roundLength must be at least 1 second but was " + length);
      }
      this.roundLength = length;
      return this;
    }

    /** Face-to-face events per round (default 1). */
    public Builder eventsPerRound(int events) {
      this.eventsPerRound = atLeast("eventsPerRound", events, 0);
      return this;
    }

    /** Attendees per event, at least 2 (default 12; at most the members). */
    public Builder eventSize(int size) {
      this.eventSize = atLeast("eventSize", size, 2);
      return this;
    }

    /** How many others each attendee meets at an event (default 2). */
    public Builder meetingsPerAttendee(int meetings) {
      this.meetingsPerAttendee = atLeast("meetingsPerAttendee", meetings, 0);
      return this;
    }

    /** The chance that a willing expert who is not busy answers, in [0, 1] (default 0.9). */
    public Builder answerProbability(double p) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("answerProbability must be in [0, 1] but was " + p);
      }
      this.answerProbability = p;
      return this;
    }

    /** When the first round starts (default: a day after the network's latest record). */
    public Builder startAt(Instant at) {
      this.startAt = Objects.requireNonNull(at, "at");
      return this;
    }

    /** The seed of every random choice (default 1). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The simulation. */
    public Simulation build() {
      return new Simulation(this);
    }

    private static int atLeast(String name, int value, int min) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be >= " + min + " but was " + value);
      }
      return value;
    }
  }
}
