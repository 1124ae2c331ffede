package org.blendnet.graph.community;

import java.util.Arrays;
import org.blendnet.core.ProgressListener;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.internal.SplitMix64;
import org.jspecify.annotations.Nullable;

/**
 * One run of the Leiden algorithm on flat arrays. Every buffer is allocated when the run starts, sized
 * for the input graph, and reused by every level and iteration; aggregate graphs are written into two
 * buffers used in turn (refinement first keeps the ties inside communities in the buffer the next
 * aggregate goes to). Not thread-safe: one engine per run.
 *
 * <p>The quality being optimised is {@code Σ_c [ w_c − γ' K_c² / 2 ]} with node weights {@code k_i}:
 * for modularity, {@code k_i} is the strength and {@code γ' = γ / 2m} (this is {@code m} times modularity
 * plus a constant); for CPM, {@code k_i} is the number of original nodes a node stands for and
 * {@code γ' = γ}. Moving node {@code v} into community {@code D} (not containing it) gains
 * {@code w(v, D) − γ' k_v K_D}.
 */
final class LeidenEngine {

  /** Nodes are queued in random order of blocks of this many consecutive nodes. */
  private static final int BLOCK = 16;

  private final double gamma;
  private final double theta;
  private final SplitMix64 random;
  private final ProgressListener progress;

  // level 0: the input graph
  private final int n0;
  private int[] off0;
  private int[] adj0;
  private float[] w0;
  private double[] k0;
  /** Where each input node sits in level 0 once level 0 has been renumbered by community; null before. */
  private int @Nullable [] position;

  // the current level
  private int n;
  private int[] off;
  private int[] adj;
  private float[] w;
  private double[] k;

  // two buffers for aggregate graphs, grown on first use
  private int[] offA;
  private int[] adjA = new int[0];
  private float[] wA = new float[0];
  private double[] kA;
  private int[] offB;
  private int[] adjB = new int[0];
  private float[] wB = new float[0];
  private double[] kB;

  // scratch, sized n0
  private final int[] cluster;
  private final double[] clusterWeight;
  private final int[] clusterSize;
  private final double[] stats;
  private final double[] edgeWeightTo;
  private final int[] neighbours;
  /** The community (or sub-community) at the other end of each half-edge of the node being visited. */
  private final int[] edgeCluster;
  private final int[] queue;
  private final boolean[] queued;
  private final int[] empty;
  private final int[] refined;
  private final double[] refinedWeight;
  private final int[] refinedSize;
  private final double[] refinedExternal;
  private final double[] internal;
  private final int[] groupStart;
  private final int[] groupNodes;
  private final int[] scratch;
  private final double[] chance;
  private final int[] levelOf;

  private int iterations;
  private boolean converged;

  LeidenEngine(SocialGraph graph, LeidenOptions options, ProgressListener progress) {
    this.theta = options.randomness();
    this.random = new SplitMix64(options.seed());
    this.progress = progress;
    this.n0 = graph.nodeCount();
    this.off0 = new int[n0 + 1];
    int halfEdges = n0 == 0 ? 0 : graph.edgeEnd(n0 - 1);
    this.adj0 = new int[halfEdges];
    this.w0 = new float[halfEdges];
    this.k0 = new double[n0];
    boolean modularity = options.objective() == Objective.MODULARITY;
    for (int u = 0; u < n0; u++) {
      int end = graph.edgeEnd(u);
      for (int e = graph.edgeStart(u); e < end; e++) {
        adj0[e] = graph.target(e);
        w0[e] = (float) graph.weight(e);
      }
      off0[u + 1] = end;
      k0[u] = modularity ? graph.strength(u) : 1.0;
    }
    double twoM = 2 * graph.totalWeight();
    this.gamma = modularity ? (twoM > 0 ? options.resolution() / twoM : 0) : options.resolution();
    this.cluster = new int[n0];
    this.clusterWeight = new double[n0];
    this.clusterSize = new int[n0];
    this.stats = new double[2 * n0];
    this.edgeWeightTo = new double[n0];
    this.neighbours = new int[n0];
    this.edgeCluster = new int[n0];
    this.queue = new int[n0];
    this.queued = new boolean[n0];
    this.empty = new int[n0];
    this.refined = new int[n0];
    this.refinedWeight = new double[n0];
    this.refinedSize = new int[n0];
    this.refinedExternal = new double[n0];
    this.internal = new double[n0];
    this.groupStart = new int[n0 + 1];
    this.groupNodes = new int[n0];
    this.scratch = new int[n0];
    this.chance = new double[n0 + 1];
    this.levelOf = new int[n0];
    this.offA = new int[n0 + 1];
    this.offB = new int[n0 + 1];
    this.kA = new double[n0];
    this.kB = new double[n0];
    this.off = off0;
    this.adj = adj0;
    this.w = w0;
    this.k = k0;
  }

