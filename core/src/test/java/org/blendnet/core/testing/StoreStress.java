package org.blendnet.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.blendnet.core.Answer;
import org.blendnet.core.AnswerId;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.NetworkStore;
import org.blendnet.core.NetworkValidationException;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Rule;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.Violation;

/**
 * A concurrency stress test of {@link NetworkStore}, shared by the unit test (a small run) and the
 * benchmark runner (a million touchpoints): writer threads append touchpoints — one at a time and in
 * batches, some batches bringing a new member their touchpoints involve — plus members, questions and
 * answers along the way and, about once in two hundred operations, an append built to be rejected;
 * reader threads meanwhile take snapshots and check each one.
 *
 * <p>What is checked:
 * <ul>
 *   <li>by the writers: every append built to be valid is accepted, every one built to be invalid is
 *       rejected with the {@link Rule} it was built to break;
 *   <li>on every snapshot a reader takes: it extends the reader's previous snapshot (the same records in
 *       the same places, checked at the seam and at random places) and never goes backwards; each
 *       writer's records appear as a prefix of its operations (its touchpoints in sequence, with no gap,
 *       no repeat) and that prefix ends at an operation's boundary — no batch is seen in part; no record
 *       of a rejected append appears. The records new since the reader's previous snapshot are checked
 *       one by one, and every eighth snapshot all of them. A sample of look-ups
 *       ({@code touchpoint(id)}, {@code touchpointsOf}, {@code answersTo}) finds only records the
 *       snapshot holds, whose references resolve in it, in time order;
 *   <li>at the end: every accepted append is present exactly once, nothing else is, and the final
 *       snapshot passes a full validation by {@link Network.Builder#build()} and equals its result.
 * </ul>
 *
 * <p>All operations are generated (from the seed) before the clock starts, so the throughput measured
 * is that of the store. Failures are collected, not thrown, so that one run reports them all.
 *
 * @implNote Thread-safe: {@link #run(Settings)} uses its own threads and state.
 */
public final class StoreStress {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final String BAD = "bad-";

  /**
   * What to run.
   *
   * @param writers appending threads (at most 9: a writer's digit is part of its ids)
   * @param readers snapshot-checking threads
   * @param touchpoints touchpoints the writers append in all (besides those of rejected appends)
   * @param initialMembers members in the store before the writers start
   * @param fullValidations how many snapshots, at most, each reader also re-validates in full (O(n) each)
   * @param readerPauseMicros how long a reader waits between two snapshots; 0: it checks snapshots flat out
   * @param seed the seed of every random choice
   */
  public record Settings(int writers, int readers, int touchpoints, int initialMembers, int fullValidations,
      long readerPauseMicros, long seed) {
    /** Checks the settings. */
    public Settings {
      if (writers < 1 || writers > 9) {
        throw new IllegalArgumentException("writers must be between 1 and 9 but was " + writers);
      }
      if (readers < 0) {
        throw new IllegalArgumentException("readers must be >= 0 but was " + readers);
      }
      if (touchpoints < writers) {
        throw new IllegalArgumentException("touchpoints must be >= writers but was " + touchpoints);
      }
      if (initialMembers < 2) {
        throw new IllegalArgumentException("initialMembers must be >= 2 but was " + initialMembers);
      }
      if (readerPauseMicros < 0) {
        throw new IllegalArgumentException("readerPauseMicros must be >= 0 but was " + readerPauseMicros);
      }
    }
  }

