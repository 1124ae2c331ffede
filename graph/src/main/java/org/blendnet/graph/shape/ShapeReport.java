package org.blendnet.graph.shape;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.blendnet.core.MemberId;

/**
 * The shape of a network as measured by {@link ShapeAnalysis}: the class, the figures it rests on, and a
 * sentence saying which figures led to it. See {@link ShapeAnalysis} for the definitions.
 *
 * @param shape the class
 * @param members the number of members
 * @param ties the number of ties
 * @param degreeCentralization Freeman's degree centralization, in [0, 1]
 * @param betweennessCentralization Freeman's betweenness centralization, in [0, 1]
 * @param topCount how many members make up the top 1% (at least one)
 * @param topShare the share of shortest paths between other members that pass through the top 1%
 * @param topMembers the top members by betweenness, highest first: an unmodifiable copy
 * @param leadShare the share of shortest paths between the others through the single most central member
 * @param runnerUpShare the same for the second most central member
 * @param hubCount how many members have at least {@link ShapeAnalysis#HUB_DEGREE_FACTOR} times the mean
 *     degree (and at least {@link ShapeAnalysis#MIN_HUB_DEGREE} ties)
 * @param hubTieShare the share of pairs of hubs that are tied directly; 0 with fewer than two hubs
 * @param peerTieShare the share of ties between two members who are not hubs; 1 without ties
 * @param exact true if betweenness and the top share were computed exactly, false if sampled
 * @param explanation which figures led to the class, in words
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record ShapeReport(
    NetworkShape shape,
    int members,
    int ties,
    double degreeCentralization,
    double betweennessCentralization,
    int topCount,
    double topShare,
    List<MemberId> topMembers,
    double leadShare,
    double runnerUpShare,
    int hubCount,
    double hubTieShare,
    double peerTieShare,
    boolean exact,
    String explanation) {

  private static final int SHOWN = 5;

  /** Creates a report; {@code topMembers} is copied. */
  public ShapeReport {
    Objects.requireNonNull(shape, "shape");
    topMembers = List.copyOf(Objects.requireNonNull(topMembers, "topMembers"));
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * {@code ShapeReport[HIERARCHY, members=100, ties=130, degreeCentralization=0.9940,
   * betweennessCentralization=0.9910, top1%=1 member (0), topShare=0.9910, lead=0.9910, runnerUp=0.0010,
   * hubs=1, peerTies=0.2308, exact: …explanation]}; at most five top members.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ShapeReport[").append(shape)
        .append(", members=").append(members)
        .append(", ties=").append(ties)
        .append(String.format(Locale.ROOT, ", degreeCentralization=%.4f, betweennessCentralization=%.4f",
            degreeCentralization, betweennessCentralization))
        .append(", top1%=").append(topCount).append(topCount == 1 ? " member (" : " members (");
    int shown = Math.min(SHOWN, topMembers.size());
    for (int i = 0; i < shown; i++) {
      s.append(i > 0 ? ", " : "").append(topMembers.get(i));
    }
    if (topMembers.size() > shown) {
      s.append(", …(+").append(topMembers.size() - shown).append(" more)");
    }
    return s.append(String.format(Locale.ROOT,
            "), topShare=%.4f, lead=%.4f, runnerUp=%.4f, hubs=%d, hubTies=%.4f, peerTies=%.4f, %s: %s]",
            topShare, leadShare, runnerUpShare, hubCount, hubTieShare, peerTieShare, exact ? "exact" : "sampled",
            explanation))
        .toString();
  }
}
