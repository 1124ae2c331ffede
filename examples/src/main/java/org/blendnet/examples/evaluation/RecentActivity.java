package org.blendnet.examples.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.match.MatchSignal;

/**
 * Availability on a Q&amp;A site that records no capacities: how recently a member last answered, as
 * {@code 2^(−age / halfLife)} (1 for an answer just now, ½ one half-life ago, 0 if never). Aardvark
 * weighed whether a person was available to answer now (Horowitz &amp; Kamvar, WWW 2010,
 * doi:10.1145/1772690.1772735); on a site, a recent answer is the best evidence of that. O(n) to prepare,
 * O(1) per candidate.
 *
 * @implNote Thread-safe: immutable.
 */
final class RecentActivity implements MatchSignal {

  static final String NAME = "recently-active";

  private final Map<MemberId, Instant> lastAnswer;
  private final double halfLifeSeconds;

  RecentActivity(Map<MemberId, Instant> lastAnswer, Duration halfLife) {
    this.lastAnswer = Map.copyOf(lastAnswer);
    this.halfLifeSeconds = halfLife.toSeconds();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Prepared prepare(Network network) {
    List<Member> members = network.members();
    long[] last = new long[members.size()];
    for (int i = 0; i < last.length; i++) {
      Instant t = lastAnswer.get(members.get(i).id());
      last[i] = t == null ? Long.MIN_VALUE : t.getEpochSecond();
    }
    return context -> {
      long now = context.asOf().getEpochSecond();
      return new Scorer() {
        @Override
        public double score(int candidate) {
          long t = last[candidate];
          if (t == Long.MIN_VALUE) {
            return 0;
          }
          return Math.pow(2, -Math.max(0, now - t) / halfLifeSeconds);
        }

        @Override
        public Optional<String> explain(int candidate) {
          long t = last[candidate];
          if (t == Long.MIN_VALUE) {
            return Optional.empty();
          }
          long days = Math.max(0, now - t) / 86_400;
          return Optional.of("answered a question " + (days == 0 ? "today" : days == 1 ? "yesterday"
              : days + " days ago"));
        }
      };
    };
  }

  @Override
  public String toString() {
    return NAME + "[half-life " + Duration.ofSeconds((long) halfLifeSeconds) + "]";
  }
}