  int iterations() {
    return iterations;
  }

  boolean converged() {
    return converged;
  }

  /** Runs Leiden iterations from a start partition (labels in [0, n)); returns labels in [0, n). */
  int[] run(int[] start, int maxIterations) {
    int[] membership = start.clone();
    renumber(membership, n0);
    int[] next = new int[n0];
    for (int it = 1; it <= maxIterations; it++) {
      progress.progress("leiden iteration", it - 1, maxIterations);
      iterate(membership, next);
      renumber(next, n0);
      iterations = it;
      if (Arrays.equals(next, membership)) {
        converged = true;
        break;
      }
      System.arraycopy(next, 0, membership, 0, n0);
      if (it == 1 && maxIterations > 1) {
        renumberByCommunity(membership);
      }
    }
    progress.progress("leiden iteration", iterations, maxIterations);
    splitDisconnected(membership);
    int[] where = position;
    if (where == null) {
      return membership;
    }
    int[] result = new int[n0];
    for (int v = 0; v < n0; v++) {
      result[v] = membership[where[v]];
    }
    return result;
  }

  /**
   * Renumbers level 0 so that each community's members are adjacent (by community, then by node), and
   * permutes {@code membership} to match. Later iterations then find a node's neighbours, which are
   * mostly in its own community, close together in memory; the result is mapped back at the end.
   * O(n + m), reusing aggregate buffer A for the new arrays.
   */
  private void renumberByCommunity(int[] membership) {
    n = n0;
    group(membership, n0);
    int[] order = groupNodes; // new → old
    int[] pos = new int[n0];  // old → new
    for (int i = 0; i < n0; i++) {
      pos[order[i]] = i;
    }
    ensureBuffer(true, off0[n0]);
    int[] newOff = offA;
    int[] newAdj = adjA;
    float[] newW = wA;
    double[] newK = kA;
    newOff[0] = 0;
    int p = 0;
    for (int i = 0; i < n0; i++) {
      int v = order[i];
      for (int e = off0[v]; e < off0[v + 1]; e++) {
        newAdj[p] = pos[adj0[e]];
        newW[p++] = w0[e];
      }
      newOff[i + 1] = p;
      newK[i] = k0[v];
      scratch[i] = membership[v];
    }
    System.arraycopy(scratch, 0, membership, 0, n0);
    offA = off0;
    adjA = adj0;
    wA = w0;
    kA = k0;
    off0 = newOff;
    adj0 = newAdj;
    w0 = newW;
    k0 = newK;
    position = pos;
  }

  /** One Leiden iteration: local moving, refinement and aggregation until every community is one node. */
  private void iterate(int[] start, int[] result) {
    n = n0;
    off = off0;
    adj = adj0;
    w = w0;
    k = k0;
    System.arraycopy(start, 0, cluster, 0, n0);
    for (int i = 0; i < n0; i++) {
      levelOf[i] = i;
    }
    boolean useA = true;
    while (true) {
      moveNodesFast();
      int communities = renumber(cluster, n);
      if (communities == n) {
        break;
      }
      int parts = refine(communities, useA);
      if (parts == n) {
        // refinement merged nothing: aggregate by the unrefined partition, which still shrinks the graph
        System.arraycopy(cluster, 0, refined, 0, n);
        parts = communities;
      }
      aggregate(parts, useA);
      useA = !useA;
      for (int i = 0; i < n0; i++) {
        levelOf[i] = refined[levelOf[i]];
      }
    }
    for (int i = 0; i < n0; i++) {
      result[i] = cluster[levelOf[i]];
    }
  }

  // ---- fast local moving --------------------------------------------------------------------------

