package org.blendnet.core.match;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The options of a {@link PairingRound}: which pairs may be made, which must be, how many partners each
 * member's candidate list holds, and up to what size the result is exact. Start from {@link #defaults()}:
 *
 * <pre>{@code
 * PairingOptions options = PairingOptions.defaults()
 *     .withHistory(history)                            // no repeats within the rounds it remembers
 *     .withBlocked(Set.of(MemberPair.of(ana, cy)))     // never these two
 *     .withCrossUnits(2)                               // never two of the same organisation and unit
 *     .withSeed(7);                                    // a different, reproducible round among equals
 * }</pre>
 *
 * <p><b>Admissible pairs.</b> Two members may be paired when both are in the population, both agreed to
 * be recommended and have capacity left, the pair is not blocked, not in the history and — with
 * {@link #crossUnits()} at depth d — their affiliations differ in their first d segments (a member
 * whose affiliation has fewer than d segments has no unit at that depth and may be paired with anyone).
 * {@link #required()} pairs are made first, whatever their score and history; they must still be
 * admissible otherwise (consent, capacity, not blocked).
 *
 * <p><b>Candidates, exactness and seeds.</b> Each member's {@link #candidates()} best partners form the
 * candidate pairs — all of them when a member has no more admissible partners than that — and the round
 * is the heaviest set of candidate pairs in which no member appears twice. It is exact when the members
 * to pair number at most {@link #exactLimit()}, and approximate above (see {@link PairingRound}).
 * {@link #maxCandidates()} caps the engine's index candidates per member on large populations, as
 * {@link MatchOptions#maxCandidates()} does for a request. A {@link #seed()} decides between equally
 * good rounds and the order of the fill-in; without one, member ids do.
 *
 * <p>Equality is by value. {@link #toString()} shows the sizes of the pair sets, not their members.
 * Immutable and thread-safe.
 *
 * @param candidates how many best partners of each member are considered (at least 1)
 * @param exactLimit up to how many members to pair the round is solved exactly (at least 0)
 * @param history the recent rounds whose pairs are not repeated
 * @param blocked pairs never made
 * @param required pairs made whatever their score (each member in at most one, or for mentoring at most
 *     their capacity)
 * @param crossUnits the affiliation depth at which the two members of a pair must differ, if any (at least 1)
 * @param pairEveryone whether members left over by the best-score pairing are then paired with each other
 *     where admissible, even at a score of 0
 * @param seed the seed that decides between equally good rounds; empty for member-id order
 * @param asOf the instant the round is scored at (time zones, loads); empty for the matchmaker's clock
 * @param maxCandidates how many candidates the engine's topic index proposes per member at most (at least 1)
 * @since 0.1
 */
public record PairingOptions(int candidates, int exactLimit, PairingHistory history, Set<MemberPair> blocked,
    Set<MemberPair> required, OptionalInt crossUnits, boolean pairEveryone, OptionalLong seed,
    Optional<Instant> asOf, int maxCandidates) {

  /** Each member's best partners considered unless told otherwise. */
  public static final int DEFAULT_CANDIDATES = 20;

  /**
   * Up to how many members to pair the round is exact unless told otherwise. The choice by size, on the
   * benchmark network with 20 candidates each (CPU time of the matching alone; see the benchmarks
   * module's README for the figures and the machine):
   *
   * <table>
   *   <caption>Exact blossom against the approximation (CPU time of the matching alone)</caption>
   *   <tr><th>members</th><th>exact (blossom, O(n³))</th><th>approximation</th><th>its share of the optimum</th></tr>
   *   <tr><td>1,000</td><td>0.2 s</td><td>0.04 s</td><td>99.2 %</td></tr>
   *   <tr><td>2,000</td><td>0.4 s</td><td>0.05 s</td><td>98.9 %</td></tr>
   *   <tr><td>4,000</td><td>1.9 s</td><td>0.17 s</td><td>98.7 %</td></tr>
   *   <tr><td>10,000</td><td>18.4 s</td><td>0.5 s</td><td>98.4 %</td></tr>
   *   <tr><td>100,000</td><td>out of reach</td><td>7.7–9.4 s (3.5–5 s wall on 2 threads)</td><td>not measurable</td></tr>
   * </table>
   *
   * <p>Up to 2,000 members the exact round costs well under a second; from there its time grows about
   * fivefold to tenfold per doubling, while the approximation stays within 1.6 % of the optimum.
   */
  public static final int DEFAULT_EXACT_LIMIT = 2_000;

  /** The engine's index candidates per member unless told otherwise (a fifth of a single request's). */
  public static final int DEFAULT_MAX_CANDIDATES = 1_000;

  private static final PairingOptions DEFAULTS = new PairingOptions(DEFAULT_CANDIDATES, DEFAULT_EXACT_LIMIT,
      PairingHistory.none(), Set.of(), Set.of(), OptionalInt.empty(), true, OptionalLong.empty(), Optional.empty(),
      DEFAULT_MAX_CANDIDATES);

  /**
   * Creates options.
   *
   * @throws IllegalArgumentException if {@code candidates} or {@code maxCandidates} is below 1,
   *     {@code exactLimit} below 0 or {@code crossUnits} below 1
   */
  public PairingOptions {
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates must be >= 1 but was " + candidates);
    }
    if (exactLimit < 0) {
      throw new IllegalArgumentException("exactLimit must be >= 0 but was " + exactLimit);
    }
    Objects.requireNonNull(history, "history");
    blocked = copy(blocked, "blocked");
    required = copy(required, "required");
    Objects.requireNonNull(crossUnits, "crossUnits");
    if (crossUnits.isPresent() && crossUnits.getAsInt() < 1) {
      throw new IllegalArgumentException("crossUnits must be >= 1 but was " + crossUnits.getAsInt());
    }
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(asOf, "asOf");
    if (maxCandidates < 1) {
      throw new IllegalArgumentException("maxCandidates must be >= 1 but was " + maxCandidates);
    }
  }

  /**
   * Twenty candidates a member, exact up to 2,000 members, no history, nothing blocked or required, no
   * unit rule, everyone paired who can be, ties by id, the matchmaker's clock, 1,000 index candidates.
   */
  public static PairingOptions defaults() {
    return DEFAULTS;
  }

  private static Set<MemberPair> copy(Collection<MemberPair> pairs, String name) {
    Objects.requireNonNull(pairs, name);
    if (pairs.isEmpty()) {
      return Set.of();
    }
    Set<MemberPair> copy = new HashSet<>(pairs.size() * 2);
    for (MemberPair p : pairs) {
      copy.add(Objects.requireNonNull(p, () -> name + " must not contain null"));
    }
    return Set.copyOf(copy);
  }

  /**
   * These options with {@code candidates} best partners per member.
   *
   * @throws IllegalArgumentException if {@code candidates < 1}
   */
  public PairingOptions withCandidates(int candidates) {
    return new PairingOptions(candidates, exactLimit, history, blocked, required, crossUnits, pairEveryone, seed,
        asOf, maxCandidates);
  }

  /**
   * These options solving exactly up to {@code exactLimit} members to pair (0: always approximately;
   * {@link Integer#MAX_VALUE}: always exactly, in O(n³)).
   *
   * @throws IllegalArgumentException if {@code exactLimit < 0}
   */
  public PairingOptions withExactLimit(int exactLimit) {
    return new PairingOptions(candidates, exactLimit, history, blocked, required, crossUnits, pairEveryone, seed,
        asOf, maxCandidates);
  }

  /** These options with the pairs of {@code history} not repeated. */
  public PairingOptions withHistory(PairingHistory history) {
    return new PairingOptions(candidates, exactLimit, history, blocked, required, crossUnits, pairEveryone, seed,
        asOf, maxCandidates);
  }

  /** These options with these pairs never made (replacing the earlier set). */
  public PairingOptions withBlocked(Set<MemberPair> blocked) {
    return new PairingOptions(candidates, exactLimit, history, blocked, required, crossUnits, pairEveryone, seed,
        asOf, maxCandidates);
  }

  /** These options with these pairs always made (replacing the earlier set). */
  public PairingOptions withRequired(Set<MemberPair> required) {
    return new PairingOptions(candidates, exactLimit, history, blocked, required, crossUnits, pairEveryone, seed,
        asOf, maxCandidates);
  }

  /**
   * These options pairing only members whose affiliations differ in their first {@code depth} segments:
   * 1 across organisations, 2 across units.
   *
   * @throws IllegalArgumentException if {@code depth < 1}
   */
  public PairingOptions withCrossUnits(int depth) {
    return new PairingOptions(candidates, exactLimit, history, blocked, required, OptionalInt.of(depth),
        pairEveryone, seed, asOf, maxCandidates);
  }

  /** These options without a unit rule. */
  public PairingOptions withoutCrossUnits() {
    return new PairingOptions(candidates, exactLimit, history, blocked, required, OptionalInt.empty(), pairEveryone,
        seed, asOf, maxCandidates);
  }

  /** These options with the fill-in of members left over switched on or off. */
  public PairingOptions withPairEveryone(boolean pairEveryone) {
    return new PairingOptions(candidates, exactLimit, history, blocked, required, crossUnits, pairEveryone, seed,
        asOf, maxCandidates);
  }

  /** These options deciding between equal rounds with {@code seed}. */
  public PairingOptions withSeed(long seed) {
    return new PairingOptions(candidates, exactLimit, history, blocked, required, crossUnits, pairEveryone,
        OptionalLong.of(seed), asOf, maxCandidates);
  }

  /** These options deciding between equal rounds by member id. */
  public PairingOptions withoutSeed() {
    return new PairingOptions(candidates, exactLimit, history, blocked, required, crossUnits, pairEveryone,
        OptionalLong.empty(), asOf, maxCandidates);
  }

  /** These options scoring as of {@code instant}. */
  public PairingOptions withAsOf(Instant instant) {
    return new PairingOptions(candidates, exactLimit, history, blocked, required, crossUnits, pairEveryone, seed,
        Optional.of(Objects.requireNonNull(instant, "instant")), maxCandidates);
  }

  /**
   * These options with at most {@code maxCandidates} index candidates per member.
   *
   * @throws IllegalArgumentException if {@code maxCandidates < 1}
   */
  public PairingOptions withMaxCandidates(int maxCandidates) {
    return new PairingOptions(candidates, exactLimit, history, blocked, required, crossUnits, pairEveryone, seed,
        asOf, maxCandidates);
  }

  /**
   * {@code PairingOptions[candidates=20, exactLimit=2000, history=…, blocked=1, required=0, crossUnits=2,
   * pairEveryone=true, seed=none, asOf=default, maxCandidates=1000]}.
   */
  @Override
  public String toString() {
    return "PairingOptions[candidates=" + candidates + ", exactLimit=" + exactLimit + ", history=" + history
        + ", blocked=" + blocked.size() + ", required=" + required.size() + ", crossUnits="
        + (crossUnits.isPresent() ? Integer.toString(crossUnits.getAsInt()) : "none") + ", pairEveryone="
        + pairEveryone + ", seed=" + (seed.isPresent() ? Long.toString(seed.getAsLong()) : "none") + ", asOf="
        + asOf.map(Instant::toString).orElse("default") + ", maxCandidates=" + maxCandidates + "]";
  }
}
