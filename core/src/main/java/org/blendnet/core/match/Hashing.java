package org.blendnet.core.match;

/**
 * Hashes computed here rather than taken from {@code hashCode()}, so that seeded orders are the same on
 * every JDK: SplitMix64's finaliser (Steele, Lea &amp; Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014, doi:10.1145/2660193.2660195) over FNV-1a of the characters.
 */
final class Hashing {

  private Hashing() {}

  /** Spreads a 32-bit hash's high bits into its low bits (for power-of-two tables). */
  static int spread(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  /** SplitMix64's finaliser: a bijective mix of 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A 64-bit hash of {@code text} under {@code seed}. */
  static long hash(long seed, String text) {
    long h = 0xcbf29ce484222325L ^ mix(seed);
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }
}
