package org.blendnet.core.match.intro;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.blendnet.core.MemberId;
import org.blendnet.core.match.MemberPair;

/**
 * Options of {@link EventFollowUp}: how many introductions per absent member, the least score, who reports
 * (and vouches), whom to consider, and pairs never to suggest.
 *
 * <pre>{@code
 * FollowUpOptions options = FollowUpOptions.defaults()
 *     .withPerAbsentee(2)
 *     .withReporter(MemberId.of("host"))
 *     .withBlocked(book.declinedPairs());       // declined introductions are not suggested again
 * }</pre>
 *
 * @param perAbsentee the most introductions suggested to one absent member (at least 1)
 * @param minScore the least matchmaker score of a suggestion, in [0, 1] (a suggestion always scores above 0)
 * @param reporter the member who reports the event and vouches for the introductions; empty for the event's
 *     first host
 * @param absentees the members to consider, in id order; empty for everyone interested in one of the event's
 *     topics who did not take part
 * @param blocked pairs never to suggest (declined introductions, see {@link IntroductionBook#declinedPairs()})
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record FollowUpOptions(int perAbsentee, double minScore, Optional<MemberId> reporter,
    Optional<Set<MemberId>> absentees, Set<MemberPair> blocked) {

  /** Introductions per absent member unless told otherwise. */
  public static final int DEFAULT_PER_ABSENTEE = 3;

  private static final FollowUpOptions DEFAULTS = new FollowUpOptions(DEFAULT_PER_ABSENTEE, 0, Optional.empty(),
      Optional.empty(), Set.of());

  /**
   * Creates options.
   *
   * @throws IllegalArgumentException naming the value if {@code perAbsentee < 1} or the score is outside [0, 1]
   */
  public FollowUpOptions {
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(absentees, "absentees");
    Objects.requireNonNull(blocked, "blocked");
    if (perAbsentee < 1) {
      throw new IllegalArgumentException("perAbsentee must be >= 1 but was " + perAbsentee);
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore must be in [0, 1] but was " + minScore);
    }
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(absentees, "absentees");
    absentees = absentees.map(a -> sorted(a));
    Objects.requireNonNull(blocked, "blocked");
    for (MemberPair p : blocked) {
      Objects.requireNonNull(p, "blocked must not contain null");
    }
    blocked = Set.copyOf(blocked);
  }

  private static Set<MemberId> sorted(Collection<MemberId> ids) {
    TreeSet<MemberId> copy = new TreeSet<>();
    for (MemberId id : ids) {
      copy.add(Objects.requireNonNull(id, "absentees must not contain null"));
    }
    return Collections.unmodifiableSet(copy);
  }

  /** Three per absent member, any positive score, the first host reporting, every interested absentee. */
  public static FollowUpOptions defaults() {
    return DEFAULTS;
  }

  /** These options with at most {@code perAbsentee} introductions per absent member. */
  public FollowUpOptions withPerAbsentee(int perAbsentee) {
    return new FollowUpOptions(perAbsentee, minScore, reporter, absentees, blocked);
  }

  /** These options keeping only suggestions scoring at least {@code minScore}. */
  public FollowUpOptions withMinScore(double minScore) {
    return new FollowUpOptions(perAbsentee, minScore, reporter, absentees, blocked);
  }

  /** These options with {@code reporter} making (and vouching for) the introductions. */
  public FollowUpOptions withReporter(MemberId reporter) {
    return new FollowUpOptions(perAbsentee, minScore, Optional.of(Objects.requireNonNull(reporter, "reporter")),
        absentees, blocked);
  }

  /** These options considering exactly {@code absentees} (participants among them are skipped). */
  public FollowUpOptions withAbsentees(Set<MemberId> absentees) {
    return new FollowUpOptions(perAbsentee, minScore, reporter,
        Optional.of(Objects.requireNonNull(absentees, "absentees")), blocked);
  }

  /** These options never suggesting the {@code blocked} pairs (replacing the earlier set). */
  public FollowUpOptions withBlocked(Set<MemberPair> blocked) {
    return new FollowUpOptions(perAbsentee, minScore, reporter, absentees, blocked);
  }

  /** {@code FollowUpOptions[perAbsentee=3, minScore=0.0, reporter=first host, absentees=interested, blocked=0]}. */
  @Override
  public String toString() {
    return "FollowUpOptions[perAbsentee=" + perAbsentee + ", minScore=" + minScore + ", reporter="
        + reporter.map(MemberId::toString).orElse("first host") + ", absentees="
        + absentees.map(a -> String.valueOf(a.size())).orElse("interested") + ", blocked=" + blocked.size() + "]";
  }
}
