package org.blendnet.core;

/**
 * How the asker (or the community) rated an answer.
 *
 * @since 0.1
 */
public enum Helpfulness {
  /** Not rated. */
  UNRATED,
  /** Rated helpful (accepted, up-voted, thanked). */
  HELPFUL,
  /** Rated not helpful. */
  NOT_HELPFUL
}
