package org.blendnet.core.match;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;

/**
 * Per-request options: how many results, whom to leave out, how to break ties, as of when, and how many
 * index candidates to score at most. Start from {@link #defaults()} and change what you need:
 *
 * <pre>{@code
 * MatchOptions options = MatchOptions.defaults()
 *     .withK(5)
 *     .withExcluded(Set.of(MemberId.of("bo")))            // already matched
 *     .withBlocked(Set.of(MemberPair.of(ana, cy)))      // must never be matched
 *     .withFilter(m -> m.affiliation().organisation().equals(Optional.of("Acme")))
 *     .withSeed(42);                                      // shuffle ties, reproducibly
 * }</pre>
 *
 * <p><b>Ties.</b> Without a seed, results with equal scores come in member id order. With a seed, equal
 * scores are ordered by a hash of the seed and the member id: a different, but for that seed always the
 * same, order — so that a popular profile does not always win the tie. The seed also decides which
 * members are sampled when the candidates exceed {@link #maxCandidates()} (without one, a hash of the
 * seeker's id does, so that each seeker sees a stable sample and different seekers different ones).
 *
 * <p><b>The filter</b> is a hard filter like the others, but it is called only for candidates that would
 * otherwise enter the top k (after scoring), so that an expensive filter costs little; it must not have
 * side effects, and must answer the same for the same member within a request.
 *
 * <p><b>Equality.</b> Options are equal when their fields are; filters compare by identity.
 * {@link #toString()} shows the sizes of the exclusion sets, not their members. Immutable and
 * thread-safe if the filter is.
 *
 * @param k how many results at most (at least 1)
 * @param filter a candidate is considered only if the filter accepts them
 * @param excluded members never returned (already matched, already asked)
 * @param blocked pairs never matched: a candidate is left out when the pair of seeker and candidate is here
 * @param seed the seed for tie-breaking and sampling; empty for id order
 * @param asOf the instant the request is made at (time zones, loads, budgets); empty for the request's
 *     natural time (the question's, or the {@link Matchmaker}'s clock)
 * @param maxCandidates how many candidates the topic index may propose at most (at least 1)
 * @since 0.1
 */
public record MatchOptions(int k, Predicate<Member> filter, Set<MemberId> excluded, Set<MemberPair> blocked,
    OptionalLong seed, Optional<Instant> asOf, int maxCandidates) {

  /** The number of results unless told otherwise. */
  public static final int DEFAULT_K = 10;

  /**
   * How many candidates the topic index proposes at most unless told otherwise. Scoring one candidate
   * with the core signals costs well under a microsecond, so this bounds a request at a few milliseconds
   * whatever the topics' popularity.
   */
  public static final int DEFAULT_MAX_CANDIDATES = 5_000;

  private static final Predicate<Member> ANY = new Predicate<>() {
    @Override
    public boolean test(Member member) {
      return true;
    }

    @Override
    public String toString() {
      return "any";
    }
  };

  private static final MatchOptions DEFAULTS = new MatchOptions(DEFAULT_K, ANY, Set.of(), Set.of(),
      OptionalLong.empty(), Optional.empty(), DEFAULT_MAX_CANDIDATES);

  /**
   * Creates options.
   *
   * @throws IllegalArgumentException if {@code k} or {@code maxCandidates} is below 1
   */
  public MatchOptions {
    Objects.requireNonNull(filter, "filter");
    excluded = copy(excluded, "excluded");
    blocked = copy(blocked, "blocked");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(asOf, "asOf");
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1 but was " + k);
    }
    if (maxCandidates < 1) {
      throw new IllegalArgumentException("maxCandidates must be >= 1 but was " + maxCandidates);
    }
  }

  /** Ten results, no filter, no exclusions, ties by id, the request's natural time, 5,000 index candidates. */
  public static MatchOptions defaults() {
    return DEFAULTS;
  }

  /** The filter that accepts every member. */
  public static Predicate<Member> anyMember() {
    return ANY;
  }

  private static <T> Set<T> copy(Collection<T> values, String name) {
    Objects.requireNonNull(values, name);
    if (values.isEmpty()) {
      return Set.of();
    }
    Set<T> copy = new HashSet<>(values.size() * 2);
    for (T v : values) {
      copy.add(Objects.requireNonNull(v, () -> name + " must not contain null"));
    }
    return Set.copyOf(copy);
  }

  /**
   * These options with {@code k} results at most.
   *
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public MatchOptions withK(int k) {
    return k == this.k ? this : new MatchOptions(k, filter, excluded, blocked, seed, asOf, maxCandidates);
  }

  /** These options with a candidate filter (replacing any earlier one). */
  public MatchOptions withFilter(Predicate<Member> filter) {
    return new MatchOptions(k, filter, excluded, blocked, seed, asOf, maxCandidates);
  }

  /** These options with these members excluded (replacing the earlier set). */
  public MatchOptions withExcluded(Set<MemberId> excluded) {
    return new MatchOptions(k, filter, excluded, blocked, seed, asOf, maxCandidates);
  }

  /** These options with these blocked pairs (replacing the earlier set). */
  public MatchOptions withBlocked(Set<MemberPair> blocked) {
    return new MatchOptions(k, filter, excluded, blocked, seed, asOf, maxCandidates);
  }

  /** These options breaking ties (and sampling) with {@code seed}. */
  public MatchOptions withSeed(long seed) {
    return new MatchOptions(k, filter, excluded, blocked, OptionalLong.of(seed), asOf, maxCandidates);
  }

  /** These options breaking ties by member id. */
  public MatchOptions withoutSeed() {
    return seed.isEmpty() ? this
        : new MatchOptions(k, filter, excluded, blocked, OptionalLong.empty(), asOf, maxCandidates);
  }

  /** These options as of {@code instant}. */
  public MatchOptions withAsOf(Instant instant) {
    return new MatchOptions(k, filter, excluded, blocked, seed, Optional.of(Objects.requireNonNull(instant, "instant")),
        maxCandidates);
  }

  /**
   * These options with at most {@code maxCandidates} index candidates.
   *
   * @throws IllegalArgumentException if {@code maxCandidates < 1}
   */
  public MatchOptions withMaxCandidates(int maxCandidates) {
    return new MatchOptions(k, filter, excluded, blocked, seed, asOf, maxCandidates);
  }

  /** True if the filter is the one that accepts every member. */
  boolean filtersNothing() {
    return filter == ANY;
  }

  /** {@code MatchOptions[k=10, filter=custom, excluded=2, blocked=0, seed=42, asOf=…, maxCandidates=5000]}. */
  @Override
  public String toString() {
    return "MatchOptions[k=" + k + ", filter=" + (filtersNothing() ? "any" : "custom") + ", excluded=" + excluded.size() + ", blocked="
        + blocked.size() + ", seed=" + (seed.isPresent() ? Long.toString(seed.getAsLong()) : "none")
        + ", asOf=" + asOf.map(Instant::toString).orElse("default") + ", maxCandidates=" + maxCandidates + "]";
  }
}
