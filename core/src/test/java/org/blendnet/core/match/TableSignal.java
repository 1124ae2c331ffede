package org.blendnet.core.match;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;

/**
 * A signal for planner tests whose scores are given as a table: {@code score(a, b)} for a seeker a and
 * a candidate b, 0 where the table says nothing. With it as a matchmaker's only signal (weight 1) a
 * match's score is exactly the table's value, so expected totals can be written down by hand. Its
 * companion {@link #everyone()} proposes every member as a candidate, so that the engine finds what the
 * table says whatever the members' topics.
 */
final class TableSignal implements MatchSignal {

  private final Map<String, Double> scores = new HashMap<>();

  /** Sets both a's score of b and b's of a. */
  TableSignal both(String a, String b, double score) {
    scores.put(a + "\n" + b, score);
    scores.put(b + "\n" + a, score);
    return this;
  }

  /** Sets a's score of b only. */
  TableSignal directed(String a, String b, double score) {
    scores.put(a + "\n" + b, score);
    return this;
  }

  double score(MemberId a, MemberId b) {
    return scores.getOrDefault(a.value() + "\n" + b.value(), 0.0);
  }

  @Override
  public String name() {
    return "table";
  }

  @Override
  public Prepared prepare(Network network) {
    return context -> new Scorer() {
      @Override
      public double score(int candidate) {
        return TableSignal.this.score(context.seeker().id(), context.member(candidate).id());
      }

      @Override
      public Optional<String> explain(int candidate) {
        return Optional.of("scored " + score(candidate) + " by the table");
      }
    };
  }

  /** A matchmaker over {@code network} with this signal alone and every member a candidate. */
  Matchmaker matchmaker(Network network) {
    return Matchmaker.builder(network).signal(this, 1).candidateSource(everyone()).build();
  }

  /** A candidate source proposing every member. */
  static CandidateSource everyone() {
    return new CandidateSource() {
      @Override
      public String name() {
        return "everyone";
      }

      @Override
      public Prepared prepare(Network network) {
        return (context, sink) -> {
          for (int i = 0; i < context.memberCount(); i++) {
            sink.add(context.member(i).id());
          }
        };
      }
    };
  }
}
