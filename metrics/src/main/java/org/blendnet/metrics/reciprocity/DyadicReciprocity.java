package org.blendnet.metrics.reciprocity;

import org.blendnet.metrics.internal.Format;

/**
 * How reciprocal the ties of a directed graph are, counted on its distinct ties (arcs).
 *
 * <ul>
 *   <li><b>r</b>, the share of ties that are reciprocated: r = L<sup>↔</sup>/L, where L is the number of
 *       ties i → j and L<sup>↔</sup> the number of those with a tie j → i too (Wasserman &amp; Faust,
 *       <i>Social Network Analysis: Methods and Applications</i>, Cambridge University Press, 1994,
 *       doi:10.1017/CBO9780511815478). In [0, 1]; 0 when there are no ties.
 *   <li><b>ā</b>, the density: L / (n(n − 1)) for n members, the r expected if ties were placed at
 *       random; 0 when n &lt; 2.
 *   <li><b>ρ</b>, reciprocity beyond chance: ρ = (r − ā)/(1 − ā) (D. Garlaschelli &amp; M. I. Loffredo,
 *       "Patterns of link reciprocity in directed networks", <i>Phys. Rev. Lett.</i> 93, 268701, 2004,
 *       doi:10.1103/PhysRevLett.93.268701). Positive: more mutual ties than chance; negative: fewer
 *       (anti-reciprocal); 0: as random. In [−1, 1]. Defined as 0 when ā = 1 (every possible tie
 *       exists, so mutuality is forced and says nothing) and when there are no ties.
 * </ul>
 *
 * @implNote Thread-safe: immutable.
 * @param members n, the number of members (nodes, whether they have ties or not)
 * @param ties L, the number of distinct directed ties
 * @param reciprocatedTies L<sup>↔</sup>, the ties whose reverse is also a tie (always even)
 * @since 0.1
 */
public record DyadicReciprocity(int members, long ties, long reciprocatedTies) {

  /**
   * Creates the figures.
   *
   * @throws IllegalArgumentException if a count is negative, there are more ties than n(n − 1), or more
   *     reciprocated ties than ties
   */
  public DyadicReciprocity {
    if (members < 0 || ties < 0 || reciprocatedTies < 0) {
      throw new IllegalArgumentException("counts must be >= 0 but were members=" + members + ", ties=" + ties
          + ", reciprocatedTies=" + reciprocatedTies);
    }
    if (ties > (long) members * (members - 1) && ties > 0) {
      throw new IllegalArgumentException("ties must be <= n(n-1) = " + (long) members * (members - 1)
          + " but was " + ties);
    }
    if (reciprocatedTies > ties) {
      throw new IllegalArgumentException(
          "reciprocatedTies must be <= ties but was " + reciprocatedTies + " > " + ties);
    }
  }

  /** r = L<sup>↔</sup>/L, the share of ties that are reciprocated; 0 when there are no ties. */
  public double reciprocity() {
    return ties == 0 ? 0 : (double) reciprocatedTies / ties;
  }

  /** ā = L / (n(n − 1)); 0 when n &lt; 2. */
  public double density() {
    return members < 2 ? 0 : (double) ties / ((double) members * (members - 1));
  }

  /** ρ = (r − ā)/(1 − ā); 0 when ā = 1 or there are no ties. */
  public double rho() {
    double a = density();
    if (ties == 0 || a >= 1) {
      return 0;
    }
    return Math.max(-1, Math.min(1, (reciprocity() - a) / (1 - a)));
  }

  /** {@code DyadicReciprocity[members=4, ties=5, reciprocated=2, r=0.400, density=0.417, rho=-0.029]}. */
  @Override
  public String toString() {
    return "DyadicReciprocity[members=" + members + ", ties=" + ties + ", reciprocated=" + reciprocatedTies
        + ", r=" + Format.ratio(reciprocity()) + ", density=" + Format.ratio(density()) + ", rho="
        + Format.ratio(rho()) + "]";
  }
}
