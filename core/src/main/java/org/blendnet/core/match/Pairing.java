package org.blendnet.core.match;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.blendnet.core.MemberId;

/**
 * One round of pairs made by a {@link PairingRound}: who meets whom, how good each pair is and why, and
 * who was left out and for what reason.
 *
 * <p>Each {@link Pair} carries both members' views: {@link Pair#forFirst()} is the matchmaker's match of
 * the second member for the first (the reasons to show the first), {@link Pair#forSecond()} the other
 * way round, and the pair's {@linkplain Pair#score() score} is the mean of the two. Pairs come in id
 * order (by {@code first}, then {@code second}); for mentoring, {@code first} is the mentor and
 * {@code second} the mentee, and a mentor appears in as many pairs as they took mentees.
 * Immutable and thread-safe.
 *
 * @param asOf the instant the round was scored at
 * @param pairs the pairs, in id order
 * @param unpaired the members of the population not paired, in id order, each with the reason
 * @param method whether the best-score step was solved exactly or approximately
 * @param candidatePairs how many candidate pairs the best-score step chose from
 * @since 0.1
 */
public record Pairing(Instant asOf, List<Pair> pairs, List<Unpaired> unpaired, Method method, int candidatePairs) {

  /**
   * Creates a round.
   *
   * @throws IllegalArgumentException if {@code candidatePairs} is negative
   */
  public Pairing {
    Objects.requireNonNull(asOf, "asOf");
    pairs = List.copyOf(Objects.requireNonNull(pairs, "pairs"));
    unpaired = List.copyOf(Objects.requireNonNull(unpaired, "unpaired"));
    Objects.requireNonNull(method, "method");
    if (candidatePairs < 0) {
      throw new IllegalArgumentException("candidatePairs must be >= 0 but was " + candidatePairs);
    }
  }

  /** How the heaviest set of candidate pairs was found. */
  public enum Method {
    /** The heaviest set of candidate pairs: the blossom algorithm, or the Hungarian algorithm for mentoring. */
    EXACT,
    /**
     * Greedy by score, then improved by augmentations: at least half the heaviest, usually within 2 %; for
     * mentoring, an auction within 2<sup>−14</sup> a mentee of the heaviest.
     */
    APPROXIMATE
  }

  /** Why a member of the population was not paired. */
  public enum Reason {
    /** The member declined to be recommended: never paired. */
    NOT_RECOMMENDABLE,
    /** The member has no capacity left in the current period ({@code capacity - load <= 0}). */
    NO_CAPACITY,
    /** No admissible partner was left for the member (an odd one out, or every pair blocked, repeated or in one unit). */
    NO_PARTNER
  }

  /**
   * Two members paired, with each one's view of the other.
   *
   * @param first the member with the smaller id (for mentoring: the mentor)
   * @param second the other member (for mentoring: the mentee)
   * @param forFirst the match of {@code second} for {@code first}: score, breakdown and reasons for the first
   * @param forSecond the match of {@code first} for {@code second}
   * @since 0.1
   */
  public record Pair(MemberId first, MemberId second, Match forFirst, Match forSecond) {

    /**
     * Creates a pair.
     *
     * @throws IllegalArgumentException if both are the same member, or the matches are not of each other
     */
    public Pair {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
      Objects.requireNonNull(forFirst, "forFirst");
      Objects.requireNonNull(forSecond, "forSecond");
      if (first.equals(second)) {
        throw new IllegalArgumentException("a pair needs two different members but got " + first + " twice");
      }
      if (!forFirst.candidate().equals(second) || !forSecond.candidate().equals(first)) {
        throw new IllegalArgumentException("the matches of a pair must be of " + second + " and " + first
            + " but were of " + forFirst.candidate() + " and " + forSecond.candidate());
      }
    }

    /** The pair's score: the mean of the two members' scores of each other, in [0, 1]. */
    public double score() {
      return (forFirst.score() + forSecond.score()) / 2;
    }

    /** The two members as an unordered pair. */
    public MemberPair members() {
      return MemberPair.of(first, second);
    }

    /**
     * The reasons to show {@code member}: why they should meet the other.
     *
     * @throws IllegalArgumentException if {@code member} is not in the pair
     */
    public List<String> explanationFor(MemberId member) {
      Objects.requireNonNull(member, "member");
      if (member.equals(first)) {
        return forFirst.explanation();
      }
      if (member.equals(second)) {
        return forSecond.explanation();
      }
      throw new IllegalArgumentException(member + " is not in the pair " + members());
    }

    /** {@code {ana, bo} 0.812}. */
    @Override
    public String toString() {
      return "{" + first + ", " + second + "} " + Phrases.score(score());
    }
  }

  /**
   * A member of the population who was not paired, and why.
   *
   * @param member the member
   * @param reason why they were not paired
   * @since 0.1
   */
  public record Unpaired(MemberId member, Reason reason) {

    /** Creates an entry. */
    public Unpaired {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(reason, "reason");
    }

    /** {@code cy (NO_PARTNER)}. */
    @Override
    public String toString() {
      return member + " (" + reason + ")";
    }
  }

  /** The sum of the pairs' scores: what the round maximises. */
  public double totalScore() {
    double total = 0;
    for (Pair p : pairs) {
      total += p.score();
    }
    return total;
  }

  /** The pairs as unordered member pairs, in the order of {@link #pairs()} (for a {@link PairingHistory}). */
  public List<MemberPair> memberPairs() {
    List<MemberPair> list = new ArrayList<>(pairs.size());
    for (Pair p : pairs) {
      list.add(p.members());
    }
    return List.copyOf(list);
  }

  /** The members {@code member} was paired with, in id order: none, one, or (a mentor) several. */
  public List<MemberId> partnersOf(MemberId member) {
    Objects.requireNonNull(member, "member");
    List<MemberId> partners = new ArrayList<>();
    for (Pair p : pairs) {
      if (p.first().equals(member)) {
        partners.add(p.second());
      } else if (p.second().equals(member)) {
        partners.add(p.first());
      }
    }
    partners.sort(null);
    return List.copyOf(partners);
  }

  /**
   * {@code Pairing[3 pairs, 1 unpaired, total 2.137, EXACT over 6 candidate pairs as of …: {ana, bo} 0.812,
   * …; unpaired: [cy (NO_PARTNER)]]}: ids and numbers, the first ten of each list.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Pairing[").append(Phrases.count(pairs.size(), "pair")).append(", ")
        .append(unpaired.size()).append(" unpaired, total ").append(Phrases.score(totalScore())).append(", ")
        .append(method).append(" over ").append(Phrases.count(candidatePairs, "candidate pair")).append(" as of ")
        .append(asOf);
    if (!pairs.isEmpty()) {
      String list = Phrases.capped(pairs, 10);
      s.append(": ").append(list, 1, list.length() - 1);
    }
    if (!unpaired.isEmpty()) {
      s.append("; unpaired: ").append(Phrases.capped(unpaired, 10));
    }
    return s.append(']').toString();
  }
}
