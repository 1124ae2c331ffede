package org.blendnet.metrics.reciprocity;

import java.util.Objects;
import org.blendnet.core.MemberId;
import org.blendnet.metrics.internal.Format;

/**
 * A member whose contacts are mostly outgoing and unreciprocated (see {@link ProfileThresholds}), with
 * the figures that make them one.
 *
 * @implNote Thread-safe: immutable.
 * @param member the member
 * @param initiated directed contacts they initiated (one per other participant of each touchpoint they initiated)
 * @param received directed contacts others initiated with them
 * @param targets distinct members they initiated contact with
 * @param reciprocatedTargets of those, members who also initiated contact with them
 * @since 0.1
 */
public record Broadcaster(MemberId member, long initiated, long received, int targets, int reciprocatedTargets) {

  /**
   * Creates a broadcaster's figures.
   *
   * @throws IllegalArgumentException if a count is negative or more targets reciprocated than there are
   */
  public Broadcaster {
    Objects.requireNonNull(member, "member");
    if (initiated < 0 || received < 0 || targets < 0 || reciprocatedTargets < 0) {
      throw new IllegalArgumentException("counts must be >= 0 but were initiated=" + initiated + ", received="
          + received + ", targets=" + targets + ", reciprocatedTargets=" + reciprocatedTargets);
    }
    if (reciprocatedTargets > targets) {
      throw new IllegalArgumentException("reciprocatedTargets must be <= targets but was "
          + reciprocatedTargets + " > " + targets);
    }
  }

  /** initiated / (initiated + received); 0 when there were no directed contacts. */
  public double outShare() {
    long all = initiated + received;
    return all == 0 ? 0 : (double) initiated / all;
  }

  /** reciprocatedTargets / targets; 0 when they contacted nobody. */
  public double reciprocatedShare() {
    return targets == 0 ? 0 : (double) reciprocatedTargets / targets;
  }

  /** {@code pitcher: out 12 / in 1 (0.923), 9 targets, 1 reciprocated (0.111)}. */
  @Override
  public String toString() {
    return member + ": out " + initiated + " / in " + received + " (" + Format.ratio(outShare()) + "), "
        + targets + " targets, " + reciprocatedTargets + " reciprocated (" + Format.ratio(reciprocatedShare()) + ")";
  }
}