  /** Moves nodes between communities until no move gains, visiting nodes from a queue (Traag et al. §"Fast local move"). */
  private void moveNodesFast() {
    int n = this.n;
    int[] off = this.off;
    int[] adj = this.adj;
    float[] w = this.w;
    double[] k = this.k;
    int[] cluster = this.cluster;
    // stats[2c] is community c's weight, stats[2c + 1] the visited node's tie weight to it: one cache line
    double[] stats = this.stats;
    int[] clusterSize = this.clusterSize;
    int[] neighbours = this.neighbours;
    int[] queue = this.queue;
    boolean[] queued = this.queued;
    int[] empty = this.empty;
    int[] edgeCluster = this.edgeCluster;
    double gamma = this.gamma;

    Arrays.fill(stats, 0, 2 * n, 0.0);
    Arrays.fill(clusterSize, 0, n, 0);
    for (int v = 0; v < n; v++) {
      stats[2 * cluster[v]] += k[v];
      clusterSize[cluster[v]]++;
    }
    int emptyCount = 0;
    for (int c = n - 1; c >= 0; c--) {
      if (clusterSize[c] == 0) {
        empty[emptyCount++] = c;
      }
    }
    randomOrder(queue, n);
    Arrays.fill(queued, 0, n, true);
    int head = 0;
    int pending = n;
    while (pending > 0) {
      int v = queue[head];
      head = head + 1 == n ? 0 : head + 1;
      pending--;
      queued[v] = false;

      int current = cluster[v];
      double kv = k[v];
      stats[2 * current] -= kv;
      if (--clusterSize[current] == 0) {
        empty[emptyCount++] = current;
      }

      // gather the neighbours' communities first: independent loads the processor can overlap
      int start = off[v];
      int end = off[v + 1];
      for (int e = start; e < end; e++) {
        edgeCluster[e - start] = cluster[adj[e]];
      }
      int count = 0;
      for (int e = start; e < end; e++) {
        int c = edgeCluster[e - start];
        neighbours[count] = c;
        count += stats[2 * c + 1] == 0 ? 1 : 0;
        stats[2 * c + 1] += w[e];
      }

      double gk = gamma * kv;
      int best = current;
      double bestGain = stats[2 * current + 1] - gk * stats[2 * current];
      for (int i = 0; i < count; i++) {
        int c = neighbours[i];
        double gain = stats[2 * c + 1] - gk * stats[2 * c];
        if (gain > bestGain) {
          best = c;
          bestGain = gain;
        }
        stats[2 * c + 1] = 0;
      }
      stats[2 * current + 1] = 0;
      if (bestGain < 0) {
        best = empty[emptyCount - 1];
      }

      stats[2 * best] += kv;
      if (clusterSize[best]++ == 0) {
        emptyCount--; // best is the top of the stack: the cluster v just left, or the spare empty one
      }
      if (best != current) {
        cluster[v] = best;
        for (int e = start; e < end; e++) {
          int u = adj[e];
          if (edgeCluster[e - start] != best && !queued[u]) {
            queued[u] = true;
            int tail = head + pending;
            queue[tail >= n ? tail - n : tail] = u;
            pending++;
          }
        }
      }
    }
  }

  /**
   * Fills {@code order[0 .. n-1]} with the nodes in random order of blocks of {@value #BLOCK} consecutive
   * nodes, each block in node order. Consecutive visits then read neighbouring memory.
   */
  private void randomOrder(int[] order, int n) {
    int blocks = (n + BLOCK - 1) / BLOCK;
    int[] blockOrder = scratch;
    for (int b = 0; b < blocks; b++) {
      blockOrder[b] = b;
    }
    random.shuffle(blockOrder, 0, blocks);
    int at = 0;
    for (int b = 0; b < blocks; b++) {
      int from = blockOrder[b] * BLOCK;
      int to = Math.min(n, from + BLOCK);
      for (int v = from; v < to; v++) {
        order[at++] = v;
      }
    }
  }

  // ---- refinement ---------------------------------------------------------------------------------

