package org.blendnet.core.io;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Answer;
import org.blendnet.core.AnswerId;
import org.blendnet.core.Channel;
import org.blendnet.core.Community;
import org.blendnet.core.CommunityId;
import org.blendnet.core.CommunityKind;
import org.blendnet.core.Consent;
import org.blendnet.core.ConsentState;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Helpfulness;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.QuestionStatus;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.ReferralOutcome;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;

/** A small network with every record type and every field in use, built in code and written by hand. */
final class JsonFixtures {

  static final MemberId ANA = MemberId.of("ana");
  static final MemberId BO = MemberId.of("bo");
  static final MemberId CY = MemberId.of("cy");
  static final MemberId DEE = MemberId.of("dee");
  static final EventId KENT = EventId.of("e1");
  static final EventId WEBINAR = EventId.of("e2");
  static final CommunityId CIRCLE = CommunityId.of("c1");
  static final CommunityId EVERYONE = CommunityId.of("c2");
  static final QuestionId Q1 = QuestionId.of("q1");
  static final QuestionId Q2 = QuestionId.of("q2");
  static final ReferralId R1 = ReferralId.of("r1");

  static final Topic NEGOTIATION = Topic.of("negotiation");
  static final Topic EXPORT_FINANCE = Topic.of("export finance");
  static final Topic LEARNING = Topic.of("collaborative learning");

  private JsonFixtures() {}

  static Instant at(String text) {
    return Instant.parse(text);
  }

  /** The network of {@link #HAND_WRITTEN}, built in code. */
  static Network everyRecordType() {
    return Network.builder()
        .member(Member.builder(ANA)
            .name("Ana Costa")
            .affiliation(Affiliation.of("Acme", "Sales", "EMEA"))
            .expertise(NEGOTIATION, ExpertiseLevel.EXPERT)
            .expertise(EXPORT_FINANCE, ExpertiseLevel.INTERMEDIATE)
            .interest(Topic.of("machine learning"))
            .prefers(Channel.ONLINE)
            .prefers(Channel.OFFLINE)
            .timeZone(ZoneId.of("Europe/Lisbon"))
            .capacity(5)
            .consent(Consent.all())
            .attribute("role", "account manager")
            .attribute("language", "pt")
            .build())
        .member(Member.builder(BO).name("Bo Chen").affiliation(Affiliation.of("Acme", "R&D"))
            .timeZone(ZoneId.of("UTC")).build())
        .member(Member.builder(CY)
            .name("Zoë Ødegård")
            .timeZone(ZoneOffset.ofHoursMinutes(5, 30))
            .capacity(0)
            .consent(Consent.all().withRecommendable(false))
            .attribute("motto", "learn 🙂 \"daily\"\\")
            .build())
        .member(Member.of(DEE, "Dee"))
        .event(Event.builder(KENT).title("Kent camp").medium(Medium.EVENT)
            .time(at("2026-03-02T09:00:00Z"), at("2026-03-02T17:30:00Z"))
            .place("Canterbury").link(URI.create("https://example.org/kent-camp?day=1"))
            .topic(NEGOTIATION).host(ANA).attendee(CY).attendee(BO).build())
        .event(Event.builder(WEBINAR).title("Webinar: export finance").medium(Medium.WEBINAR)
            .time(at("2026-03-10T16:00:00.5Z"), at("2026-03-10T17:00:00Z"))
            .link(URI.create("https://example.org/w/2")).build())
        .community(new Community(CIRCLE, "Export circle", CommunityKind.LEARNING_GROUP, Set.of(EXPORT_FINANCE),
            Set.of(ANA, BO, CY)))
        .community(Community.of(EVERYONE, "Everyone", CommunityKind.OTHER, Set.of()))
        .touchpoint(Touchpoint.builder(TouchpointId.of("t1")).at(at("2026-03-02T10:15:00Z")).medium(Medium.CHAT)
            .between(ANA, BO).initiatedBy(ANA).build())
        .touchpoint(Touchpoint.builder(TouchpointId.of("t2")).at(at("2026-03-02T09:00:00Z")).medium(Medium.EVENT)
            .participant(CY).event(KENT).build())
        .touchpoint(Touchpoint.builder(TouchpointId.of("t3")).at(at("2026-03-03T08:00:00.123Z"))
            .medium(Medium.MEETING).participants(List.of(CY, ANA, BO)).community(CIRCLE)
            .topic(NEGOTIATION).topic(EXPORT_FINANCE).weight(2.5).build())
        .touchpoint(Touchpoint.builder(TouchpointId.of("t4")).at(at("2026-03-03T12:00:00.000001Z"))
            .medium(Medium.FACE_TO_FACE).between(DEE, ANA).weight(0.25).build())
        .question(new Question(Q1, BO, "Who has run a collaborative-learning culture well?", Set.of(LEARNING),
            at("2026-03-04T12:00:00Z"), Medium.QA_BOARD, Optional.of(CIRCLE), QuestionStatus.ANSWERED))
        .question(new Question(Q2, DEE, "Tips on \"letters of credit\" \\ documentary collections?", Set.of(),
            at("2026-03-05T08:00:00Z"), Medium.FORUM_POST, Optional.empty(), QuestionStatus.OPEN))
        .answer(new Answer(AnswerId.of("a1"), Q1, ANA, at("2026-03-04T13:00:00Z"), Optional.of("Ask Cy."),
            Helpfulness.HELPFUL))
        .answer(Answer.of(AnswerId.of("a2"), Q1, CY, at("2026-03-04T14:00:00Z")))
        .referral(Referral.forward(R1, Q1, ANA, BO, CY, at("2026-03-04T12:30:00Z"))
            .resolved(ConsentState.GRANTED, true, ReferralOutcome.ANSWERED))
        .referral(Referral.forward(ReferralId.of("r2"), Q1, CY, CY, DEE, at("2026-03-04T12:45:00Z"))
            .withParent(R1).onBehalfOf(BO).resolved(ConsentState.REQUESTED, false, ReferralOutcome.PENDING))
        .referral(Referral.introduction(ReferralId.of("r3"), ANA, BO, DEE, at("2026-03-05T09:00:00Z"))
            .resolved(ConsentState.DECLINED, false, ReferralOutcome.DECLINED))
        .build();
  }

