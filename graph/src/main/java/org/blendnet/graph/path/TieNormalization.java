package org.blendnet.graph.path;

/**
 * How a tie's weight becomes the strength of one hop of a referral chain, a number in (0, 1]; a chain's
 * strength is the product of its hops' strengths. Both are symmetric: a chain is as strong read from either
 * end.
 *
 * @implNote Thread-safe: an enum, immutable.
 * @since 0.1
 */
public enum TieNormalization {

  /**
   * {@code w / √(s_u s_v)}, with {@code s} the members' strengths (total tie weight): the geometric mean of
   * the tie's share of {@code u}'s attention and of {@code v}'s. The product over a chain is then the
   * geometric mean of two probabilities — that a request passed on along ties in proportion to their
   * weight follows the chain forward, and that the answer follows it back. So every hop costs something
   * (longer chains are weaker), and a hop through a busy member, whose attention is spread over many
   * ties, is weaker than one through a member for whom this tie matters. The default.
   */
  BY_STRENGTHS,

  /**
   * {@code w / max w} over the whole graph: the tie's weight relative to the strongest tie. A chain of the
   * strongest ties has strength 1 whatever its length, so the hop limit alone bounds the length; use it when
   * weights are comparable on an absolute scale (for example a rating of how well two people know each
   * other).
   */
  BY_STRONGEST_TIE
}
