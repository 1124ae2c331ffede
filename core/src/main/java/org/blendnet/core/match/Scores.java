package org.blendnet.core.match;

/** Checks on scores. */
final class Scores {

  private Scores() {}

  /** Checks that a value is in [0, 1] (not NaN); returns it. */
  static double checkUnit(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1] but was " + value);
    }
    return value;
  }
}
