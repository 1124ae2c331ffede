package org.blendnet.core.match;

import java.time.Instant;
import org.blendnet.core.MemberId;

/** The load of {@link MemberLoad#none()}: zero for everyone. The matchmaker skips look-ups for it. */
final class NoLoad implements MemberLoad {

  static final NoLoad INSTANCE = new NoLoad();

  private NoLoad() {}

  @Override
  public int load(MemberId member, Instant asOf) {
    return 0;
  }

  @Override
  public String toString() {
    return "MemberLoad.none()";
  }
}
