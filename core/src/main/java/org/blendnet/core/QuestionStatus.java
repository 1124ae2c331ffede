package org.blendnet.core;

/**
 * Where a question stands, as the platform it was asked on reports it.
 *
 * @since 0.1
 */
public enum QuestionStatus {
  /** Waiting for an answer. */
  OPEN,
  /** The asker has an answer they are content with. */
  ANSWERED,
  /** Closed without a satisfying answer (withdrawn, duplicate, out of date). */
  CLOSED
}
