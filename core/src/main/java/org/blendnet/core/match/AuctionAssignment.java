package org.blendnet.core.match;

import java.util.Arrays;

/**
 * A heavy two-sided matching with capacities, fast: within {@code a · ε} of the maximum total weight for a
 * mentees, where {@link CapacitatedAssignment} is exact but slow on large rounds. Mentees take at most one
 * mentor, mentor j at most {@code capacity[j]} mentees, and a mentee may stay unassigned.
 *
 * <p><b>The method</b> is the forward auction of Bertsekas ("The auction algorithm: a distributed relaxation
 * method for the assignment problem", Annals of Operations Research 14, 1988, doi:10.1007/BF02186476), in
 * its form for objects in several copies (Bertsekas &amp; Castañón, "The auction algorithm for the
 * transportation problem", Annals of Operations Research 20, 1989, doi:10.1007/BF02216922): each of a
 * mentor's places has a price — 0 while the mentor has a free place, else the lowest bid the mentor holds.
 * An unassigned mentee works out the profit of each of its candidate mentors, weight − price, and of
 * staying unassigned, 0. If no mentor gives a positive profit it stays unassigned for good (prices only
 * rise). Else it bids for the best mentor its weight − (second-best profit) + ε — the most it can pay and
 * still gain ε over its next choice — and the mentor takes the bid, giving up its lowest bidder if it was
 * full, who bids again. A bid to a full mentor replaces its lowest bid by one at least ε higher, and no
 * bid exceeds the heaviest weight plus ε, so the auction ends; when it does every mentee's profit is
 * within ε of the best it could have (ε-complementary slackness) and every place with a positive price is
 * taken, so the total is at least the optimum minus {@code a · ε}. Mentees bid in the order given, evicted
 * ones queued behind; between equally good mentors a mentee bids for the one of its earlier edge, and
 * between equal bids a full mentor gives up the earlier edge's mentee, so the result is deterministic.
 *
 * <p>Time: O(d) per bid for a mentee of degree d plus O(log c) for a mentor of capacity c; at most
 * a + Σ<sub>j</sub> c<sub>j</sub> · (w<sub>max</sub> / ε + 1) bids, far fewer in practice (see the
 * benchmarks module). Space O(a + b + m).
 *
 * <p>Not thread-safe: one instance computes one assignment; {@link #solve} makes and runs one.
 */
final class AuctionAssignment {

  private final int[] menteeOf;
  private final int[] mentorOf;
  private final long[] weight;
  private final long epsilon;
  /** Each mentee's edges: edge[start[i] .. start[i + 1]). */
  private final int[] start;
  private final int[] edge;
  /** Each mentee's assigned edge, or -1. */
  private final int[] assigned;
  /**
   * Each mentor's held bids, a binary min-heap by (bid, edge) in heldEdge/heldBid[slotStart[j] ..
   * slotStart[j] + load[j]): the root is the lowest bid, the mentor's price once it is full.
   */
  private final int[] slotStart;
  private final int[] heldEdge;
  private final long[] heldBid;
  private final int[] load;
  /** The mentees waiting to bid, a ring of a places (a mentee is in it at most once). */
  private final int[] queue;
  private int head;
  private int size;

  private AuctionAssignment(int a, int b, int[] capacity, int[] mentee, int[] mentor, long[] weight, long epsilon) {
    this.menteeOf = mentee;
    this.mentorOf = mentor;
    this.weight = weight;
    this.epsilon = epsilon;
    start = CapacitatedAssignment.menteeStarts(a, mentee);
    edge = CapacitatedAssignment.edgesByMentee(start, mentee);
    assigned = new int[a];
    Arrays.fill(assigned, -1);
    slotStart = CapacitatedAssignment.placeStarts(a, b, capacity);
    heldEdge = new int[slotStart[b]];
    heldBid = new long[slotStart[b]];
    load = new int[b];
    queue = new int[Math.max(1, a)];
  }

