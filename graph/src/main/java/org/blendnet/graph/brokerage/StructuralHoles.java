package org.blendnet.graph.brokerage;

import java.util.Objects;
import org.blendnet.graph.SocialGraph;

/**
 * Burt's structural-hole measures per member: constraint, effective size, efficiency and hierarchy — how
 * far a member's contacts are tied to each other (redundant, constraining) or spread over otherwise
 * unconnected people (holes the member can broker). R. S. Burt, <i>Structural Holes: The Social Structure
 * of Competition</i>, Harvard University Press (1992), chapter 2; R. S. Burt, "Structural holes and good
 * ideas", Am. J. Sociol. 110(2) (2004) 349–399, doi:10.1086/421787.
 *
 * <p><b>Definitions</b>, for member {@code i} with contacts N(i), tie weights {@code w} and strengths
 * {@code s_i = Σ_j w_ij} (with {@linkplain #unweighted() unweighted} ties every {@code w} is 1):
 *
 * <ul>
 *   <li>proportional tie strength {@code p_ij = w_ij / s_i}: the share of i's time and energy invested
 *       in j;
 *   <li>local constraint {@code ℓ(i, j) = (p_ij + Σ_{q ∈ N(i), q ≠ j} p_iq p_qj)²}: j constrains i
 *       directly and through i's other contacts who are themselves invested in j;
 *   <li><b>constraint</b> {@code C_i = Σ_{j ∈ N(i)} ℓ(i, j)}: from about 1/|N(i)| (many unconnected
 *       contacts) up to 1 (one contact, or a clique dominated by one) and slightly above;
 *   <li><b>effective size</b> {@code E_i = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i)} p_iq m_jq)} with
 *       {@code m_jq = w_jq / max_k w_jk}: the number of contacts less their redundancy with each other.
 *       Unweighted it equals Borgatti's form {@code n − 2t / n} for {@code n} contacts with {@code t} ties
 *       among them (S. P. Borgatti, "Structural holes: unpacking Burt's redundancy measures", Connections
 *       20(1) (1997) 35–38);
 *   <li><b>efficiency</b> {@code E_i / |N(i)|};
 *   <li><b>hierarchy</b>, Burt's Coleman–Theil index of how concentrated the constraint is on one
 *       contact: {@code H_i = Σ_j r_j ln r_j / (N ln N)} with {@code r_j = ℓ(i, j) / (C_i / N)} and
 *       {@code N = |N(i)|}; 0 when every contact constrains equally, approaching 1 when one contact holds
 *       all of it. With a single contact the formula is 0/0; we report 1, since all the constraint then
 *       comes from that one contact (Burt's reading of the measure).
 * </ul>
 *
 * A member without ties has no ego network: every measure is NaN. Constraint and effective size are those
 * of NetworkX's {@code constraint} and {@code effective_size} on an undirected graph, with
 * {@code weight="weight"} or {@code None} (weighted effective size as NetworkX 3.6 computes it when given
 * {@code nodes}; its vectorised path, used without {@code nodes}, normalises by the wrong end's largest
 * weight — networkx/networkx pull request 8906).
 *
 * <p><b>Weights.</b> By {@linkplain #weighted() default} the measures use tie weights: Burt defines
 * {@code p_ij} from the time and energy invested in a relationship, which the tie weight of a social
 * graph measures. {@link #unweighted()} counts every tie once, as in the classic binary analyses.
 *
 * <p><b>Complexity.</b> O(Σ<sub>j</sub> deg(j)²) time — for each member, each contact's contacts are
 * scanned once — and O(n) memory beyond the result. Iterative.
 *
 * <pre>{@code
 * StructuralHoleScores holes = StructuralHoles.weighted().compute(graph);
 * holes.constraint(MemberId.of("ana"));   // 0.21: few redundant contacts
 * }</pre>
 *
 * @implNote Thread-safe: immutable; each call works on buffers of its own.
 * @since 0.1
 */
