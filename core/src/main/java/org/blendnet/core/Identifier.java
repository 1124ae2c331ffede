package org.blendnet.core;

/**
 * A typed identifier of a record in a {@link Network}: MemberId, EventId, CommunityId, TouchpointId, QuestionId, AnswerId, ReferralId.
 *
 * <p>Identifiers are opaque, case-sensitive strings chosen by the host application: not blank, at most
 * {@value Checks#MAX_ID_LENGTH} characters, with no control characters and no surrounding white space.
 * They compare by their value, so sets and maps of them have a stable order. Values; thread-safe.
 *
 * @since 0.1
 */
public sealed interface Identifier permits MemberId, EventId, CommunityId, TouchpointId, QuestionId, AnswerId, ReferralId {

  /** The identifier's text, as the host application gave it. */
  String value();
}
