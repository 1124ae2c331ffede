package org.blendnet.core.match;

/**
 * The best k candidates seen so far: a binary min-heap whose root is the worst kept, so that a candidate
 * is compared with one entry and, if better, replaces it in O(log k). "Better" is a total order — higher
 * score; then, with a seed, the smaller seeded hash of the member id; then the smaller member id — so the
 * result does not depend on the order candidates arrive in. Keeps each entry's per-signal scores.
 * O(n log k) time for n offers, O(k m) space for m signals. Not thread-safe.
 */
final class TopK {

  private final MemberTable table;
  private final int capacity;
  private final int signals;
  private final boolean seeded;
  private final long seed;
  private final int[] index;
  private final double[] score;
  private final long[] tie;
  /** The per-signal scores of each heap entry, in the row {@code row[entry]}: swaps move the row number only. */
  private final double[] scores;
  private final int[] row;
  private int size;

  TopK(MemberTable table, int capacity, int signals, boolean seeded, long seed) {
    this.table = table;
    this.capacity = capacity;
    this.signals = signals;
    this.seeded = seeded;
    this.seed = seed;
    index = new int[capacity];
    score = new double[capacity];
    tie = new long[capacity];
    scores = new double[capacity * signals];
    row = new int[capacity];
    for (int i = 0; i < capacity; i++) {
      row[i] = i;
    }
  }

  int size() {
    return size;
  }

  boolean full() {
    return size == capacity;
  }

  /** The score of the worst entry kept; only meaningful when {@link #full()}. */
  double worstScore() {
    return score[0];
  }

  /** True if a candidate with this score would enter the heap now. */
  boolean admits(int candidate, double s) {
    if (size < capacity) {
      return true;
    }
    if (s != score[0]) {
      return s > score[0];
    }
    return tieBetter(candidate, tieOf(candidate), index[0], tie[0]);
  }

  /** Offers a candidate with its score and per-signal scores (copied). */
  void offer(int candidate, double s, double[] perSignal) {
    if (size < capacity) {
      set(size, candidate, s, tieOf(candidate), perSignal);
      siftUp(size++);
      return;
    }
    if (s < score[0]) {
      return;
    }
    long t = tieOf(candidate);
    if (s == score[0] && !tieBetter(candidate, t, index[0], tie[0])) {
      return;
    }
    set(0, candidate, s, t, perSignal);
    siftDown(0);
  }

  /** Position, score and signal scores of the entries, best first; empties the heap. */
  Entry[] drain() {
    Entry[] out = new Entry[size];
    while (size > 0) {
      double[] perSignal = new double[signals];
      System.arraycopy(scores, row[0] * signals, perSignal, 0, signals);
      out[size - 1] = new Entry(index[0], score[0], perSignal);
      size--;
      if (size > 0) {
        move(size, 0);
        siftDown(0);
      }
    }
    return out;
  }

  /** One kept candidate. */
  @SuppressWarnings("ArrayRecordComponent") // an internal carrier, never compared or hashed
  record Entry(int index, double score, double[] signalScores) {}

  private long tieOf(int candidate) {
    return seeded ? Hashing.hash(seed, table.member(candidate).id().value()) : 0;
  }

  /** True if entry {@code a} ranks before entry {@code b}. */
  private boolean better(int a, int b) {
    if (score[a] != score[b]) {
      return score[a] > score[b];
    }
    return tieBetter(index[a], tie[a], index[b], tie[b]);
  }

  private boolean tieBetter(int candidateA, long tieA, int candidateB, long tieB) {
    if (seeded && tieA != tieB) {
      return tieA < tieB;
    }
    return table.idBefore(candidateA, candidateB);
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!better(parent, i)) {
        return;
      }
      swap(parent, i);
      i = parent;
    }
  }

  private void siftDown(int i) {
    while (true) {
      int worst = i;
      int left = 2 * i + 1;
      int right = left + 1;
      if (left < size && better(worst, left)) {
        worst = left;
      }
      if (right < size && better(worst, right)) {
        worst = right;
      }
      if (worst == i) {
        return;
      }
      swap(i, worst);
      i = worst;
    }
  }

  private void set(int slot, int candidate, double s, long t, double[] perSignal) {
    index[slot] = candidate;
    score[slot] = s;
    tie[slot] = t;
    System.arraycopy(perSignal, 0, scores, row[slot] * signals, signals);
  }

  /** Moves entry {@code from} to {@code to}; the row of {@code to} goes to {@code from}, so rows stay distinct. */
  private void move(int from, int to) {
    index[to] = index[from];
    score[to] = score[from];
    tie[to] = tie[from];
    int r = row[to];
    row[to] = row[from];
    row[from] = r;
  }

  private void swap(int a, int b) {
    int i = index[a];
    index[a] = index[b];
    index[b] = i;
    double s = score[a];
    score[a] = score[b];
    score[b] = s;
    long t = tie[a];
    tie[a] = tie[b];
    tie[b] = t;
    int r = row[a];
    row[a] = row[b];
    row[b] = r;
  }
}
