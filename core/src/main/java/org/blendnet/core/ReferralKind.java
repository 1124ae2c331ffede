package org.blendnet.core;

/**
 * The two ways one member connects others.
 *
 * @since 0.1
 */
public enum ReferralKind {
  /** "Can you answer this?" — a question passed on to someone who may know. */
  QUESTION_FORWARD,
  /** "You two should meet." — an introduction. */
  INTRODUCTION
}