  /**
   * {@link #everyRecordType()} as a person might write it: keys in any order, defaults left out, some
   * explicit nulls, white space of all kinds.
   */
  static final String HAND_WRITTEN = """
      {
        "format": "blendnet/1",
        "members": [
          {
            "id": "ana",
            "name": "Ana Costa",
            "affiliation": ["Acme", "Sales", "EMEA"],
            "expertise": {"negotiation": "EXPERT", "Export Finance": "INTERMEDIATE"},
            "interests": ["machine learning"],
            "preferredChannels": ["ONLINE", "OFFLINE"],
            "timeZone": "Europe/Lisbon",
            "capacity": 5,
            "consent": {"contactable": true, "shareContactDetails": true, "recommendable": true},
            "attributes": {"role": "account manager", "language": "pt"}
          },
          {"name": "Bo Chen", "id": "bo", "affiliation": ["Acme", "R&D"], "timeZone": "UTC", "consent": null},
          {"id": "cy", "name": "Zo\\u00eb \u00d8deg\u00e5rd", "timeZone": "+05:30", "capacity": 0,
           "consent": {"shareContactDetails": true, "recommendable": false},
           "attributes": {"motto": "learn \\ud83d\\ude42 \\"daily\\"\\\\"}},
          {"id": "dee", "name": "Dee", "expertise": {}, "interests": [], "attributes": null}
        ],
        "communities": [
          {"id": "c1", "name": "Export circle", "kind": "LEARNING_GROUP", "topics": ["export finance"],
           "members": ["cy", "ana", "bo"]},
          {"id": "c2", "name": "Everyone", "kind": "OTHER"}
        ],
        "events": [
          {"id": "e1", "title": "Kent camp", "medium": "EVENT", "start": "2026-03-02T09:00:00Z",
           "end": "2026-03-02T17:30:00Z", "place": "Canterbury", "link": "https://example.org/kent-camp?day=1",
           "topics": ["Negotiation"], "hosts": ["ana"], "attendees": ["cy", "bo"]},
          {"id": "e2", "title": "Webinar: export finance", "medium": "WEBINAR",
           "start": "2026-03-10T16:00:00.500Z", "end": "2026-03-10T17:00:00Z", "place": null,
           "link": "https://example.org/w/2"}
        ],
        "touchpoints": [
          {"id": "t1", "at": "2026-03-02T10:15:00Z", "medium": "CHAT", "participants": ["ana", "bo"],
           "initiator": "ana"},
          {"id": "t2", "at": "2026-03-02T09:00:00Z", "medium": "EVENT", "participants": ["cy"], "event": "e1"},
          {"weight": 2.5, "topics": ["negotiation", "export finance"], "community": "c1",
           "participants": ["cy", "ana", "bo"], "medium": "MEETING", "at": "2026-03-03T08:00:00.123Z", "id": "t3"},
          {"id": "t4", "at": "2026-03-03T12:00:00.000001Z", "medium": "FACE_TO_FACE", "participants": ["dee", "ana"],
           "weight": 0.25, "initiator": null, "event": null, "community": null}
        ],
        "questions": [
          {"id": "q1", "asker": "bo", "text": "Who has run a collaborative-learning culture well?",
           "topics": ["collaborative learning"], "askedAt": "2026-03-04T12:00:00Z", "medium": "QA_BOARD",
           "community": "c1", "status": "ANSWERED"},
          {"id": "q2", "asker": "dee", "text": "Tips on \\"letters of credit\\" \\\\ documentary collections?",
           "askedAt": "2026-03-05T08:00:00Z", "medium": "FORUM_POST"}
        ],
        "answers": [
          {"id": "a1", "question": "q1", "responder": "ana", "answeredAt": "2026-03-04T13:00:00Z",
           "text": "Ask Cy.", "rating": "HELPFUL"},
          {"id": "a2", "question": "q1", "responder": "cy", "answeredAt": "2026-03-04T14:00:00Z"}
        ],
        "referrals": [
          {"id": "r1", "kind": "QUESTION_FORWARD", "referrer": "ana", "from": "bo", "to": "cy", "question": "q1",
           "at": "2026-03-04T12:30:00Z", "consent": "GRANTED", "contactDetailsShared": true, "outcome": "ANSWERED"},
          {"id": "r2", "kind": "QUESTION_FORWARD", "referrer": "cy", "from": "cy", "to": "dee", "onBehalfOf": "bo",
           "question": "q1", "parent": "r1", "at": "2026-03-04T12:45:00Z", "consent": "REQUESTED"},
          {"id": "r3", "kind": "INTRODUCTION", "referrer": "ana", "from": "bo", "to": "dee",
           "at": "2026-03-05T09:00:00Z", "consent": "DECLINED", "outcome": "DECLINED", "contactDetailsShared": false}
        ]
      }
      """;
}
