package org.blendnet.examples.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.metrics.reciprocity.ReciprocityBalancer;
import org.blendnet.metrics.reciprocity.ReciprocityLedger;

/**
 * The standard routing policies a simulation compares.
 *
 * <ul>
 *   <li>{@link #random()} — asks k members drawn uniformly: the baseline of a mailing list;
 *   <li>{@link #topicOnly()} — asks the k members who know the question's topics best (level-weighted
 *       coverage), ties broken at random: a plain expert directory, blind to load and fit;
 *   <li>{@link #matchmaker()} — the full {@link Matchmaker} with the core signals, whose availability
 *       signal reads the answering load, so the busiest experts are asked less;
 *   <li>{@link #balanced()} — the matchmaker plus {@link ReciprocityBalancer}: it spares members who have
 *       answered a lot lately (not asked at all from the cap on) and invites takers who know the topic;
 *   <li>{@link #matchmaker(String, BiFunction)} — the matchmaker with more signals, e.g. reciprocity
 *       balancing, given as a change to its builder for the round.
 * </ul>
 *
 * @implNote Thread-safe: stateless; each policy is immutable.
 * @since 0.1
 */
public final class RoutingPolicies {

  /** The answers over the recent window at which {@link #balanced()} starts to spare a member. */
  public static final int BALANCE_TARGET = 3;
  /** The answers over the recent window from which {@link #balanced()} does not ask a member at all. */
  public static final int BALANCE_CAP = 6;
  private static final double BALANCE_WEIGHT = 1.5;

  private RoutingPolicies() {}

  /** Asks k members drawn uniformly at random (never the asker). O(n) per question. */
  public static RoutingPolicy random() {
    return new RoutingPolicy() {
      @Override
      public String name() {
        return "random";
      }

      @Override
      public Router prepare(RoundContext context) {
        List<MemberId> everyone = context.network().members().stream().map(Member::id).toList();
        return (question, k) -> {
          List<MemberId> pool = new ArrayList<>(everyone);
          pool.remove(question.asker());
          List<MemberId> chosen = new ArrayList<>(k);
          while (chosen.size() < k && !pool.isEmpty()) {
            int i = context.random().nextInt(pool.size());
            chosen.add(pool.get(i));
            pool.set(i, pool.get(pool.size() - 1));
            pool.remove(pool.size() - 1);
          }
          return chosen;
        };
      }

      @Override
      public String toString() {
        return "RoutingPolicy[random]";
      }
    };
  }

  /**
   * Asks the k members with the highest level-weighted coverage of the question's topics (as
   * {@link org.blendnet.core.match.CoreSignals#topicFit()} scores it), equal coverage in random order;
   * members who know none of the topics are not asked. O(n · t) per question.
   */
  public static RoutingPolicy topicOnly() {
    return new RoutingPolicy() {
      @Override
      public String name() {
        return "topic only";
      }

      @Override
      public Router prepare(RoundContext context) {
        List<Member> members = context.network().members();
        return (question, k) -> {
          record Scored(MemberId id, double fit, double tie) { }
          List<Scored> scored = new ArrayList<>();
          for (Member m : members) {
            double fit = 0;
            for (Topic t : question.topics()) {
              fit += m.expertiseIn(t).map(ExpertiseLevel::weight).orElse(0.0);
            }
            double tie = context.random().nextDouble();
            if (fit > 0 && !m.id().equals(question.asker())) {
              scored.add(new Scored(m.id(), fit, tie));
            }
          }
          scored.sort(Comparator.comparingDouble(Scored::fit).reversed().thenComparingDouble(Scored::tie));
          return scored.stream().limit(k).map(Scored::id).toList();
        };
      }

      @Override
      public String toString() {
        return "RoutingPolicy[topic only]";
      }
    };
  }

  /** The full matchmaker with the core signals; its availability signal reads the answering load. */
  public static RoutingPolicy matchmaker() {
    return matchmaker("matchmaker", (context, builder) -> builder);
  }

  /**
   * The full matchmaker plus reciprocity balancing: {@link ReciprocityBalancer} as a signal of weight 1.5,
   * with target {@value #BALANCE_TARGET} and cap {@value #BALANCE_CAP} answers over the recent window (the
   * round's answering load), and members at the cap excluded from each request. Built once per round:
   * O(n · e) for the ledger and the invitations, plus the matchmaker's O(n + e + i); each question adds
   * O(n) for the capped set.
   */
  public static RoutingPolicy balanced() {
    return new RoutingPolicy() {
      @Override
      public String name() {
        return "matchmaker + balancing";
      }

      @Override
      public Router prepare(RoundContext context) {
        Network network = context.network();
        ReciprocityBalancer balancer = ReciprocityBalancer.builder(network, ReciprocityLedger.of(network))
            .target(BALANCE_TARGET).cap(BALANCE_CAP).liveLoad(context.answeringLoad()).build();
        Matchmaker matchmaker = Matchmaker.builder(network).coreSignals().matchLoad(context.answeringLoad())
            .signal(balancer, BALANCE_WEIGHT).build();
        long seed = context.random().nextLong();
        return (question, k) -> matchmaker.routeQuestion(question.asker(), question.topics(),
            MatchOptions.defaults().withK(k).withAsOf(question.askedAt()).withSeed(seed)
                .withExcluded(balancer.capped(question.askedAt()))).answerers().members();
      }

      @Override
      public String toString() {
        return "RoutingPolicy[matchmaker + balancing]";
      }
    };
  }

  /**
   * The matchmaker with the core signals and the round's answering load, changed by {@code extra} (more
   * signals, candidate sources) for each round, for example a signal built from the round's network:
   * {@code matchmaker("balanced", (round, b) -> b.signal(balancerFor(round.network()), 1.5))}. The
   * matchmaker is built once per round (O(n + e + i)) and routes each question in O(c · m) for c
   * candidates and m signals.
   */
  public static RoutingPolicy matchmaker(String name,
      BiFunction<RoundContext, Matchmaker.Builder, Matchmaker.Builder> extra) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(extra, "extra");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return new RoutingPolicy() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Router prepare(RoundContext context) {
        Matchmaker matchmaker = extra.apply(context, Matchmaker.builder(context.network()).coreSignals()
            .matchLoad(context.answeringLoad())).build();
        long seed = context.random().nextLong();
        return (question, k) -> matchmaker.routeQuestion(question.asker(), question.topics(),
            MatchOptions.defaults().withK(k).withAsOf(question.askedAt()).withSeed(seed)).answerers().members();
      }

      @Override
      public String toString() {
        return "RoutingPolicy[" + name + "]";
      }
    };
  }
}