  /**
   * Refines the partition in {@link #cluster} (communities 0 .. communities-1): within each community,
   * starting from singletons, merges well-connected nodes into well-connected sub-communities, choosing
   * among non-negative gains at random with probability ∝ exp(gain / θ) (Traag et al., Algorithm A.2,
   * MergeNodesSubset). Leaves sub-community labels 0 .. parts-1 in {@link #refined}; returns parts.
   */
  private int refine(int communities, boolean intoA) {
    int n = this.n;
    int[] off = this.off;
    int[] adj = this.adj;
    float[] w = this.w;
    double[] k = this.k;
    int[] cluster = this.cluster;
    int[] refined = this.refined;
    double[] refinedWeight = this.refinedWeight;
    int[] refinedSize = this.refinedSize;
    double[] refinedExternal = this.refinedExternal;
    double[] internal = this.internal;
    double[] clusterWeight = this.clusterWeight;
    double[] edgeWeightTo = this.edgeWeightTo;
    int[] neighbours = this.neighbours;
    int[] candidate = this.edgeCluster;
    double[] chance = this.chance;
    double gamma = this.gamma;

    // one pass over all half-edges keeps those inside a community: a compact subgraph in the buffer the
    // aggregate graph will be written to next (free until then)
    ensureBuffer(intoA, off[n]);
    int[] subOff = intoA ? offA : offB;
    int[] subAdj = intoA ? adjA : adjB;
    float[] subW = intoA ? wA : wB;
    Arrays.fill(clusterWeight, 0, communities, 0.0);
    int p = 0;
    subOff[0] = 0;
    for (int v = 0; v < n; v++) {
      int c = cluster[v];
      clusterWeight[c] += k[v];
      double in = 0;
      int end = off[v + 1];
      for (int e = off[v]; e < end; e++) {
        int u = adj[e];
        subAdj[p] = u;
        subW[p] = w[e];
        if (cluster[u] == c) {
          in += w[e];
          p++;
        }
      }
      subOff[v + 1] = p;
      internal[v] = in;
      refined[v] = v;
      refinedWeight[v] = k[v];
      refinedSize[v] = 1;
      refinedExternal[v] = in;
    }
    group(cluster, communities);

    for (int c = 0; c < communities; c++) {
      int from = groupStart[c];
      int to = groupStart[c + 1];
      if (to - from < 2) {
        continue;
      }
      random.shuffle(groupNodes, from, to);
      double total = clusterWeight[c];
      for (int i = from; i < to; i++) {
        int v = groupNodes[i];
        int own = refined[v];
        double kv = k[v];
        if (refinedSize[own] != 1 || internal[v] < gamma * kv * (total - kv)) {
          continue; // v was joined by others, or is not well connected to its community
        }
        refinedWeight[own] = 0;
        refinedSize[own] = 0;

        int count = 0;
        int end = subOff[v + 1];
        for (int e = subOff[v]; e < end; e++) {
          int r = refined[subAdj[e]];
          neighbours[count] = r;
          count += edgeWeightTo[r] == 0 ? 1 : 0;
          edgeWeightTo[r] += subW[e];
        }

        // candidates: well-connected sub-communities with a non-negative gain, and v alone (gain 0)
        double gk = gamma * kv;
        double maxGain = 0;
        int candidates = 0;
        for (int j = 0; j < count; j++) {
          int r = neighbours[j];
          double kr = refinedWeight[r];
          double gain = edgeWeightTo[r] - gk * kr;
          if (gain >= 0 && refinedExternal[r] >= gamma * kr * (total - kr)) {
            candidate[candidates] = r;
            chance[candidates++] = gain;
            if (gain > maxGain) {
              maxGain = gain;
            }
          }
        }
        int chosen = own;
        if (candidates > 0) {
          double sum = 0;
          for (int j = 0; j < candidates; j++) {
            sum += expNonPositive((chance[j] - maxGain) / theta);
            chance[j] = sum;
          }
          sum += expNonPositive(-maxGain / theta);
          double x = random.nextDouble() * sum;
          for (int j = 0; j < candidates; j++) {
            if (x < chance[j]) {
              chosen = candidate[j];
              break;
            }
          }
        }
        double toChosen = chosen == own ? 0 : edgeWeightTo[chosen];
        for (int j = 0; j < count; j++) {
          edgeWeightTo[neighbours[j]] = 0;
        }

        refined[v] = chosen;
        refinedWeight[chosen] += kv;
        refinedSize[chosen]++;
        refinedExternal[chosen] = chosen == own ? internal[v] : refinedExternal[chosen] + internal[v] - 2 * toChosen;
      }
    }
    return renumber(refined, n);
  }

  // ---- aggregation --------------------------------------------------------------------------------

