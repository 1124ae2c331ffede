package org.blendnet.core.match;

import java.util.Arrays;
import org.blendnet.core.Topic;

/**
 * Candidate generation from the {@link TopicIndex}: the postings of the request's sought topics (members
 * who know them) and offered topics (members who want to learn them).
 *
 * <p>When the postings hold at most {@code max} entries, every one of them is proposed. Otherwise the
 * budget of {@code max} is shared between the topics by water-filling — topics with short lists are
 * taken whole and what they leave is shared equally among the longer ones — and each topic fills its
 * share from its experts down: whole tiers while they fit, then a sample of the next tier, visited with a
 * seeded stride that is coprime to the tier's length in blocks of 16 postings (so the sample is spread
 * over the tier, differs from one seeker, or seed, to another, and reads whole cache lines). Cost: O(t log t + p) for t topics in the request and p postings
 * proposed (p &lt;= the postings' length, and p &lt;= max when capped).
 */
final class IndexCandidates {

  /** Postings per sampled block: 16 ints, one 64-byte cache line. */
  static final int BLOCK = 16;

  private IndexCandidates() {}

  /** The number of postings of the request's topics (a member in two of them counts twice). */
  static long postings(TopicIndex index, MatchRequest request) {
    long total = 0;
    for (Topic t : request.soughtTopics()) {
      int id = index.id(t);
      if (id >= 0) {
        total += index.expertEnd(id, TopicIndex.TIERS - 1) - index.expertStart(id, 0);
      }
    }
    for (Topic t : request.offeredTopics()) {
      int id = index.id(t);
      if (id >= 0) {
        total += index.learnerEnd(id) - index.learnerStart(id);
      }
    }
    return total;
  }

  /**
   * Proposes the index candidates of a request to {@code out}.
   *
   * @return true if the postings exceeded {@code max} and were sampled
   */
  static boolean gather(TopicIndex index, MatchRequest request, int max, long rotation, CandidateCollector out) {
    int groups = request.soughtTopics().size() + request.offeredTopics().size();
    int[] topic = new int[groups];
    boolean[] expert = new boolean[groups];
    int[] size = new int[groups];
    int g = 0;
    long total = 0;
    for (Topic t : request.soughtTopics()) {
      int id = index.id(t);
      if (id >= 0) {
        topic[g] = id;
        expert[g] = true;
        size[g] = index.expertEnd(id, TopicIndex.TIERS - 1) - index.expertStart(id, 0);
        total += size[g++];
      }
    }
    for (Topic t : request.offeredTopics()) {
      int id = index.id(t);
      if (id >= 0) {
        topic[g] = id;
        size[g] = index.learnerEnd(id) - index.learnerStart(id);
        total += size[g++];
      }
    }
    if (total <= max) {
      for (int i = 0; i < g; i++) {
        take(index, topic[i], expert[i], size[i], 0, out);
      }
      return false;
    }
    // water-filling: shortest lists first, each taking at most an equal share of what is left
    long[] order = new long[g];
    for (int i = 0; i < g; i++) {
      order[i] = (long) size[i] << 32 | i;
    }
    Arrays.sort(order);
    int remaining = max;
    for (int p = 0; p < g; p++) {
      int i = (int) order[p];
      int quota = Math.min(size[i], remaining / (g - p));
      remaining -= quota;
      take(index, topic[i], expert[i], quota, Hashing.mix(rotation + 0x9E3779B97F4A7C15L * (i + 1)), out);
    }
    return true;
  }

  /** Proposes {@code quota} postings of one topic: tiers from the experts down, the last one sampled. */
  private static void take(TopicIndex index, int topic, boolean expert, int quota, long rotation,
      CandidateCollector out) {
    if (!expert) {
      int start = index.learnerStart(topic);
      visit(index.learners(), start, index.learnerEnd(topic) - start, quota, rotation, out);
      return;
    }
    for (int tier = 0; tier < TopicIndex.TIERS && quota > 0; tier++) {
      int start = index.expertStart(topic, tier);
      int length = index.expertEnd(topic, tier) - start;
      int taken = Math.min(quota, length);
      visit(index.experts(), start, length, taken, rotation + tier, out);
      quota -= taken;
    }
  }

  /**
   * Proposes {@code m} of the {@code n} postings from {@code start}: all of them if {@code m >= n}, else a
   * sample visited with a seeded stride coprime to the number of elements — over blocks of
   * {@link #BLOCK} postings (a cache line of ints) when the tier is long, so that the sample costs one
   * memory access per block rather than one per posting.
   */
  private static void visit(int[] postings, int start, int n, int m, long rotation, CandidateCollector out) {
    if (m >= n) {
      for (int i = start; i < start + n; i++) {
        out.addUnchecked(postings[i]);
      }
      return;
    }
    if (m <= 0) {
      return;
    }
    int unit = n > 2 * BLOCK ? BLOCK : 1;
    int units = (n + unit - 1) / unit;
    long r = Hashing.mix(rotation);
    long position = Math.floorMod(r, (long) units);
    long step = 1 + Math.floorMod(Hashing.mix(r), (long) (units - 1));
    while (gcd(step, units) != 1) {
      step = step % (units - 1) + 1;
    }
    int taken = 0;
    while (taken < m) {
      int from = start + (int) position * unit;
      int to = Math.min(start + n, from + unit);
      for (int i = from; i < to && taken < m; i++) {
        out.addUnchecked(postings[i]);
        taken++;
      }
      position += step;
      if (position >= units) {
        position -= units;
      }
    }
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
