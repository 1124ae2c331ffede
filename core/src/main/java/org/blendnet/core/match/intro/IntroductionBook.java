package org.blendnet.core.match.intro;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.blendnet.core.MemberId;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.MemberPair;
import org.blendnet.core.match.RequestBudget;

/**
 * The host's register of double opt-in introductions and forwarded questions: it moves each through its
 * {@link IntroductionState}s, dates requests' expiry, and remembers who was already asked for what, so
 * that routing never asks the same person again for the same thing.
 *
 * <pre>{@code
 * IntroductionBook book = IntroductionBook.create(Duration.ofDays(7), 3);
 * Routing routing = matchmaker.routeQuestion(question, book.exclusions(MatchOptions.defaults(), question.id()));
 * Introduction i = book.suggest(routing.referrals().get(0));
 * book.request(i.id(), now, budget);              // ask the target, counting it in the RequestBudget
 * book.decline(i.id(), later);                    // the target says no ...
 * book.askerStatus(i.id(), later);                // ... the asker still sees PENDING
 * book.exclusions(options, question.id());        // ... and routing will not ask that target again
 * }</pre>
 *
 * <p><b>"The same thing"</b>: for a question forward, the question — a member once asked about a question
 * (whatever they answered) is in {@link #askedAbout(QuestionId)}; for an introduction, the two members in either
 * direction — a
 * declined introduction's pair is in {@link #declinedPairs()}, usable as
 * {@link MatchOptions#withBlocked(Set)}. Suggesting a question to a member already asked about it, or an
 * introduction between a declined pair, is refused.
 *
 * <p><b>Why a thread-safe book of immutable values.</b> Each {@link Introduction} is an immutable value, so
 * a value read is never torn and can be handed to any thread. The book maps ids to the current value in a
 * {@link ConcurrentHashMap} and performs each transition as one atomic {@code compute} on that id: two
 * threads answering for the same introduction are serialised (one of them gets an
 * {@link IllegalTransitionException} if the first made the second illegal), while different introductions
 * never contend. The "already asked" indexes are concurrent sets updated inside the same atomic step, so an
 * exclusion is visible before the call that caused it returns. Listing methods return sorted snapshots.
 *
 * @implNote Thread-safe: as above. The book keeps everything until {@link #forget(MemberId)}.
 * @since 0.1
 */
public final class IntroductionBook {

  private final Duration expiry;
  private final int hopLimit;
  private final ConcurrentHashMap<ReferralId, Introduction> introductions = new ConcurrentHashMap<>();
  /** Question forwards made (beyond a suggestion), as "question id, member" keys. */
  private final Set<AskedKey> asked = ConcurrentHashMap.newKeySet();
  private final Set<MemberPair> declined = ConcurrentHashMap.newKeySet();

  private record AskedKey(QuestionId question, MemberId member) {}

  private IntroductionBook(Duration expiry, int hopLimit) {
    this.expiry = expiry;
    this.hopLimit = hopLimit;
  }

  /**
   * A book whose requests lapse {@code expiry} after they are made and whose chains have at most
   * {@code hopLimit} hops.
   *
   * @throws IllegalArgumentException if the expiry is not positive or {@code hopLimit < 1}
   */
  public static IntroductionBook create(Duration expiry, int hopLimit) {
    Objects.requireNonNull(expiry, "expiry");
    if (expiry.isNegative() || expiry.isZero()) {
      throw new IllegalArgumentException("expiry must be positive but was " + expiry);
    }
    if (hopLimit < 1) {
      throw new IllegalArgumentException("hopLimit must be >= 1 but was " + hopLimit);
    }
    return new IntroductionBook(expiry, hopLimit);
  }

  /** How long a request stays open. */
  public Duration expiry() {
    return expiry;
  }

  /** The most hops of a chain. */
  public int hopLimit() {
    return hopLimit;
  }

  /**
   * Registers a fresh suggestion (see {@link Introduction#suggest}).
   *
   * @throws IllegalArgumentException if the id is already in the book, the referral is not fresh, its target
   *     was already asked about its question, or its pair declined an introduction before
   */
  public Introduction suggest(Referral suggestion) {
    Introduction created = Introduction.suggest(suggestion, hopLimit);
    admit(created);
    return created;
  }

  /**
   * Registers the next hop of a chain: {@code via}'s target passes it on to {@code to} (see {@link Introduction#next}).
   *
   * @throws IllegalArgumentException if {@code via} is unknown, {@code id} already in the book, {@code to} in the
   *     chain, already asked about the question, or declined by the pair before
   * @throws IllegalStateException if {@code via} has not been accepted, or the chain is at its hop limit
   */
  public Introduction next(ReferralId via, ReferralId id, MemberId to, Instant at) {
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    Introduction created = get(via).orElseThrow(() -> unknown(via)).next(id, to, at);
    admit(created);
    return created;
  }

