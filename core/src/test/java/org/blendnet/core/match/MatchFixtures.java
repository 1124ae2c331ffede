package org.blendnet.core.match;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.blendnet.core.Channel;
import org.blendnet.core.Consent;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Topic;

/**
 * The hand-made network of the matchmaking tests, with every score worked out by hand in the tests.
 *
 * <pre>
 * member  expertise                              interests      prefers  zone              capacity  consent
 * ana     pricing (expert)                       negotiation,   offline  Europe/Lisbon     3
 *                                                export finance
 * bo      negotiation (expert),                  pricing        offline  Europe/London     3
 *         export finance (beginner)
 * cy      negotiation (intermediate)             -              online   Asia/Kolkata      1
 * dee     export finance (advanced)              pricing        -        America/New_York  2
 * eve     negotiation (expert)                   -              -        UTC               3         not recommendable
 * fay     negotiation (advanced)                 -              -        UTC               0
 * gus     -                                      pricing        offline  UTC               3
 * hal     gardening (expert)                     knitting       -        UTC               3
 * ivy     negotiation (beginner)                 -              -        UTC               3         not contactable
 * </pre>
 *
 * At {@link #WINTER} Lisbon and London are on UTC, Kolkata 5 h 30 ahead, New York 5 h behind.
 */
final class MatchFixtures {

  /** Thursday 15 January 2026, noon UTC: no summer time anywhere in the fixture. */
  static final Instant WINTER = Instant.parse("2026-01-15T12:00:00Z");
  /** Wednesday 15 July 2026, noon UTC: Lisbon and London on UTC+1, New York on UTC-4. */
  static final Instant SUMMER = Instant.parse("2026-07-15T12:00:00Z");

  static final Topic NEGOTIATION = Topic.of("negotiation");
  static final Topic EXPORT_FINANCE = Topic.of("export finance");
  static final Topic PRICING = Topic.of("pricing");

  static final Member ANA = Member.builder(id("ana")).interest(NEGOTIATION).interest(EXPORT_FINANCE)
      .expertise(PRICING, ExpertiseLevel.EXPERT).prefers(Channel.OFFLINE).timeZone(ZoneId.of("Europe/Lisbon"))
      .build();
  static final Member BO = Member.builder(id("bo")).expertise(NEGOTIATION, ExpertiseLevel.EXPERT)
      .expertise(EXPORT_FINANCE, ExpertiseLevel.BEGINNER).interest(PRICING).prefers(Channel.OFFLINE)
      .timeZone(ZoneId.of("Europe/London")).build();
  static final Member CY = Member.builder(id("cy")).expertise(NEGOTIATION, ExpertiseLevel.INTERMEDIATE)
      .prefers(Channel.ONLINE).timeZone(ZoneId.of("Asia/Kolkata")).capacity(1).build();
  static final Member DEE = Member.builder(id("dee")).expertise(EXPORT_FINANCE, ExpertiseLevel.ADVANCED)
      .interest(PRICING).timeZone(ZoneId.of("America/New_York")).capacity(2).build();
  static final Member EVE = Member.builder(id("eve")).expertise(NEGOTIATION, ExpertiseLevel.EXPERT)
      .consent(Consent.defaults().withRecommendable(false)).build();
  static final Member FAY = Member.builder(id("fay")).expertise(NEGOTIATION, ExpertiseLevel.ADVANCED).capacity(0)
      .build();
  static final Member GUS = Member.builder(id("gus")).interest(PRICING).prefers(Channel.OFFLINE)
      .timeZone(ZoneOffset.UTC).build();
  static final Member HAL = Member.builder(id("hal")).expertise(Topic.of("gardening"), ExpertiseLevel.EXPERT)
      .interest(Topic.of("knitting")).build();
  static final Member IVY = Member.builder(id("ivy")).expertise(NEGOTIATION, ExpertiseLevel.BEGINNER)
      .consent(Consent.defaults().withContactable(false)).build();

  /** Ana asks about negotiation at {@link #WINTER}. */
  static final Question Q1 = Question.of(QuestionId.of("q1"), id("ana"), "How do I open a price negotiation?",
      Set.of(NEGOTIATION), WINTER);

  private MatchFixtures() {}

  static MemberId id(String value) {
    return MemberId.of(value);
  }

  /** The nine members, in the order of the table above. */
  static Network network() {
    return Network.builder().member(ANA).member(BO).member(CY).member(DEE).member(EVE).member(FAY).member(GUS)
        .member(HAL).member(IVY).build();
  }

  /** The network plus {@link #Q1}. */
  static Network networkWithQuestion() {
    return network().toBuilder().question(Q1).build();
  }

  /** Options at {@link #WINTER}. */
  static MatchOptions winter() {
    return MatchOptions.defaults().withAsOf(WINTER);
  }
}