  /**
   * Replaces the current level by its aggregate over {@link #refined} (parts nodes): one node per
   * sub-community, weights summed, self-loops dropped (they move with their node and never change a
   * gain). The aggregate's start partition is {@link #cluster}, the unrefined communities.
   */
  private void aggregate(int parts, boolean intoA) {
    int n = this.n;
    int[] off = this.off;
    int[] adj = this.adj;
    float[] w = this.w;
    double[] k = this.k;
    int[] refined = this.refined;
    double[] edgeWeightTo = this.edgeWeightTo;
    int[] neighbours = this.neighbours;

    ensureBuffer(intoA, off[n]);
    int[] newOff = intoA ? offA : offB;
    double[] newK = intoA ? kA : kB;
    int[] newAdj = intoA ? adjA : adjB;
    float[] newW = intoA ? wA : wB;

    group(refined, parts);
    int position = 0;
    newOff[0] = 0;
    for (int r = 0; r < parts; r++) {
      int count = 0;
      double weight = 0;
      for (int i = groupStart[r]; i < groupStart[r + 1]; i++) {
        int v = groupNodes[i];
        weight += k[v];
        int end = off[v + 1];
        for (int e = off[v]; e < end; e++) {
          int s = refined[adj[e]];
          if (s != r) {
            if (edgeWeightTo[s] == 0) {
              neighbours[count++] = s;
            }
            edgeWeightTo[s] += w[e];
          }
        }
      }
      for (int j = 0; j < count; j++) {
        int s = neighbours[j];
        newAdj[position] = s;
        newW[position++] = (float) edgeWeightTo[s];
        edgeWeightTo[s] = 0;
      }
      newOff[r + 1] = position;
      newK[r] = weight;
      scratch[r] = cluster[groupNodes[groupStart[r]]];
    }
    System.arraycopy(scratch, 0, cluster, 0, parts);
    this.n = parts;
    this.off = newOff;
    this.adj = newAdj;
    this.w = newW;
    this.k = newK;
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /** Makes aggregate buffer A or B hold at least {@code halfEdges} half-edges. */
  private void ensureBuffer(boolean a, int halfEdges) {
    if (a && adjA.length < halfEdges) {
      adjA = new int[halfEdges];
      wA = new float[halfEdges];
    } else if (!a && adjB.length < halfEdges) {
      adjB = new int[halfEdges];
      wB = new float[halfEdges];
    }
  }

  /** Groups the current level's nodes by label (a counting sort, ascending within a group). */
  private void group(int[] labels, int count) {
    int[] groupStart = this.groupStart;
    Arrays.fill(groupStart, 0, count + 1, 0);
    for (int v = 0; v < n; v++) {
      groupStart[labels[v] + 1]++;
    }
    for (int c = 0; c < count; c++) {
      groupStart[c + 1] += groupStart[c];
    }
    for (int v = 0; v < n; v++) {
      groupNodes[groupStart[labels[v]]++] = v;
    }
    // groupStart[c] now holds the end of c, which is the start of c + 1: shift back by one
    System.arraycopy(groupStart, 0, groupStart, 1, count);
    groupStart[0] = 0;
  }

  /** Renumbers labels[0 .. size-1] to 0 .. count-1 in order of first appearance; returns count. */
  private int renumber(int[] labels, int size) {
    int[] map = scratch;
    Arrays.fill(map, 0, size, -1);
    int count = 0;
    for (int v = 0; v < size; v++) {
      int c = labels[v];
      if (map[c] < 0) {
        map[c] = count++;
      }
      labels[v] = map[c];
    }
    return count;
  }

  /**
   * Splits every community that is not connected into its connected parts, O(n + m) by breadth-first
   * search over ties inside communities. Leiden's refinement already keeps communities connected; this
   * makes it hold without exception (for example for a start partition that joined unconnected members),
   * and can only raise the quality, since no tie runs between the parts.
   */
  private void splitDisconnected(int[] membership) {
    int[] component = scratch;
    Arrays.fill(component, 0, n0, -1);
    int components = 0;
    for (int s = 0; s < n0; s++) {
      if (component[s] >= 0) {
        continue;
      }
      int c = membership[s];
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      component[s] = components;
      while (head < tail) {
        int v = queue[head++];
        for (int e = off0[v]; e < off0[v + 1]; e++) {
          int u = adj0[e];
          if (component[u] < 0 && membership[u] == c) {
            component[u] = components;
            queue[tail++] = u;
          }
        }
      }
      components++;
    }
    System.arraycopy(component, 0, membership, 0, n0);
  }

  /**
   * e<sup>x</sup> for x ≤ 0, to about 1e-12 relative, by plain arithmetic (reduction by powers of two and a
   * degree-11 Taylor polynomial), so that the refinement's random choices are the same on every JVM —
   * which {@link Math#exp} does not promise — at a fraction of the cost of {@link StrictMath#exp}.
   */
  static double expNonPositive(double x) {
    if (x < -708) {
      return 0;
    }
    double kf = Math.rint(x * 1.4426950408889634); // x / ln 2
    double r = x - kf * 0.6931471805599453;         // |r| <= ln 2 / 2
    double p = 1.0 / 39916800;
    p = p * r + 1.0 / 3628800;
    p = p * r + 1.0 / 362880;
    p = p * r + 1.0 / 40320;
    p = p * r + 1.0 / 5040;
    p = p * r + 1.0 / 720;
    p = p * r + 1.0 / 120;
    p = p * r + 1.0 / 24;
    p = p * r + 1.0 / 6;
    p = p * r + 1.0 / 2;
    p = p * r + 1;
    p = p * r + 1;
    return Math.scalb(p, (int) kf);
  }
}