  private void admit(Introduction created) {
    Referral r = created.referral();
    if (r.question().isPresent() && r.kind() == ReferralKind.QUESTION_FORWARD
        && asked.contains(new AskedKey(r.question().get(), r.to()))) {
      throw new IllegalArgumentException("member " + r.to() + " was already asked about question "
          + r.question().get() + "; referral " + r.id() + " would ask again");
    }
    if (r.kind() == ReferralKind.INTRODUCTION && declined.contains(MemberPair.of(created.asker(), r.to()))) {
      throw new IllegalArgumentException("an introduction of " + created.asker() + " and " + r.to()
          + " was declined before; referral " + r.id() + " would ask again");
    }
    if (introductions.putIfAbsent(r.id(), created) != null) {
      throw new IllegalArgumentException("referral " + r.id() + " is already in the book");
    }
  }

  /**
   * Asks the target: the request lapses after {@link #expiry()}. The host should also
   * {@linkplain org.blendnet.core.match.RequestBudget#record record} it in its request budget.
   *
   * @throws IllegalArgumentException if the id is unknown or {@code at} before the last change
   * @throws IllegalTransitionException if it is not {@link IntroductionState#SUGGESTED}
   */
  public Introduction request(ReferralId id, Instant at) {
    Objects.requireNonNull(at, "at");
    return update(id, i -> i.request(at, at.plus(expiry)));
  }

  /**
   * Asks the target, as {@link #request(ReferralId, Instant)}, and records the request against the target in
   * {@code budget} (once the transition succeeded), so that routing spreads what each member is asked.
   *
   * @throws IllegalArgumentException if the id is unknown or {@code at} before the last change
   * @throws IllegalTransitionException if it is not {@link IntroductionState#SUGGESTED}
   */
  public Introduction request(ReferralId id, Instant at, RequestBudget budget) {
    Objects.requireNonNull(budget, "budget");
    Introduction requested = request(id, at);
    budget.record(requested.target(), at);
    return requested;
  }

  /**
   * The target agrees.
   *
   * @throws IllegalArgumentException if the id is unknown or {@code at} before the last change
   * @throws IllegalTransitionException if it is not {@link IntroductionState#REQUESTED}
   */
  public Introduction accept(ReferralId id, Instant at) {
    Objects.requireNonNull(at, "at");
    return update(id, i -> i.accept(at));
  }

  /**
   * The introduction is made; contact details are passed on if {@code shareContactDetails} (only when both
   * members' consent allows it).
   *
   * @throws IllegalArgumentException if the id is unknown or {@code at} before the last change
   * @throws IllegalTransitionException if it is not {@link IntroductionState#ACCEPTED}
   */
  public Introduction introduce(ReferralId id, Instant at, boolean shareContactDetails) {
    Objects.requireNonNull(at, "at");
    return update(id, i -> i.introduce(at, shareContactDetails));
  }

  /**
   * The target says no: never shown to the asker, and the target is not asked again for the same thing.
   *
   * @throws IllegalArgumentException if the id is unknown or {@code at} before the last change
   * @throws IllegalTransitionException if it is not {@link IntroductionState#REQUESTED}
   */
  public Introduction decline(ReferralId id, Instant at) {
    Objects.requireNonNull(at, "at");
    return update(id, i -> i.decline(at));
  }

  /**
   * Nothing happened in time.
   *
   * @throws IllegalArgumentException if the id is unknown or {@code at} before the last change
   * @throws IllegalTransitionException if it is final
   */
  public Introduction expire(ReferralId id, Instant at) {
    Objects.requireNonNull(at, "at");
    return update(id, i -> i.expire(at));
  }

  /**
   * Withdrawn by the referrer or the asker.
   *
   * @throws IllegalArgumentException if the id is unknown or {@code at} before the last change
   * @throws IllegalTransitionException if it is final
   */
  public Introduction revoke(ReferralId id, Instant at) {
    Objects.requireNonNull(at, "at");
    return update(id, i -> i.revoke(at));
  }

  /**
   * Expires every open request whose expiry has come by {@code asOf}; returns them, in id order.
   * Suggestions never asked do not expire here (revoke or expire them explicitly).
   */
  public List<Introduction> expireDue(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<ReferralId> due = new ArrayList<>();
    for (Introduction i : introductions.values()) {
      if (i.isDue(asOf)) {
        due.add(i.id());
      }
    }
    due.sort(null);
    List<Introduction> expired = new ArrayList<>();
    for (ReferralId id : due) {
      Introduction[] done = new Introduction[1];
      introductions.computeIfPresent(id, (k, i) -> {
        if (!i.isDue(asOf)) {
          return i;
        }
        Introduction e = i.expire(i.updatedAt().isAfter(asOf) ? i.updatedAt() : asOf);
        done[0] = e;
        return e;
      });
      if (done[0] != null) {
        expired.add(done[0]);
      }
    }
    return List.copyOf(expired);
  }