  /**
   * What happened.
   *
   * @param acceptedTouchpoints touchpoints in the final snapshot
   * @param acceptedAppends appends accepted (a batch counts once)
   * @param rejectedAppends appends rejected, as built to be
   * @param snapshotsChecked snapshots the readers took and checked
   * @param fullValidations snapshots re-validated in full
   * @param appendTime from the writers' start to the last writer's end
   * @param failures every check that failed, in words; empty if all held
   */
  public record Result(long acceptedTouchpoints, long acceptedAppends, long rejectedAppends, long snapshotsChecked,
      long fullValidations, Duration appendTime, List<String> failures) {

    /** Accepted touchpoints per second of append time. */
    public double touchpointsPerSecond() {
      return acceptedTouchpoints / Math.max(1e-9, appendTime.toNanos() / 1e9);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "StoreStress.Result[touchpoints=%,d, appends=%,d accepted / %,d rejected, snapshots checked=%,d "
              + "(%d fully), append time=%.3f s, %,.0f touchpoints/s, failures=%d%s]",
          acceptedTouchpoints, acceptedAppends, rejectedAppends, snapshotsChecked, fullValidations,
          appendTime.toNanos() / 1e9, touchpointsPerSecond(), failures.size(),
          failures.isEmpty() ? "" : ": " + failures.subList(0, Math.min(5, failures.size())));
    }
  }

  private StoreStress() {}

  /** One append a writer makes, and what the writer's counts are once it is accepted. */
  private record Op(Consumer<NetworkStore> append, int touchpointsAfter, int membersAfter, Rule expected,
      boolean valid, String what) {}

  /** A writer's operations and the boundaries (touchpoints, members) a snapshot may show of it. */
  private record Plan(List<Op> ops, long[] boundaries, List<Touchpoint> touchpoints, int members, int appends) {}

  /**
   * Runs the stress test.
   *
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  public static Result run(Settings settings) throws InterruptedException {
    Objects.requireNonNull(settings, "settings");
    NetworkStore store = NetworkStore.create();
    List<MemberId> initial = new ArrayList<>();
    NetworkStore.Batch first = NetworkStore.batch();
    for (int i = 0; i < settings.initialMembers(); i++) {
      MemberId id = MemberId.of("m" + i);
      initial.add(id);
      first.member(Member.of(id, "Member " + i));
    }
    store.append(first);

    List<Plan> plans = new ArrayList<>();
    for (int w = 0; w < settings.writers(); w++) {
      int quota = settings.touchpoints() / settings.writers() + (w < settings.touchpoints() % settings.writers() ? 1 : 0);
      plans.add(plan(w, quota, initial, new Random(settings.seed() * 31 + w)));
    }

    Queue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicLong accepted = new AtomicLong();
    AtomicLong rejected = new AtomicLong();
    AtomicLong snapshots = new AtomicLong();
    AtomicLong validations = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch writersDone = new CountDownLatch(settings.writers());
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < settings.writers(); w++) {
      Plan plan = plans.get(w);
      int writer = w;
      threads.add(new Thread(() -> {
        try {
          await(start);
          write(store, writer, plan, accepted, rejected, failures);
        } finally {
          writersDone.countDown();
        }
      }, "store-writer-" + w));
    }
    for (int r = 0; r < settings.readers(); r++) {
      Random random = new Random(settings.seed() * 17 + r);
      threads.add(new Thread(() -> {
        await(start);
        read(store, plans, initial, writing, random, settings, snapshots, validations, failures);
      }, "store-reader-" + r));
    }
    threads.forEach(Thread::start);
    long t0 = System.nanoTime();
    start.countDown();
    writersDone.await();
    long elapsed = System.nanoTime() - t0;
    writing.set(false);
    for (Thread t : threads) {
      t.join(TimeUnit.MINUTES.toMillis(10));
      if (t.isAlive()) {
        failures.add(t.getName() + " did not finish");
      }
    }

    Network last = store.snapshot();
    checkFinal(last, plans, initial, failures);
    return new Result(last.touchpoints().size(), accepted.get(), rejected.get(), snapshots.get(), validations.get(),
        Duration.ofNanos(elapsed), List.copyOf(failures));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted before the start", e);
    }
  }

  // ---- the writers ----------------------------------------------------------------------------------

  private static TouchpointId touchpointId(int writer, int seq) {
    return TouchpointId.of("w" + writer + "-" + seq);
  }

  private static Touchpoint touchpoint(TouchpointId id, int seq, MemberId a, MemberId b) {
    return Touchpoint.between(id, T0.plusSeconds(seq), seq % 3 == 0 ? Medium.FACE_TO_FACE : Medium.CHAT, a, b);
  }

  /** Two different members from the list. */
  private static MemberId[] pair(List<MemberId> members, Random random) {
    int i = random.nextInt(members.size());
    int j = random.nextInt(members.size() - 1);
    return new MemberId[] {members.get(i), members.get(j >= i ? j + 1 : j)};
  }

  /** The operations of writer {@code w}: {@code quota} accepted touchpoints and everything around them. */
  private static Plan plan(int w, int quota, List<MemberId> initial, Random random) {
    List<Op> ops = new ArrayList<>();
    List<Touchpoint> mine = new ArrayList<>(quota);
    List<MemberId> members = new ArrayList<>(initial);
    List<Question> questions = new ArrayList<>();
    int newMembers = 0;
    int answers = 0;
    int bad = 0;
    while (mine.size() < quota) {
      int seq = mine.size();
      int roll = random.nextInt(1000);
      if (roll < 5) {
        ops.add(badOp(w, bad++, mine, members, questions, random, seq, newMembers));
      } else if (roll < 10) {
        Member m = Member.of(MemberId.of("w" + w + "-m" + newMembers), "New " + newMembers);
        newMembers++;
        members.add(m.id());
        ops.add(new Op(s -> s.append(m), seq, newMembers, Rule.DUPLICATE_ID, true, "member " + m.id()));
      } else if (roll < 14) {
        MemberId asker = members.get(random.nextInt(members.size()));
        Question q = Question.of(QuestionId.of("w" + w + "-q" + questions.size()), asker, "Who knows?", Set.of(),
            T0.plusSeconds(seq));
        questions.add(q);
        ops.add(new Op(s -> s.append(q), seq, newMembers, Rule.DUPLICATE_ID, true, "question " + q.id()));
      } else if (roll < 18 && !questions.isEmpty()) {
        Question q = questions.get(random.nextInt(questions.size()));
        Answer a = Answer.of(AnswerId.of("w" + w + "-a" + answers++), q.id(), members.get(random.nextInt(members.size())),
            q.askedAt().plusSeconds(1 + random.nextInt(100)));
        ops.add(new Op(s -> s.append(a), seq, newMembers, Rule.DUPLICATE_ID, true, "answer " + a.id()));
      } else if (roll < 80) {
        int size = Math.min(quota - seq, 2 + random.nextInt(15));
        NetworkStore.Batch batch = NetworkStore.batch();
        MemberId newcomer = null;
        if (random.nextBoolean()) {
          Member m = Member.of(MemberId.of("w" + w + "-m" + newMembers), "New " + newMembers);
          newMembers++;
          newcomer = m.id();
          batch.member(m);
        }
        for (int k = 0; k < size; k++) {
          MemberId[] p = pair(members, random);
          if (newcomer != null) {
            p[0] = newcomer;
            p[1] = members.get(random.nextInt(members.size()));
          }
          Touchpoint t = touchpoint(touchpointId(w, seq + k), seq + k, p[0], p[1]);
          mine.add(t);
          batch.touchpoint(t);
        }
        if (newcomer != null) {
          members.add(newcomer);
        }
        int after = mine.size();
        ops.add(new Op(s -> s.append(batch), after, newMembers, Rule.DUPLICATE_ID, true, "batch " + batch));
      } else {
        MemberId[] p = pair(members, random);
        Touchpoint t = touchpoint(touchpointId(w, seq), seq, p[0], p[1]);
        mine.add(t);
        ops.add(new Op(s -> s.append(t), seq + 1, newMembers, Rule.DUPLICATE_ID, true, "touchpoint " + t.id()));
      }
    }
    long[] boundaries = new long[ops.size() + 1];
    int appends = 0;
    for (int i = 0; i < ops.size(); i++) {
      boundaries[i + 1] = ((long) ops.get(i).touchpointsAfter() << 32) | ops.get(i).membersAfter();
      if (ops.get(i).valid()) {
        appends++;
      }
    }
    Arrays.sort(boundaries);
    return new Plan(ops, boundaries, Collections.unmodifiableList(mine), newMembers, appends);
  }

  /** An append built to be rejected; every record in it has an id starting {@value #BAD}, or repeats one. */
  private static Op badOp(int w, int k, List<Touchpoint> mine, List<MemberId> members, List<Question> questions,
      Random random, int seq, int newMembers) {
    String prefix = BAD + "w" + w + "-" + k;
    MemberId[] p = pair(members, random);
    switch (random.nextInt(5)) {
      case 0: {
        Touchpoint t = touchpoint(TouchpointId.of(prefix), seq, p[0], MemberId.of("ghost-" + prefix));
        return new Op(s -> s.append(t), seq, newMembers, Rule.UNKNOWN_MEMBER, false, "dangling touchpoint");
      }
      case 1: {
        if (!mine.isEmpty()) {
          TouchpointId taken = mine.get(random.nextInt(mine.size())).id();
          Touchpoint t = touchpoint(taken, seq + 1_000_000, p[0], p[1]);
          return new Op(s -> s.append(t), seq, newMembers, Rule.DUPLICATE_ID, false, "repeated id " + taken);
        }
        Touchpoint t = touchpoint(TouchpointId.of(prefix), seq, p[0], MemberId.of("ghost-" + prefix));
        return new Op(s -> s.append(t), seq, newMembers, Rule.UNKNOWN_MEMBER, false, "dangling touchpoint");
      }
      case 2: {
        NetworkStore.Batch batch = NetworkStore.batch().member(Member.of(MemberId.of(prefix + "-m"), "Nobody"));
        for (int i = 0; i < 5; i++) {
          batch.touchpoint(touchpoint(TouchpointId.of(prefix + "-" + i), seq, MemberId.of(prefix + "-m"), p[1]));
        }
        batch.touchpoint(touchpoint(TouchpointId.of(prefix + "-x"), seq, p[0], MemberId.of("ghost-" + prefix)));
        return new Op(s -> s.append(batch), seq, newMembers, Rule.UNKNOWN_MEMBER, false, "batch with one dangling");
      }
      case 3: {
        if (!questions.isEmpty()) {
          Question q = questions.get(random.nextInt(questions.size()));
          Answer a = Answer.of(AnswerId.of(prefix), q.id(), p[0], q.askedAt().minusSeconds(60));
          return new Op(s -> s.append(a), seq, newMembers, Rule.ANSWER_BEFORE_QUESTION, false, "early answer");
        }
        Answer a = Answer.of(AnswerId.of(prefix), QuestionId.of("ghost-" + prefix), p[0], T0);
        return new Op(s -> s.append(a), seq, newMembers, Rule.UNKNOWN_QUESTION, false, "answer to nothing");
      }
      default: {
        Answer a = Answer.of(AnswerId.of(prefix), QuestionId.of("ghost-" + prefix), p[0], T0);
        return new Op(s -> s.append(a), seq, newMembers, Rule.UNKNOWN_QUESTION, false, "answer to nothing");
      }
    }
  }

  private static void write(NetworkStore store, int writer, Plan plan, AtomicLong accepted, AtomicLong rejected,
      Queue<String> failures) {
    for (Op op : plan.ops()) {
      try {
        op.append().accept(store);
        if (op.valid()) {
          accepted.incrementAndGet();
        } else {
          failures.add("writer " + writer + ": accepted an append built to break " + op.expected() + ": " + op.what());
        }
      } catch (NetworkValidationException e) {
        if (op.valid()) {
          failures.add("writer " + writer + ": rejected a valid append (" + op.what() + "): " + e.getMessage());
          return;
        }
        List<Rule> rules = e.violations().stream().map(Violation::rule).distinct().toList();
        if (!rules.equals(List.of(op.expected()))) {
          failures.add("writer " + writer + ": " + op.what() + " rejected for " + rules + ", not " + op.expected());
        }
        rejected.incrementAndGet();
      } catch (RuntimeException e) {
        failures.add("writer " + writer + ": " + op.what() + " threw " + e);
        return;
      }
    }
  }

  // ---- the readers ----------------------------------------------------------------------------------

  /** The writer and sequence number of a touchpoint id {@code w<writer>-<seq>}, or -1 if it is not one. */
  private static long parse(String id) {
    if (id.length() < 4 || id.charAt(0) != 'w' || id.charAt(2) != '-') {
      return -1;
    }
    int writer = id.charAt(1) - '0';
    int seq = 0;
    for (int i = 3; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      seq = seq * 10 + (c - '0');
    }
    return ((long) writer << 32) | seq;
  }

  private static void read(NetworkStore store, List<Plan> plans, List<MemberId> initial, AtomicBoolean writing,
      Random random, Settings settings, AtomicLong snapshots, AtomicLong validations, Queue<String> failures) {
    ReaderState state = new ReaderState(plans.size());
    int validated = 0;
    boolean last = false;
    while (!last && failures.size() < 20) {
      last = !writing.get();
      Network s = store.snapshot();
      // every eighth snapshot (and the last) is scanned from the start, the others from where the last scan ended
      check(s, plans, initial, random, state, last || random.nextInt(8) == 0, failures);
      if (validated < settings.fullValidations() && random.nextInt(4) == 0) {
        validated++;
        validations.incrementAndGet();
        try {
          if (!s.toBuilder().build().equals(s)) {
            failures.add("a snapshot differs from its own records rebuilt");
          }
        } catch (NetworkValidationException e) {
          failures.add("a snapshot fails validation: " + e.getMessage());
        }
      }
      snapshots.incrementAndGet();
      if (settings.readerPauseMicros() > 0) {
        LockSupport.parkNanos(settings.readerPauseMicros() * 1000);
      }
    }
  }

  /** What a reader knows of the last snapshot it checked. */
  private static final class ReaderState {
    List<Touchpoint> touchpoints = List.of();
    List<Member> members = List.of();
    int answers;
    final int[] touchpointCounts;
    final int[] memberCounts;

    ReaderState(int writers) {
      touchpointCounts = new int[writers];
      memberCounts = new int[writers];
    }
  }

  /**
   * Checks one snapshot against the last one the reader checked: the records of the last are the first
   * records of this one (checked at 32 random places and at the seam, and in full when {@code full}),
   * the new records continue each writer's sequence, and each writer's counts are at one of its
   * boundaries. Then look-ups on a sample.
   */
  private static void check(Network s, List<Plan> plans, List<MemberId> initial, Random random, ReaderState state,
      boolean full, Queue<String> failures) {
    int writers = plans.size();
    List<Touchpoint> touchpoints = s.touchpoints();
    List<Touchpoint> before = state.touchpoints;
    if (touchpoints.size() < before.size() || s.members().size() < state.members.size()) {
      failures.add("a snapshot went backwards: " + touchpoints.size() + " touchpoints after " + before.size());
      return;
    }
    for (int i = 0; i < 32 && !before.isEmpty(); i++) {
      int k = i == 0 ? before.size() - 1 : random.nextInt(before.size());
      if (touchpoints.get(k) != before.get(k)) {
        failures.add("touchpoint " + k + " changed between two snapshots");
      }
    }
    int from = full ? 0 : before.size();
    int[] counts = full ? new int[writers] : state.touchpointCounts.clone();
    for (int i = from; i < touchpoints.size(); i++) {
      Touchpoint t = touchpoints.get(i);
      long parsed = parse(t.id().value());
      if (parsed < 0) {
        failures.add("a snapshot holds touchpoint " + t.id() + ", which no valid append made");
        continue;
      }
      int w = (int) (parsed >>> 32);
      int seq = (int) parsed;
      if (seq != counts[w]) {
        failures.add("writer " + w + "'s touchpoints are not a prefix: " + t.id() + " at place " + counts[w]);
      } else if (t != plans.get(w).touchpoints().get(seq)) {
        failures.add("touchpoint " + t.id() + " is not the one appended");
      }
      counts[w]++;
    }
    List<Member> members = s.members();
    int[] memberCounts = full ? new int[writers] : state.memberCounts.clone();
    for (int i = full ? 0 : state.members.size(); i < members.size(); i++) {
      String id = members.get(i).id().value();
      if (id.startsWith(BAD)) {
        failures.add("a snapshot holds member " + id + " of a rejected batch");
      } else if (id.charAt(0) == 'w') {
        memberCounts[id.charAt(1) - '0']++;
      }
    }
    for (int w = 0; w < writers; w++) {
      if (counts[w] < state.touchpointCounts[w] || memberCounts[w] < state.memberCounts[w]) {
        failures.add("writer " + w + " went backwards between two snapshots");
      }
      long seen = ((long) counts[w] << 32) | memberCounts[w];
      if (Arrays.binarySearch(plans.get(w).boundaries(), seen) < 0) {
        failures.add("writer " + w + " seen half-way through an append: " + counts[w] + " touchpoints, "
            + memberCounts[w] + " members");
      }
    }
    List<Answer> answers = s.answers();
    for (int i = full ? 0 : state.answers; i < answers.size(); i++) {
      if (answers.get(i).id().value().startsWith(BAD)) {
        failures.add("a snapshot holds answer " + answers.get(i).id() + " of a rejected append");
      }
    }
    state.touchpoints = touchpoints;
    state.members = members;
    state.answers = answers.size();
    System.arraycopy(counts, 0, state.touchpointCounts, 0, writers);
    System.arraycopy(memberCounts, 0, state.memberCounts, 0, writers);
    sample(s, plans, initial, counts, random, failures);
  }

  /** Look-ups on a sample: each finds records the snapshot holds, in time order, involving whom it should. */
  private static void sample(Network s, List<Plan> plans, List<MemberId> initial, int[] touchpoints, Random random,
      Queue<String> failures) {
    for (int i = 0; i < 20; i++) {
      int w = random.nextInt(plans.size());
      if (touchpoints[w] > 0) {
        Touchpoint expected = plans.get(w).touchpoints().get(random.nextInt(touchpoints[w]));
        if (s.touchpoint(expected.id()).orElse(null) != expected) {
          failures.add("touchpoint(" + expected.id() + ") did not find it");
        }
        for (var m : expected.participants()) {
          if (!s.hasMember(m)) {
            failures.add("touchpoint " + expected.id() + " names member " + m + ", not in the snapshot");
          }
        }
      }
      Optional<Touchpoint> beyond = s.touchpoint(touchpointId(w, touchpoints[w]));
      if (beyond.isPresent()) {
        failures.add("touchpoint(" + beyond.get().id() + ") found a touchpoint past the snapshot");
      }
    }
    for (int i = 0; i < 3; i++) {
      MemberId m = initial.get(random.nextInt(initial.size()));
      List<Touchpoint> list = s.touchpointsOf(m);
      Set<TouchpointId> ids = new HashSet<>();
      for (int k = 0; k < list.size(); k++) {
        Touchpoint t = list.get(k);
        if (!t.involves(m) || s.touchpoint(t.id()).orElse(null) != t || !ids.add(t.id())) {
          failures.add("touchpointsOf(" + m + ") holds " + t.id() + " wrongly");
        }
        if (k > 0 && t.at().isBefore(list.get(k - 1).at())) {
          failures.add("touchpointsOf(" + m + ") is not in time order");
        }
      }
    }
    if (!s.questions().isEmpty()) {
      Question q = s.questions().get(random.nextInt(s.questions().size()));
      for (Answer a : s.answersTo(q.id())) {
        if (!a.question().equals(q.id()) || a.answeredAt().isBefore(q.askedAt()) || !s.hasMember(a.responder())) {
          failures.add("answersTo(" + q.id() + ") holds " + a.id() + " wrongly");
        }
      }
    }
  }

  /** The final snapshot: every accepted append exactly once, nothing else, valid in full. */
  private static void checkFinal(Network last, List<Plan> plans, List<MemberId> initial, Queue<String> failures) {
    int expectedTouchpoints = 0;
    int expectedMembers = initial.size();
    for (Plan plan : plans) {
      expectedTouchpoints += plan.touchpoints().size();
      expectedMembers += plan.members();
    }
    if (last.touchpoints().size() != expectedTouchpoints) {
      failures.add("the final snapshot holds " + last.touchpoints().size() + " touchpoints, not " + expectedTouchpoints);
    }
    if (last.members().size() != expectedMembers) {
      failures.add("the final snapshot holds " + last.members().size() + " members, not " + expectedMembers);
    }
    Set<TouchpointId> ids = new HashSet<>();
    long postings = 0;
    for (Touchpoint t : last.touchpoints()) {
      if (!ids.add(t.id())) {
        failures.add("touchpoint " + t.id() + " is in the final snapshot twice");
      }
      postings += t.participants().size();
    }
    for (Plan plan : plans) {
      for (Touchpoint t : plan.touchpoints()) {
        if (last.touchpoint(t.id()).orElse(null) != t) {
          failures.add("accepted touchpoint " + t.id() + " is missing from the final snapshot");
        }
      }
    }
    long listed = 0;
    for (Member m : last.members()) {
      listed += last.touchpointsOf(m.id()).size();
    }
    if (listed != postings) {
      failures.add("touchpointsOf lists " + listed + " entries over all members, not " + postings);
    }
    try {
      if (!last.toBuilder().build().equals(last)) {
        failures.add("the final snapshot differs from its own records rebuilt");
      }
    } catch (NetworkValidationException e) {
      failures.add("the final snapshot fails validation: " + e.getMessage());
    }
  }
}
