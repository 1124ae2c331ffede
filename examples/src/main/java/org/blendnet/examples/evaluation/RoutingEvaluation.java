package org.blendnet.examples.evaluation;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.ProgressListener;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.match.CoreSignals;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.match.GraphSignals;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * An offline evaluation of question routing on a real Stack Exchange site: replaying the site in time
 * order, each question is routed using only what was posted before it, and the ranking is compared with
 * the people who actually answered.
 *
 * <pre>{@code
 * RoutingEvaluation.Result r = RoutingEvaluation.run(Path.of("Posts.xml"), RoutingEvaluation.Options.defaults());
 * System.out.println(r);          // the table
 * String json = r.toJson();
 * }</pre>
 * or {@code java … org.blendnet.examples.evaluation.RoutingEvaluation Posts.xml [--snapshot-days N]
 * [--weights topic,proximity,activity] [--json]}.
 *
 * <h2>What the model may know</h2>
 * For a question asked at time t, the <em>past</em> is every post created strictly before t (with
 * {@link Options#snapshotInterval()} above zero, before the start of t's interval instead — still only the
 * past). From it:
 * <ul>
 *   <li><b>Expertise:</b> a member's expertise in a tag is the number of their past answers to questions with
 *       that tag: 1 → beginner, 2–3 → intermediate, 4–7 → advanced, 8 or more → expert.
 *   <li><b>Interaction graph:</b> each past answer is an online touchpoint ({@link Medium#QA_BOARD}) between
 *       the asker and the answerer, at the answer's time.
 *   <li><b>Activity:</b> when each member last answered, and how many answers each has given.
 * </ul>
 * Who answers the question, and anything posted at or after t, is hidden. Acceptance is never used as
 * evidence about earlier questions (the dump does not say when an answer was accepted).
 *
 * <h2>The methods compared</h2>
 * Each ranks up to {@link Options#depth()} members other than the asker, best first; members with nothing
 * in their favour (score 0) are not ranked. Ties are broken by member id in every method.
 * <ul>
 *   <li><b>most central</b>: by weighted degree (strength) in the past interaction graph — "route to the
 *       most central person".
 *   <li><b>popularity</b>: by the number of past answers.
 *   <li><b>topic only</b>: the {@link Matchmaker} with {@link CoreSignals#topicFit()} alone.
 *   <li><b>full model</b>: the Aardvark model (Horowitz &amp; Kamvar, "The anatomy of a large-scale social
 *       search engine", WWW 2010, doi:10.1145/1772690.1772735) as the {@link Matchmaker} composes it —
 *       topic fit (weight {@link Options#topicWeight()}), {@linkplain GraphSignals#socialProximity() social
 *       proximity} to the asker ({@link Options#proximityWeight()}) and availability as recent answering
 *       ({@link Options#activityWeight()}; half-life {@link Options#activityHalfLife()}), with the asker's
 *       {@linkplain GraphSignals#neighbourhood(int) graph neighbourhood} as extra candidates.
 * </ul>
 *
 * <h2>Ground truth and metrics</h2>
 * Two ground truths, each over the questions that have one: <b>answerers</b> — everyone (other than the
 * asker) who answered the question and had posted on the site before it was asked; <b>accepted</b> — the
 * author of the accepted answer, under the same condition. An answerer who had never posted before cannot
 * be known to any method; questions whose answerers are all such newcomers are counted as "cold start" and
 * left out, as are questions from deleted accounts and unanswered ones (all counted in the result).
 * Relevance is binary. For a ranking L and relevant set R: P@1 = [L₁ ∈ R]; NDCG@3 = DCG@3 / IDCG@3 with
 * {@code DCG@3 = Σ_{i≤3} [L_i ∈ R] / log₂(i + 1)} and IDCG@3 the DCG of min(|R|, 3) hits (Järvelin &amp;
 * Kekäläinen, "Cumulated gain-based evaluation of IR techniques", ACM TOIS 20(4), 2002,
 * doi:10.1145/582415.582418); P@10 = |L₁..₁₀ ∩ R| / 10; MRR = the mean of 1 / (rank of the first relevant
 * member), 0 if none is within the depth. Each is the mean over the questions evaluated.
 *
 * <h2>Cost</h2>
 * The posts are read once (streaming) and replayed once: the expertise counts, activity and touchpoints
 * grow incrementally, and a snapshot — network, graph and two matchmakers, O(n + p) for n members and p
 * past answers — is built only when something was posted since the last one (default) or once per
 * interval. So O(Q · (n + p)) in the worst case for Q questions; a site with a few thousand questions
 * takes seconds, and {@link Options#withSnapshotInterval(Duration)} bounds the snapshots of a large site
 * by its age in intervals. Each question then costs one ranking per method.
 *
 * @implNote Thread-safe: stateless; each run works on its own data.
 * @since 0.1
 */
public final class RoutingEvaluation {

  private RoutingEvaluation() {}

  /** The routing methods compared, in the table's order. */
  public enum Method {
    /** By weighted degree in the past interaction graph. */
    MOST_CENTRAL("most central"),
    /** By the number of past answers. */
    POPULARITY("popularity"),
    /** The matchmaker with topic fit alone. */
    TOPIC_ONLY("topic only"),
    /** Topic fit, social proximity and recent activity, with graph-neighbourhood candidates. */
    FULL_MODEL("full model");

    private final String label;

    Method(String label) {
      this.label = label;
    }

    /** The label in the table ("most central"). */
    public String label() {
      return label;
    }
  }

  /** Whom a ranking should have found. */
  public enum Truth {
    /** Everyone (but the asker) who answered and had posted before. */
    ANSWERERS("all answerers"),
    /** The author of the accepted answer, if they had posted before. */
    ACCEPTED("accepted answer's author");

    private final String label;

    Truth(String label) {
      this.label = label;
    }

    /** The label in the table. */
    public String label() {
      return label;
    }
  }

  /**
   * How to run the evaluation.
   *
   * @param depth how many members each method ranks (at least 10, for P@10)
   * @param snapshotInterval zero to rebuild the snapshot before each question that has new past; else
   *     one snapshot per interval of this length (UTC, from the epoch), seeing only posts before the interval
   * @param activityHalfLife the half-life of the recent-activity signal
   * @param topicWeight the full model's weight of topic fit
   * @param proximityWeight the full model's weight of social proximity
   * @param activityWeight the full model's weight of recent activity
   * @param neighbourhood how many graph neighbours the full model adds as candidates
   * @since 0.1
   */
  public record Options(int depth, Duration snapshotInterval, Duration activityHalfLife, double topicWeight,
      double proximityWeight, double activityWeight, int neighbourhood) {

    /**
     * Creates options.
     *
     * @throws IllegalArgumentException if {@code depth < 10}, {@code neighbourhood < 1}, the interval is
     *     negative, the half-life not positive, or a weight negative or not finite
     */
    public Options {
      Objects.requireNonNull(snapshotInterval, "snapshotInterval");
      Objects.requireNonNull(activityHalfLife, "activityHalfLife");
      if (depth < 10) {
        throw new IllegalArgumentException("depth must be >= 10 but was " + depth);
      }
      if (neighbourhood < 1) {
        throw new IllegalArgumentException("neighbourhood must be >= 1 but was " + neighbourhood);
      }
      if (snapshotInterval.isNegative()) {
        throw new IllegalArgumentException("snapshotInterval must not be negative but was " + snapshotInterval);
      }
      if (activityHalfLife.isNegative() || activityHalfLife.toSeconds() < 1) {
        throw new IllegalArgumentException("activityHalfLife must be at least a second but was " + activityHalfLife);
      }
      for (double w : new double[] {topicWeight, proximityWeight, activityWeight}) {
        if (!(w >= 0) || Double.isInfinite(w)) {
          throw new IllegalArgumentException("weights must be finite and >= 0 but were " + topicWeight + ", "
              + proximityWeight + ", " + activityWeight);
        }
      }
      if (!(topicWeight > 0)) {
        throw new IllegalArgumentException("topicWeight must be > 0 but was " + topicWeight);
      }
    }

    /** Depth 100, a snapshot per question, half-life 30 days, weights topic 3, proximity 1, activity 1, 200 neighbours. */
    public static Options defaults() {
      return new Options(100, Duration.ZERO, Duration.ofDays(30), 3, 1, 1, 200);
    }

    /** These options with one snapshot per {@code interval} (zero: per question). */
    public Options withSnapshotInterval(Duration interval) {
      return new Options(depth, interval, activityHalfLife, topicWeight, proximityWeight, activityWeight,
          neighbourhood);
    }

    /** These options ranking {@code depth} members per method (at least 10). */
    public Options withDepth(int depth) {
      return new Options(depth, snapshotInterval, activityHalfLife, topicWeight, proximityWeight, activityWeight,
          neighbourhood);
    }

    /** These options with the full model's weights. */
    public Options withWeights(double topic, double proximity, double activity) {
      return new Options(depth, snapshotInterval, activityHalfLife, topic, proximity, activity, neighbourhood);
    }
  }

  /**
   * The mean metrics of one method under one ground truth.
   *
   * @param questions how many questions they are averaged over
   * @param precisionAt1 P@1
   * @param ndcgAt3 NDCG@3
   * @param precisionAt10 P@10
   * @param mrr mean reciprocal rank (within the depth)
   * @since 0.1
   */
  public record Scores(int questions, double precisionAt1, double ndcgAt3, double precisionAt10, double mrr) {

    /** {@code P@1 0.312, NDCG@3 0.287, P@10 0.061, MRR 0.401 over 512 questions}. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P@1 %.3f, NDCG@3 %.3f, P@10 %.3f, MRR %.3f over %d questions",
          precisionAt1, ndcgAt3, precisionAt10, mrr, questions);
    }
  }

  /**
   * What an evaluation found. Immutable and thread-safe.
   *
   * @since 0.1
   */
  public static final class Result {
    private final String source;
    private final int questions;
    private final int answers;
    private final int fromDeletedAccounts;
    private final int unanswered;
    private final int coldStart;
    private final int snapshots;
    private final double seconds;
    private final Options options;
    private final Map<Truth, Map<Method, Scores>> scores;

    Result(String source, int questions, int answers, int fromDeletedAccounts, int unanswered, int coldStart,
        int snapshots, double seconds, Options options, Map<Truth, Map<Method, Scores>> scores) {
      this.source = source;
      this.questions = questions;
      this.answers = answers;
      this.fromDeletedAccounts = fromDeletedAccounts;
      this.unanswered = unanswered;
      this.coldStart = coldStart;
      this.snapshots = snapshots;
      this.seconds = seconds;
      this.options = options;
      Map<Truth, Map<Method, Scores>> copy = new EnumMap<>(Truth.class);
      scores.forEach((t, m) -> copy.put(t, Collections.unmodifiableMap(new EnumMap<>(m))));
      this.scores = Collections.unmodifiableMap(copy);
    }

    /** The metrics of {@code method} under {@code truth}. */
    public Scores scores(Truth truth, Method method) {
      return Objects.requireNonNull(Objects.requireNonNull(scores.get(Objects.requireNonNull(truth, "truth")))
          .get(Objects.requireNonNull(method, "method")));
    }

    /** The name of the posts read. */
    public String source() {
      return source;
    }

    /** The questions in the posts. */
    public int questions() {
      return questions;
    }

    /** The answers in the posts. */
    public int answers() {
      return answers;
    }

    /** Questions left out because the asker's account was deleted. */
    public int fromDeletedAccounts() {
      return fromDeletedAccounts;
    }

    /** Questions left out because nobody but the asker (with an account) answered. */
    public int unanswered() {
      return unanswered;
    }

    /** Questions left out because none of their answerers had posted before. */
    public int coldStart() {
      return coldStart;
    }

    /** How many snapshots (network, graph, matchmakers) were built. */
    public int snapshots() {
      return snapshots;
    }

    /** How long the replay took, in seconds (reading included when run from a file). */
    public double seconds() {
      return seconds;
    }

    /** The options used. */
    public Options options() {
      return options;
    }

    /** The result as a JSON document (options, counts and every metric). */
    public String toJson() {
      StringWriter out = new StringWriter();
      ObjectWriteContext pretty = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return new DefaultPrettyPrinter();
        }
      };
      try (JsonGenerator g = new JsonFactory().createGenerator(pretty, out)) {
        g.writeStartObject();
        g.writeStringProperty("source", source);
        g.writeNumberProperty("questions", questions);
        g.writeNumberProperty("answers", answers);
        g.writeName("leftOut");
        g.writeStartObject();
        g.writeNumberProperty("deletedAsker", fromDeletedAccounts);
        g.writeNumberProperty("unanswered", unanswered);
        g.writeNumberProperty("coldStart", coldStart);
        g.writeEndObject();
        g.writeName("options");
        g.writeStartObject();
        g.writeNumberProperty("depth", options.depth());
        g.writeStringProperty("snapshotInterval", options.snapshotInterval().toString());
        g.writeStringProperty("activityHalfLife", options.activityHalfLife().toString());
        g.writeNumberProperty("topicWeight", options.topicWeight());
        g.writeNumberProperty("proximityWeight", options.proximityWeight());
        g.writeNumberProperty("activityWeight", options.activityWeight());
        g.writeNumberProperty("neighbourhood", options.neighbourhood());
        g.writeEndObject();
        g.writeNumberProperty("snapshots", snapshots);
        g.writeNumberProperty("seconds", Math.round(seconds * 1000) / 1000.0);
        g.writeName("results");
        g.writeStartObject();
        for (Truth t : Truth.values()) {
          g.writeName(t.name().toLowerCase(Locale.ROOT));
          g.writeStartObject();
          for (Method m : Method.values()) {
            Scores s = scores(t, m);
            g.writeName(m.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            g.writeStartObject();
            g.writeNumberProperty("questions", s.questions());
            g.writeNumberProperty("p@1", s.precisionAt1());
            g.writeNumberProperty("ndcg@3", s.ndcgAt3());
            g.writeNumberProperty("p@10", s.precisionAt10());
            g.writeNumberProperty("mrr", s.mrr());
            g.writeEndObject();
          }
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      return out.toString();
    }

    /** The table: one block per ground truth, one row per method, and what was left out. */
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT, "Question routing on %s: %d questions, %d answers, replayed in time"
          + " order (%d snapshots, %.1f s)%n", source, questions, answers, snapshots, seconds));
      for (Truth t : Truth.values()) {
        s.append(String.format(Locale.ROOT, "%nground truth: %s (%d questions)%n", t.label(),
            scores(t, Method.FULL_MODEL).questions()));
        s.append(String.format(Locale.ROOT, "%-14s %7s %7s %7s %7s%n", "method", "P@1", "NDCG@3", "P@10", "MRR"));
        for (Method m : Method.values()) {
          Scores x = scores(t, m);
          s.append(String.format(Locale.ROOT, "%-14s %7.3f %7.3f %7.3f %7.3f%n", m.label(), x.precisionAt1(),
              x.ndcgAt3(), x.precisionAt10(), x.mrr()));
        }
      }
      s.append(String.format(Locale.ROOT, "%nleft out: %d from deleted accounts, %d unanswered, %d cold start"
          + " (no answerer had posted before)", fromDeletedAccounts, unanswered, coldStart));
      return s.toString();
    }
  }

  // ---- running -------------------------------------------------------------------------------------

  /**
   * Reads {@code postsXml} and evaluates routing on it.
   *
   * @throws org.blendnet.core.io.NetworkFormatException if the file is malformed (with the location)
   * @throws java.io.UncheckedIOException if it cannot be read
   */
  public static Result run(Path postsXml, Options options) {
    return run(postsXml, options, ProgressListener.NONE);
  }

  /**
   * Reads {@code postsXml} and evaluates routing on it, reporting the replay to {@code progress} (stage
   * {@code "replaying questions"}, at most about a hundred reports).
   *
   * @throws org.blendnet.core.io.NetworkFormatException if the file is malformed (with the location)
   * @throws java.io.UncheckedIOException if it cannot be read
   */
  public static Result run(Path postsXml, Options options, ProgressListener progress) {
    Objects.requireNonNull(postsXml, "postsXml");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    long start = System.nanoTime();
    StackExchangePosts posts = StackExchangePosts.read(postsXml);
    return new Replay(posts, options, start).run(progress);
  }

  /** Evaluates routing on posts already read. */
  public static Result run(StackExchangePosts posts, Options options) {
    Objects.requireNonNull(posts, "posts");
    Objects.requireNonNull(options, "options");
    return new Replay(posts, options, System.nanoTime()).run(ProgressListener.NONE);
  }

  /**
   * Runs the evaluation from the command line and prints the table (or, with {@code --json}, the JSON).
   *
   * @param args {@code Posts.xml [--snapshot-days N] [--weights topic,proximity,activity] [--json]}
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: RoutingEvaluation Posts.xml [--snapshot-days N] [--weights t,p,a] [--json]");
      System.exit(2);
      return;
    }
    Options options = Options.defaults();
    boolean json = false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--json")) {
        json = true;
      } else if (args[i].equals("--snapshot-days") && i + 1 < args.length) {
        options = options.withSnapshotInterval(Duration.ofDays(Long.parseLong(args[++i])));
      } else if (args[i].equals("--weights") && i + 1 < args.length) {
        String[] w = args[++i].split(",", -1);
        if (w.length != 3) {
          throw new IllegalArgumentException("--weights must be topic,proximity,activity but was " + args[i]);
        }
        options = options.withWeights(Double.parseDouble(w[0]), Double.parseDouble(w[1]), Double.parseDouble(w[2]));
      } else {
        throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    Result result = run(Path.of(args[0]), options);
    System.out.println(json ? result.toJson() : result.toString());
  }

  /** The expertise level of {@code answers} past answers in a tag. */
  static ExpertiseLevel level(int answers) {
    return answers >= 8 ? ExpertiseLevel.EXPERT : answers >= 4 ? ExpertiseLevel.ADVANCED
        : answers >= 2 ? ExpertiseLevel.INTERMEDIATE : ExpertiseLevel.BEGINNER;
  }

  /** The metrics of one ranking against one relevant set: {@code [P@1, NDCG@3, P@10, RR]}. */
  static double[] metrics(List<MemberId> ranking, Set<MemberId> relevant) {
    double p1 = !ranking.isEmpty() && relevant.contains(ranking.get(0)) ? 1 : 0;
    double dcg = 0;
    double ideal = 0;
    for (int i = 0; i < 3; i++) {
      double gain = 1 / (Math.log(i + 2) / Math.log(2));
      if (i < ranking.size() && relevant.contains(ranking.get(i))) {
        dcg += gain;
      }
      if (i < relevant.size()) {
        ideal += gain;
      }
    }
    int hits10 = 0;
    for (int i = 0; i < Math.min(10, ranking.size()); i++) {
      hits10 += relevant.contains(ranking.get(i)) ? 1 : 0;
    }
    double rr = 0;
    for (int i = 0; i < ranking.size(); i++) {
      if (relevant.contains(ranking.get(i))) {
        rr = 1.0 / (i + 1);
        break;
      }
    }
    return new double[] {p1, ideal == 0 ? 0 : dcg / ideal, hits10 / 10.0, rr};
  }

  /** One replay of a site. Not thread-safe. */
  private static final class Replay {
    private final StackExchangePosts posts;
    private final Options options;
    private final long start;
    private final Map<Long, SitePost> questionById = new HashMap<>();
    private final Map<Long, List<SitePost>> answersTo = new HashMap<>();
    /** All posts, questions and answers, in time order (then id): the past is a prefix of it. */
    private final List<SitePost> timeline = new ArrayList<>();
    private int applied;
    private boolean changed = true;
    private final TreeMap<Long, TreeMap<String, Integer>> expertise = new TreeMap<>();
    private final Map<Long, Integer> answerCounts = new HashMap<>();
    private final Map<MemberId, Instant> lastAnswer = new HashMap<>();
    private final Set<Long> active = new HashSet<>();
    private final List<Touchpoint> touchpoints = new ArrayList<>();
    private final Map<Truth, Map<Method, double[]>> sums = new EnumMap<>(Truth.class);
    private final Map<Truth, Integer> counted = new EnumMap<>(Truth.class);
    private int snapshots;
    private @Nullable Snapshot snapshot;
    private Instant snapshotAt = Instant.MIN;

    Replay(StackExchangePosts posts, Options options, long start) {
      this.posts = posts;
      this.options = options;
      this.start = start;
      for (SitePost q : posts.questions()) {
        questionById.put(q.id(), q);
      }
      for (SitePost a : posts.answers()) {
        answersTo.computeIfAbsent(a.parentId(), k -> new ArrayList<>()).add(a);
      }
      timeline.addAll(posts.questions());
      timeline.addAll(posts.answers());
      timeline.sort((x, y) -> {
        int c = x.created().compareTo(y.created());
        return c != 0 ? c : Long.compare(x.id(), y.id());
      });
      for (Truth t : Truth.values()) {
        Map<Method, double[]> m = new EnumMap<>(Method.class);
        for (Method method : Method.values()) {
          m.put(method, new double[4]);
        }
        sums.put(t, m);
        counted.put(t, 0);
      }
    }

    Result run(ProgressListener progress) {
      int deleted = 0;
      int unanswered = 0;
      int cold = 0;
      int total = posts.questions().size();
      int step = Math.max(1, total / 100);
      int done = 0;
      for (SitePost q : posts.questions()) {
        if (done++ % step == 0) {
          progress.progress("replaying questions", done - 1, total);
        }
        if (q.owner().isEmpty()) {
          deleted++;
          continue;
        }
        long asker = q.owner().getAsLong();
        Instant cut = cutOff(q.created());
        advance(cut);
        Set<MemberId> answerers = new LinkedHashSet<>();
        boolean anyAnswer = false;
        for (SitePost a : answersTo.getOrDefault(q.id(), List.of())) {
          if (a.owner().isPresent() && a.owner().getAsLong() != asker) {
            anyAnswer = true;
            if (active.contains(a.owner().getAsLong())) {
              answerers.add(member(a.owner().getAsLong()));
            }
          }
        }
        if (!anyAnswer) {
          unanswered++;
          continue;
        }
        if (answerers.isEmpty()) {
          cold++;
          continue;
        }
        Set<MemberId> accepted = new HashSet<>();
        for (SitePost a : answersTo.getOrDefault(q.id(), List.of())) {
          if (a.id() == q.acceptedAnswerId() && a.owner().isPresent()
              && answerers.contains(member(a.owner().getAsLong()))) {
            accepted.add(member(a.owner().getAsLong()));
          }
        }
        Snapshot s = snapshot(cut, q);
        for (Method m : Method.values()) {
          List<MemberId> ranking = s.rank(m, q);
          add(Truth.ANSWERERS, m, metrics(ranking, answerers));
          if (!accepted.isEmpty()) {
            add(Truth.ACCEPTED, m, metrics(ranking, accepted));
          }
        }
        counted.merge(Truth.ANSWERERS, 1, Integer::sum);
        if (!accepted.isEmpty()) {
          counted.merge(Truth.ACCEPTED, 1, Integer::sum);
        }
      }
      progress.progress("replaying questions", total, total);
      Map<Truth, Map<Method, Scores>> scores = new EnumMap<>(Truth.class);
      for (Truth t : Truth.values()) {
        Map<Method, Scores> m = new EnumMap<>(Method.class);
        int n = Objects.requireNonNull(counted.get(t));
        for (Method method : Method.values()) {
          double[] x = Objects.requireNonNull(Objects.requireNonNull(sums.get(t)).get(method));
          m.put(method, n == 0 ? new Scores(0, 0, 0, 0, 0) : new Scores(n, x[0] / n, x[1] / n, x[2] / n, x[3] / n));
        }
        scores.put(t, m);
      }
      return new Result(posts.source(), posts.questions().size(), posts.answers().size(), deleted, unanswered,
          cold, snapshots, (System.nanoTime() - start) / 1e9, options, scores);
    }

    private void add(Truth t, Method m, double[] values) {
      double[] sum = Objects.requireNonNull(Objects.requireNonNull(sums.get(t)).get(m));
      for (int i = 0; i < values.length; i++) {
        sum[i] += values[i];
      }
    }

    /** The instant before which posts are known when a question is asked at {@code t}. */
    private Instant cutOff(Instant t) {
      if (options.snapshotInterval().isZero()) {
        return t;
      }
      long length = options.snapshotInterval().toMillis();
      long ms = t.toEpochMilli();
      return Instant.ofEpochMilli(Math.floorDiv(ms, length) * length);
    }

    /** Applies every post created before {@code cut}. */
    private void advance(Instant cut) {
      while (applied < timeline.size() && timeline.get(applied).created().isBefore(cut)) {
        SitePost p = timeline.get(applied++);
        changed = true;
        if (p.owner().isEmpty()) {
          continue;
        }
        long user = p.owner().getAsLong();
        active.add(user);
        if (p.question()) {
          continue;
        }
        SitePost q = questionById.get(p.parentId());
        if (q == null) {
          continue; // an orphan answer, counted by StackExchangePosts: no tags, no asker to tie to
        }
        TreeMap<String, Integer> tags = expertise.computeIfAbsent(user, k -> new TreeMap<>());
        for (String tag : q.tags()) {
          tags.merge(tag, 1, Integer::sum);
        }
        answerCounts.merge(user, 1, Integer::sum);
        lastAnswer.put(member(user), p.created());
        if (q.owner().isPresent() && q.owner().getAsLong() != user) {
          touchpoints.add(Touchpoint.between(TouchpointId.of("a" + p.id()), p.created(), Medium.QA_BOARD,
              member(q.owner().getAsLong()), member(user)));
        }
      }
    }

    private Snapshot snapshot(Instant cut, SitePost question) {
      MemberId asker = member(question.owner().getAsLong());
      if (snapshot == null || changed || !snapshot.has(asker) || !cut.equals(snapshotAt)) {
        // the askers of the questions this snapshot may serve, so that a first-time asker is a member
        Set<Long> askers = new TreeSet<>();
        askers.add(question.owner().getAsLong());
        if (!options.snapshotInterval().isZero()) {
          Instant end = cut.plus(options.snapshotInterval());
          for (SitePost q : posts.questions()) {
            if (!q.created().isBefore(cut) && q.created().isBefore(end) && q.owner().isPresent()) {
              askers.add(q.owner().getAsLong());
            }
          }
        }
        snapshot = new Snapshot(askers);
        snapshotAt = cut;
        changed = false;
        snapshots++;
      }
      return snapshot;
    }

    static MemberId member(long user) {
      return MemberId.of("u" + user);
    }

    /** The network, graph and matchmakers of one moment of the replay. */
    private final class Snapshot {
      private final Set<MemberId> members = new HashSet<>();
      private final Matchmaker topicOnly;
      private final Matchmaker full;
      private final List<MemberId> byCentrality;
      private final List<MemberId> byPopularity;

      Snapshot(Set<Long> askers) {
        Set<Long> users = new TreeSet<>(active);
        users.addAll(askers);
        List<Member> list = new ArrayList<>(users.size());
        for (long u : users) {
          Member.Builder b = Member.builder(member(u));
          TreeMap<String, Integer> tags = expertise.get(u);
          if (tags != null) {
            tags.forEach((tag, n) -> b.expertise(Topic.of(tag), level(n)));
          }
          Member m = b.build();
          list.add(m);
          members.add(m.id());
        }
        Network network = Network.builder().members(list).touchpoints(touchpoints).build();
        SocialGraph graph = SocialGraph.of(network);
        GraphSignals g = GraphSignals.of(graph);
        topicOnly = Matchmaker.builder(network).signal(CoreSignals.topicFit(), 1).build();
        full = Matchmaker.builder(network).signal(CoreSignals.topicFit(), options.topicWeight())
            .signal(g.socialProximity(), options.proximityWeight())
            .signal(new RecentActivity(lastAnswer, options.activityHalfLife()), options.activityWeight())
            .candidateSource(g.neighbourhood(options.neighbourhood())).build();
        List<MemberId> central = new ArrayList<>();
        for (int v = 0; v < graph.nodeCount(); v++) {
          if (graph.strength(v) > 0) {
            central.add(graph.member(v));
          }
        }
        central.sort((a, b) -> {
          int c = Double.compare(graph.strength(graph.node(b)), graph.strength(graph.node(a)));
          return c != 0 ? c : a.compareTo(b);
        });
        byCentrality = central;
        List<MemberId> popular = new ArrayList<>();
        answerCounts.forEach((u, n) -> popular.add(member(u)));
        popular.sort((a, b) -> {
          int c = Integer.compare(answerCounts.getOrDefault(user(b), 0), answerCounts.getOrDefault(user(a), 0));
          return c != 0 ? c : a.compareTo(b);
        });
        byPopularity = popular;
      }

      boolean has(MemberId m) {
        return members.contains(m);
      }

      private long user(MemberId m) {
        return Long.parseLong(m.value().substring(1));
      }

      List<MemberId> rank(Method method, SitePost q) {
        MemberId asker = member(q.owner().getAsLong());
        int depth = options.depth();
        switch (method) {
          case MOST_CENTRAL:
            return top(byCentrality, asker, depth);
          case POPULARITY:
            return top(byPopularity, asker, depth);
          default:
            Set<Topic> topics = new TreeSet<>();
            for (String tag : q.tags()) {
              topics.add(Topic.of(tag));
            }
            MatchOptions o = MatchOptions.defaults().withK(depth).withAsOf(q.created());
            Matchmaker m = method == Method.TOPIC_ONLY ? topicOnly : full;
            return m.routeQuestion(asker, topics, o).answerers().members();
        }
      }

      private List<MemberId> top(List<MemberId> ranked, MemberId asker, int depth) {
        List<MemberId> out = new ArrayList<>(Math.min(depth, ranked.size()));
        for (MemberId m : ranked) {
          if (out.size() == depth) {
            break;
          }
          if (!m.equals(asker)) {
            out.add(m);
          }
        }
        return out;
      }
    }
  }
}
