package org.blendnet.core.match;

import org.blendnet.core.MemberId;

/**
 * Where a {@link CandidateSource} puts the members it proposes for one request; duplicates are dropped.
 * Not thread-safe: it belongs to the request that passed it.
 *
 * @since 0.1
 */
public interface CandidateSink {

  /**
   * Proposes the member at {@code index} in {@code context.network().members()}.
   *
   * @throws IllegalArgumentException if the index is out of range
   */
  void add(int index);

  /**
   * Proposes a member by id.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  void add(MemberId member);
}
