package org.blendnet.core.match;

import java.time.Instant;
import org.blendnet.core.MemberId;

/**
 * How many matches (or requests) a member has taken on recently: the host's view of its own records,
 * which the {@link Matchmaker} reads at request time. A member's remaining capacity is
 * {@code member.capacity() - load(member, asOf)}.
 *
 * <p>{@link LoadTracker} is a ready-made in-memory implementation; a host that keeps the counts
 * elsewhere (a database, a cache) implements this interface over them. Implementations must be
 * thread-safe, fast (called for each candidate) and return values {@code >= 0}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface MemberLoad {

  /**
   * The member's load in the period that ends at {@code asOf}.
   *
   * @param member the member
   * @param asOf the end of the period (the request's instant)
   * @return how many matches (or requests) count against the member, {@code >= 0}
   */
  int load(MemberId member, Instant asOf);

  /** No load: every member has their whole capacity. */
  static MemberLoad none() {
    return NoLoad.INSTANCE;
  }
}