public final class StructuralHoles {

  private static final StructuralHoles WEIGHTED = new StructuralHoles(true);
  private static final StructuralHoles UNWEIGHTED = new StructuralHoles(false);

  private final boolean weighted;

  private StructuralHoles(boolean weighted) {
    this.weighted = weighted;
  }

  /** The measures over tie weights (the default). */
  public static StructuralHoles weighted() {
    return WEIGHTED;
  }

  /** The measures with every tie counted once. */
  public static StructuralHoles unweighted() {
    return UNWEIGHTED;
  }

  /** True if tie weights are used. */
  public boolean isWeighted() {
    return weighted;
  }

  /** Computes constraint, effective size, efficiency and hierarchy of every member. */
  public StructuralHoleScores compute(SocialGraph graph) {
    Objects.requireNonNull(graph, "graph");
    int n = graph.nodeCount();
    double[] strength = new double[n];
    double[] maxWeight = new double[n];
    for (int v = 0; v < n; v++) {
      double s = 0;
      double max = 0;
      for (int e = graph.edgeStart(v), end = graph.edgeEnd(v); e < end; e++) {
        double w = w(graph, e);
        s += w;
        max = Math.max(max, w);
      }
      strength[v] = s;
      maxWeight[v] = max;
    }
    double[] constraint = new double[n];
    double[] effectiveSize = new double[n];
    double[] hierarchy = new double[n];
    double[] share = new double[n]; // p_iq of the current ego's contacts, 0 elsewhere
    double[] local = new double[maxDegree(graph)];
    for (int i = 0; i < n; i++) {
      int start = graph.edgeStart(i);
      int end = graph.edgeEnd(i);
      int degree = end - start;
      if (degree == 0) {
        constraint[i] = Double.NaN;
        effectiveSize[i] = Double.NaN;
        hierarchy[i] = Double.NaN;
        continue;
      }
      for (int e = start; e < end; e++) {
        share[graph.target(e)] = w(graph, e) / strength[i];
      }
      double c = 0;
      double size = 0;
      for (int e = start; e < end; e++) {
        int j = graph.target(e);
        double indirect = 0;
        double redundancy = 0;
        for (int f = graph.edgeStart(j), fend = graph.edgeEnd(j); f < fend; f++) {
          int q = graph.target(f);
          double piq = share[q];
          if (piq != 0 && q != i) {
            double wjq = w(graph, f);
            indirect += piq * (wjq / strength[q]);
            redundancy += piq * (wjq / maxWeight[j]);
          }
        }
        double l = share[j] + indirect;
        l *= l;
        local[e - start] = l;
        c += l;
        size += 1 - redundancy;
      }
      constraint[i] = c;
      effectiveSize[i] = size;
      hierarchy[i] = hierarchy(local, degree, c);
      for (int e = start; e < end; e++) {
        share[graph.target(e)] = 0;
      }
    }
    return new StructuralHoleScores(graph, weighted, constraint, effectiveSize, hierarchy);
  }

  private double w(SocialGraph graph, int e) {
    return weighted ? graph.weight(e) : 1.0;
  }

  private static int maxDegree(SocialGraph graph) {
    int max = 0;
    for (int v = 0; v < graph.nodeCount(); v++) {
      max = Math.max(max, graph.degree(v));
    }
    return max;
  }

  /** Burt's hierarchy of local constraints {@code local[0 .. count)} summing to {@code total}. */
  static double hierarchy(double[] local, int count, double total) {
    if (count == 1) {
      return 1.0;
    }
    double mean = total / count;
    double sum = 0;
    for (int j = 0; j < count; j++) {
      double r = local[j] / mean;
      sum += r * StrictMath.log(r);
    }
    return sum / (count * StrictMath.log(count));
  }

  @Override
  public String toString() {
    return "StructuralHoles[" + (weighted ? "weighted" : "unweighted") + "]";
  }
}