  /**
   * A heavy assignment: for each mentee 0 .. a − 1, the index of the edge it is assigned through, or -1.
   * Edge k joins {@code mentee[k]} and {@code mentor[k]} with weight {@code weight[k]} (positive, below
   * 2^40); mentor j takes at most {@code capacity[j]} (≥ 1) mentees. The total weight is at least the
   * optimum's minus {@code a · epsilon}. Mentees bid first in the order of {@code order} (a permutation of
   * 0 .. a − 1).
   *
   * @throws IllegalArgumentException if {@code epsilon < 1}
   */
  static int[] solve(int a, int b, int[] capacity, int[] mentee, int[] mentor, long[] weight, int[] order,
      long epsilon) {
    if (epsilon < 1) {
      throw new IllegalArgumentException("epsilon must be >= 1 but was " + epsilon);
    }
    AuctionAssignment auction = new AuctionAssignment(a, b, capacity, mentee, mentor, weight, epsilon);
    for (int i : order) {
      auction.enqueue(i);
    }
    while (auction.size > 0) {
      int i = auction.queue[auction.head];
      auction.head = auction.head + 1 == auction.queue.length ? 0 : auction.head + 1;
      auction.size--;
      auction.bid(i);
    }
    return auction.assigned;
  }

  private void enqueue(int i) {
    int at = head + size;
    queue[at >= queue.length ? at - queue.length : at] = i;
    size++;
  }

  /** The price of a place with mentor j: 0 while one is free, else the lowest bid the mentor holds. */
  private long price(int j) {
    int base = slotStart[j];
    return load[j] < slotStart[j + 1] - base ? 0 : heldBid[base];
  }

  /** Mentee i (unassigned) bids for its best mentor, or stays unassigned if none gives a positive profit. */
  private void bid(int i) {
    int best = -1;
    long first = 0; // staying unassigned: profit 0
    long second = 0;
    for (int t = start[i]; t < start[i + 1]; t++) {
      int e = edge[t];
      long profit = weight[e] - price(mentorOf[e]);
      if (profit > first) {
        second = first;
        first = profit;
        best = e;
      } else if (profit > second) {
        second = profit;
      }
    }
    if (best < 0) {
      return; // no mentor is worth more than staying unassigned, now or later
    }
    long offer = weight[best] - second + epsilon;
    int j = mentorOf[best];
    int base = slotStart[j];
    if (load[j] < slotStart[j + 1] - base) {
      heldEdge[base + load[j]] = best;
      heldBid[base + load[j]] = offer;
      up(base, load[j]++);
    } else {
      int evicted = heldEdge[base];
      assigned[menteeOf[evicted]] = -1;
      enqueue(menteeOf[evicted]);
      heldEdge[base] = best;
      heldBid[base] = offer;
      down(base, load[j]);
    }
    assigned[i] = best;
  }

  private boolean less(int x, int y) {
    return heldBid[x] != heldBid[y] ? heldBid[x] < heldBid[y] : heldEdge[x] < heldEdge[y];
  }

  private void up(int base, int k) {
    while (k > 0) {
      int parent = (k - 1) >>> 1;
      if (!less(base + k, base + parent)) {
        return;
      }
      swap(base + k, base + parent);
      k = parent;
    }
  }

  private void down(int base, int n) {
    int k = 0;
    while (true) {
      int least = k;
      int left = 2 * k + 1;
      if (left < n && less(base + left, base + least)) {
        least = left;
      }
      if (left + 1 < n && less(base + left + 1, base + least)) {
        least = left + 1;
      }
      if (least == k) {
        return;
      }
      swap(base + k, base + least);
      k = least;
    }
  }

  private void swap(int x, int y) {
    int e = heldEdge[x];
    heldEdge[x] = heldEdge[y];
    heldEdge[y] = e;
    long v = heldBid[x];
    heldBid[x] = heldBid[y];
    heldBid[y] = v;
  }
}
