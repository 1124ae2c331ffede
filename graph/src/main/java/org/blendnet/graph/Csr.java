package org.blendnet.graph;

import org.jspecify.annotations.Nullable;

/**
 * The arrays of a compressed sparse row graph, and how to assemble them from ties grouped by their
 * lower node. Package-private plumbing of {@link SocialGraph}'s builders.
 *
 * @param offsets node {@code u}'s half-edges are {@code offsets[u] .. offsets[u + 1] - 1}
 * @param targets the other end of each half-edge, ascending within a node
 * @param weightA the online weight of each half-edge (or the only weight of a graph without channels)
 * @param weightB the offline weight of each half-edge, or null for a graph with one weight
 * @param onlineFirst a bit per half-edge: set if the tie's first online contact came before its first
 *     offline contact; null for a graph without channels
 */
@SuppressWarnings("ArrayRecordComponent") // an internal carrier, never compared or hashed
record Csr(int[] offsets, int[] targets, float[] weightA, float @Nullable [] weightB,
    long @Nullable [] onlineFirst) {

  /** Most half-edges a graph can hold (arrays are indexed by int). */
  static final int MAX_HALF_EDGES = Integer.MAX_VALUE - 16;

  /**
   * Assembles both directions of every tie into CSR arrays, O(n + T). Ties are given per lower node
   * {@code u}: ties {@code lowStart[u] .. lowStart[u + 1] - 1}, with partners greater than {@code u} in
   * ascending order; each node's half-edges then come out sorted by target.
   */
  static Csr assemble(int n, int[] lowStart, int[] partner, float[] a, float @Nullable [] b,
      long @Nullable [] onlineFirstByTie) {
    int ties = lowStart[n];
    if ((long) ties * 2 > MAX_HALF_EDGES) {
      throw new IllegalArgumentException("a graph holds at most " + MAX_HALF_EDGES / 2 + " ties but this one has "
          + ties);
    }
    int[] offsets = new int[n + 1];
    for (int u = 0; u < n; u++) {
      offsets[u + 1] += lowStart[u + 1] - lowStart[u];
      for (int t = lowStart[u]; t < lowStart[u + 1]; t++) {
        offsets[partner[t] + 1]++;
      }
    }
    for (int u = 0; u < n; u++) {
      offsets[u + 1] += offsets[u];
    }
    int halfEdges = 2 * ties;
    int[] targets = new int[halfEdges];
    float[] wa = new float[halfEdges];
    float[] wb = b == null ? null : new float[halfEdges];
    long[] bits = onlineFirstByTie == null ? null : new long[(halfEdges + 63) >>> 6];
    int[] fill = new int[n];
    System.arraycopy(offsets, 0, fill, 0, n);
    for (int u = 0; u < n; u++) {
      for (int t = lowStart[u]; t < lowStart[u + 1]; t++) {
        int v = partner[t];
        int e1 = fill[u]++;
        int e2 = fill[v]++;
        targets[e1] = v;
        targets[e2] = u;
        wa[e1] = a[t];
        wa[e2] = a[t];
        if (wb != null && b != null) {
          wb[e1] = b[t];
          wb[e2] = b[t];
        }
        if (bits != null && onlineFirstByTie != null && (onlineFirstByTie[t >>> 6] & (1L << t)) != 0) {
          bits[e1 >>> 6] |= 1L << e1;
          bits[e2 >>> 6] |= 1L << e2;
        }
      }
    }
    return new Csr(offsets, targets, wa, wb, bits);
  }
}
