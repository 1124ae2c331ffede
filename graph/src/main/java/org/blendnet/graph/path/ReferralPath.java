package org.blendnet.graph.path;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntFunction;
import org.blendnet.core.MemberId;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.graph.SocialGraph;
import org.jspecify.annotations.Nullable;

/**
 * One introduction chain found by {@link ReferralPaths}: the members in order, from the requester to the
 * target, the tie weight and hop strength of each hop, and the chain's strength, the product of the hop
 * strengths. It turns into the {@link Referral} suggestions of a double opt-in introduction with
 * {@link #introductions(IntFunction, Instant)} or {@link #questionForwards(QuestionId, IntFunction, Instant)}.
 *
 * <pre>{@code
 * ReferralPath[asker -(0.4082)-> karyn -(0.3536)-> expert, strength=0.1443, hops=2]
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class ReferralPath {

  private static final int SHOWN = 8;

  private final SocialGraph graph;
  private final int[] nodes;
  private final double[] weights;
  private final double[] strengths;
  private final double cost;
  private final double strength;

  ReferralPath(SocialGraph graph, int[] nodes, double[] weights, double[] strengths, double cost) {
    this.graph = graph;
    this.nodes = nodes;
    this.weights = weights;
    this.strengths = strengths;
    this.cost = cost;
    double product = 1;
    for (double s : strengths) {
      product *= s;
    }
    this.strength = product;
  }

  /** The members of the chain in order, the requester first and the target last: an unmodifiable copy. */
  public List<MemberId> members() {
    List<MemberId> out = new ArrayList<>(nodes.length);
    for (int v : nodes) {
      out.add(graph.member(v));
    }
    return Collections.unmodifiableList(out);
  }

  /** The graph nodes of the chain in order: a fresh copy. */
  public int[] nodes() {
    return nodes.clone();
  }

  int[] nodeArray() {
    return nodes;
  }

  /** The requester, where the chain starts. */
  public MemberId from() {
    return graph.member(nodes[0]);
  }

  /** The target, where the chain ends. */
  public MemberId to() {
    return graph.member(nodes[nodes.length - 1]);
  }

  /** The members between the two ends, in order: an unmodifiable copy; empty for a direct tie. */
  public List<MemberId> intermediaries() {
    return members().subList(1, nodes.length - 1);
  }

  /** The number of ties in the chain. */
  public int hops() {
    return nodes.length - 1;
  }

  /** The weight of each hop's tie, in order: an unmodifiable copy. */
  public List<Double> tieWeights() {
    return list(weights);
  }

  /** The strength of each hop, in (0, 1], in order: an unmodifiable copy. */
  public List<Double> hopStrengths() {
    return list(strengths);
  }

  /** The strength of the chain: the product of its hop strengths, in (0, 1]. */
  public double strength() {
    return strength;
  }

  /** The sum of {@code −ln(hop strength)}: what the search minimised. */
  double cost() {
    return cost;
  }

  private static List<Double> list(double[] values) {
    List<Double> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The introductions that carry the requester along the chain, each the child of the one before:
   * intermediary {@code x_i} introduces the requester {@code x_0} to {@code x_{i+1}}, for each intermediary
   * in order. So for {@code asker → karyn → harold → expert}: karyn introduces asker to harold, then harold
   * introduces asker to expert. All are new suggestions ({@link Referral#introduction}): consent not yet
   * requested, nothing shared — each target still has to accept. Empty for a direct tie.
   *
   * @param ids the id of the {@code i}-th introduction, {@code i = 0, 1, …}
   * @param at when the introductions are suggested
   * @throws NullPointerException if {@code ids} returns null
   */
  public List<Referral> introductions(IntFunction<ReferralId> ids, Instant at) {
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(at, "at");
    List<Referral> out = new ArrayList<>();
    MemberId requester = from();
    @Nullable ReferralId parent = null;
    for (int i = 1; i + 1 < nodes.length; i++) {
      ReferralId id = Objects.requireNonNull(ids.apply(out.size()), "ids returned null");
      Referral r = Referral.introduction(id, graph.member(nodes[i]), requester, graph.member(nodes[i + 1]), at);
      out.add(parent == null ? r : r.withParent(parent));
      parent = id;
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The question forwards that pass a question along the chain, each the child of the one before: each
   * member {@code x_i} passes it to {@code x_{i+1}}, on behalf of the requester from the second hop on.
   * So for {@code asker → karyn → expert}: asker asks karyn, then karyn forwards to expert on behalf of
   * asker. All are new ({@link Referral#forward}): consent not yet requested, pending.
   *
   * @param question the question passed on
   * @param ids the id of the {@code i}-th forward, {@code i = 0, 1, …}
   * @param at when the forwards are suggested
   * @throws NullPointerException if {@code ids} returns null
   */
  public List<Referral> questionForwards(QuestionId question, IntFunction<ReferralId> ids, Instant at) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(at, "at");
    List<Referral> out = new ArrayList<>();
    MemberId requester = from();
    @Nullable ReferralId parent = null;
    for (int i = 0; i + 1 < nodes.length; i++) {
      ReferralId id = Objects.requireNonNull(ids.apply(i), "ids returned null");
      MemberId holder = graph.member(nodes[i]);
      Referral r = Referral.forward(id, question, holder, holder, graph.member(nodes[i + 1]), at);
      if (i > 0) {
        r = r.onBehalfOf(requester);
      }
      out.add(parent == null ? r : r.withParent(parent));
      parent = id;
    }
    return Collections.unmodifiableList(out);
  }

  /** Equal when they are the same chain of the same graph instance. */
  @Override
  public boolean equals(@Nullable Object o) {
    return this == o || (o instanceof ReferralPath other && graph == other.graph && Arrays.equals(nodes, other.nodes));
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(nodes);
  }

  /**
   * {@code ReferralPath[asker -(0.4082)-> karyn -(0.3536)-> expert, strength=0.1443, hops=2]}: member ids
   * and hop strengths; chains of more than eight hops show the first seven, then {@code …(+n more)} and the
   * target.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ReferralPath[").append(graph.member(nodes[0]));
    int hops = nodes.length - 1;
    for (int i = 0; i < hops; i++) {
      if (hops > SHOWN && i == SHOWN - 1) {
        s.append(" …(+").append(hops - SHOWN).append(" more)");
        i = hops - 1;
      }
      s.append(String.format(Locale.ROOT, " -(%.4f)-> ", strengths[i])).append(graph.member(nodes[i + 1]));
    }
    return s.append(String.format(Locale.ROOT, ", strength=%.4g, hops=%d]", strength, hops)).toString();
  }
}