  private Introduction update(ReferralId id, UnaryOperator<Introduction> step) {
    Objects.requireNonNull(id, "id");
    Introduction result = introductions.computeIfPresent(id, (k, current) -> {
      Introduction next = step.apply(current);
      record(next);
      return next;
    });
    if (result == null) {
      throw unknown(id);
    }
    return result;
  }

  /** Updates the "already asked" indexes for a changed introduction (inside its atomic step). */
  private void record(Introduction i) {
    Referral r = i.referral();
    if (i.state() == IntroductionState.REQUESTED && r.kind() == ReferralKind.QUESTION_FORWARD
        && r.question().isPresent()) {
      asked.add(new AskedKey(r.question().get(), r.to()));
    }
    if (i.state() == IntroductionState.DECLINED && r.kind() == ReferralKind.INTRODUCTION) {
      declined.add(MemberPair.of(i.asker(), r.to()));
    }
  }

  private static IllegalArgumentException unknown(ReferralId id) {
    return new IllegalArgumentException("Unknown referral: " + id);
  }

  // ---- reads -------------------------------------------------------------------------------------

  /** The introduction with this id, as it stands. */
  public Optional<Introduction> get(ReferralId id) {
    return Optional.ofNullable(introductions.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * What the asker of {@code id} is shown at {@code asOf} ({@link Introduction#askerStatus}).
   *
   * @throws IllegalArgumentException if the id is unknown
   */
  public AskerStatus askerStatus(ReferralId id, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return get(id).orElseThrow(() -> unknown(id)).askerStatus(asOf);
  }

  /** Every introduction as it stands, in id order. */
  public List<Introduction> introductions() {
    List<Introduction> all = new ArrayList<>(introductions.values());
    all.sort(Comparator.comparing(Introduction::id));
    return List.copyOf(all);
  }

  /** The core referral records of every introduction as it stands, in id order, for a network. */
  public List<Referral> referrals() {
    List<Referral> all = new ArrayList<>();
    for (Introduction i : introductions()) {
      all.add(i.referral());
    }
    return List.copyOf(all);
  }

  /** The members already asked about {@code question} (requested, whatever they answered), in id order. */
  public Set<MemberId> askedAbout(QuestionId question) {
    Objects.requireNonNull(question, "question");
    TreeSet<MemberId> members = new TreeSet<>();
    for (AskedKey k : asked) {
      if (k.question().equals(question)) {
        members.add(k.member());
      }
    }
    return Collections.unmodifiableSet(members);
  }

  /** The pairs whose introduction was declined, never to be suggested again; in order of their ids. */
  public Set<MemberPair> declinedPairs() {
    List<MemberPair> pairs = new ArrayList<>(declined);
    pairs.sort(Comparator.comparing(MemberPair::first).thenComparing(MemberPair::second));
    return Collections.unmodifiableSet(new LinkedHashSet<>(pairs));
  }

  /**
   * {@code options} with the members already asked about {@code question} added to the exclusions, and the
   * declined pairs to the blocked pairs: pass it to {@code Matchmaker.routeQuestion} so that nobody is asked
   * twice about the same question.
   */
  public MatchOptions exclusions(MatchOptions options, QuestionId question) {
    Objects.requireNonNull(options, "options");
    Set<MemberId> excluded = new HashSet<>(options.excluded());
    excluded.addAll(askedAbout(question));
    return exclusions(options).withExcluded(excluded);
  }

  /**
   * {@code options} with the declined pairs added to the blocked pairs: pass it to
   * {@code Matchmaker.recommendPeers} (or {@link EventFollowUp}) so that a declined introduction is never
   * suggested again.
   */
  public MatchOptions exclusions(MatchOptions options) {
    Objects.requireNonNull(options, "options");
    if (declined.isEmpty()) {
      return options;
    }
    Set<MemberPair> blocked = new HashSet<>(options.blocked());
    blocked.addAll(declined);
    return options.withBlocked(blocked);
  }

  /**
   * Forgets everything naming {@code member} (for erasure): their introductions, in any role, and the
   * indexes' entries. Returns how many introductions were removed.
   */
  public int forget(MemberId member) {
    Objects.requireNonNull(member, "member");
    int removed = 0;
    for (Introduction i : introductions()) {
      if (i.referral().names(member) || i.chain().contains(member)) {
        if (introductions.remove(i.id()) != null) {
          removed++;
        }
      }
    }
    asked.removeIf(k -> k.member().equals(member));
    declined.removeIf(p -> p.contains(member));
    return removed;
  }

  /** {@code IntroductionBook[expiry=PT168H, hopLimit=3, introductions=12, asked=4, declinedPairs=1]}. */
  @Override
  public String toString() {
    return "IntroductionBook[expiry=" + expiry + ", hopLimit=" + hopLimit + ", introductions=" + introductions.size()
        + ", asked=" + asked.size() + ", declinedPairs=" + declined.size() + "]";
  }
}
