package org.blendnet.graph.internal;

/**
 * A small seeded pseudo-random generator, SplitMix64 (G. L. Steele, D. Lea and C. H. Flood, "Fast
 * splittable pseudorandom number generators", OOPSLA 2014, doi:10.1145/2660193.2660195). Written out here,
 * rather than taken from the JDK, so that the same seed gives the same sequence on every JVM. Internal to
 * the graph module (its package is not exported). Not thread-safe.
 */
public final class SplitMix64 {

  private long state;

  /** A generator whose sequence is fixed by {@code seed}. */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /** The next 64 random bits. */
  public long nextLong() {
    long z = state += 0x9E37_79B9_7F4A_7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }

  /** A uniform int in {@code [0, bound)}, without bias (D. Lemire, ACM TOMACS 29(1), 2019, doi:10.1145/3230636). */
  public int nextInt(int bound) {
    long m = (nextLong() >>> 32) * bound;
    long low = m & 0xFFFF_FFFFL;
    if (low < bound) {
      long threshold = (0x1_0000_0000L - bound) % bound;
      while (low < threshold) {
        m = (nextLong() >>> 32) * bound;
        low = m & 0xFFFF_FFFFL;
      }
    }
    return (int) (m >>> 32);
  }

  /** A uniform double in {@code [0, 1)}. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Shuffles {@code a[from .. to - 1]} (Fisher–Yates). */
  public void shuffle(int[] a, int from, int to) {
    for (int i = to - 1; i > from; i--) {
      int j = from + nextInt(i - from + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
