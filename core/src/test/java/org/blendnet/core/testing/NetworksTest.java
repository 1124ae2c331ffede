package org.blendnet.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.testing.Theories.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.blendnet.core.Answer;
import org.blendnet.core.Consent;
import org.blendnet.core.ConsentState;
import org.blendnet.core.Event;
import org.blendnet.core.Identifier;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NetworksTest {

  @Test
  void should_generate_only_valid_networks_that_rebuild_to_themselves() {
    qt(300).forAll(Networks.networks()).checkAssert(n -> assertThat(n.toBuilder().build()).isEqualTo(n));
  }

  @Test
  void should_generate_valid_medium_networks() {
    qt(20).forAll(Networks.networks(Networks.Sizes.medium()))
        .checkAssert(n -> assertThat(n.members()).hasSizeBetween(2, 40));
  }

  @Test
  void should_respect_the_sizes() {
    Networks.Sizes sizes = new Networks.Sizes(3, 4, 1, 1, 2, 1, 1, 2);
    qt(100).forAll(Networks.networks(sizes)).checkAssert(n -> {
      assertThat(n.members()).hasSizeBetween(3, 4);
      assertThat(n.events()).hasSizeLessThanOrEqualTo(1);
      assertThat(n.communities()).hasSizeLessThanOrEqualTo(1);
      assertThat(n.touchpoints()).hasSizeLessThanOrEqualTo(2);
      assertThat(n.questions()).hasSizeLessThanOrEqualTo(1);
      assertThat(n.answers()).hasSizeLessThanOrEqualTo(1);
      assertThat(n.referrals()).hasSizeLessThanOrEqualTo(2);
    });
  }

  @Test
  void should_generate_empty_networks_when_asked_for_no_members() {
    qt(20).forAll(Networks.networks(Networks.Sizes.small().withMembers(0, 0)))
        .checkAssert(n -> {
          assertThat(n.members()).isEmpty();
          assertThat(n.touchpoints()).isEmpty();
          assertThat(n.questions()).isEmpty();
          assertThat(n.answers()).isEmpty();
          assertThat(n.referrals()).isEmpty();
          assertThat(n.events()).allSatisfy(e -> assertThat(e.participants()).isEmpty());
        });
  }

  @Test
  void should_reject_impossible_sizes() {
    assertThatThrownBy(() -> new Networks.Sizes(3, 2, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minMembers must be <= maxMembers but was 3 > 2");
    assertThatThrownBy(() -> Networks.Sizes.small().withTouchpoints(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxTouchpoints must be >= 0 but was -1");
  }

  @Test
  void should_reject_pools_too_small_for_the_records_asked_for() {
    List<MemberId> one = List.of(MemberId.of("a"));
    assertThatThrownBy(() -> Networks.touchpoints(Networks.touchpointIds(), one, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpoints need two members, or a member and an event; got 1 members and 0 events");
    assertThatThrownBy(() -> Networks.referrals(3, List.of(Member.of(MemberId.of("a"), "A")), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("referrals need at least two members but got 1");
    assertThatThrownBy(() -> Networks.questions(Networks.questionIds(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("askers must not be empty");
  }

  @Test
  void should_generate_the_same_networks_from_the_same_seed() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    qt(50).forAll(Networks.networks()).checkAssert(n -> first.add(Networks.describe(n)));
    qt(50).forAll(Networks.networks()).checkAssert(n -> second.add(Networks.describe(n)));
    assertThat(first).hasSizeGreaterThan(40);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void should_find_every_identifier_in_every_field() {
    Referral r = Referral.forward(org.blendnet.core.ReferralId.of("r"), org.blendnet.core.QuestionId.of("q"),
        MemberId.of("a"), MemberId.of("b"), MemberId.of("c"), Instant.EPOCH)
        .onBehalfOf(MemberId.of("d")).withParent(org.blendnet.core.ReferralId.of("p"));
    Set<Identifier> ids = Networks.identifiersIn(r);
    assertThat(ids).containsExactly(org.blendnet.core.ReferralId.of("r"), MemberId.of("a"), MemberId.of("b"),
        MemberId.of("c"), MemberId.of("d"), org.blendnet.core.QuestionId.of("q"),
        org.blendnet.core.ReferralId.of("p"));
  }

  /** The generator reaches every edge case it promises, within a few hundred examples. */
  @Test
  void should_cover_the_edge_cases() {
    Map<String, Predicate<Network>> cases = new TreeMap<>();
    cases.put("no members", n -> n.members().isEmpty());
    cases.put("no touchpoints with members", n -> n.members().size() > 2 && n.touchpoints().isEmpty());
    cases.put("pair touchpoint", anyTouchpoint(t -> t.participants().size() == 2));
    cases.put("group touchpoint", anyTouchpoint(t -> t.participants().size() >= 3));
    cases.put("attendance touchpoint", anyTouchpoint(t -> t.participants().size() == 1 && t.event().isPresent()));
    cases.put("directed touchpoint", anyTouchpoint(Touchpoint::isDirected));
    cases.put("touchpoint in a community", anyTouchpoint(t -> t.community().isPresent()));
    cases.put("touchpoint weight not 1", anyTouchpoint(t -> t.weight() != 1.0));
    cases.put("touchpoint tiny weight", anyTouchpoint(t -> t.weight() == Double.MIN_VALUE));
    cases.put("touchpoint with topics", anyTouchpoint(t -> !t.topics().isEmpty()));
    cases.put("instant with nanoseconds", anyTouchpoint(t -> t.at().getNano() % 1_000_000 != 0));
    cases.put("instant with milliseconds", anyTouchpoint(t -> t.at().getNano() != 0
        && t.at().getNano() % 1_000_000 == 0));
    cases.put("instant in whole seconds", anyTouchpoint(t -> t.at().getNano() == 0));
    cases.put("instant far past", anyTouchpoint(t -> t.at().isBefore(Instant.parse("0001-01-01T00:00:00Z"))));
    cases.put("instant far future", anyTouchpoint(t -> t.at().isAfter(Instant.parse("9999-12-31T23:59:59Z"))));
    cases.put("event with place and link", n -> n.events().stream().anyMatch(e -> e.place().isPresent()
        && e.link().isPresent()));
    cases.put("event without place or link", n -> n.events().stream().anyMatch(e -> e.place().isEmpty()
        && e.link().isEmpty()));
    cases.put("event without attendees", n -> n.events().stream().anyMatch(e -> e.attendees().isEmpty()));
    cases.put("event lasting no time", n -> n.events().stream().anyMatch(e -> e.start().equals(e.end())));
    cases.put("hosted event", n -> n.events().stream().anyMatch(e -> !e.hosts().isEmpty()));
    cases.put("community without members", n -> n.communities().stream().anyMatch(c -> c.members().isEmpty()));
    cases.put("member with no affiliation", anyMember(m -> m.affiliation().isNone()));
    cases.put("member with team affiliation", anyMember(m -> m.affiliation().depth() >= 3));
    cases.put("member with expertise", anyMember(m -> !m.expertise().isEmpty()));
    cases.put("member without consent", anyMember(m -> m.consent().equals(Consent.none())));
    cases.put("member sharing contact details", anyMember(m -> m.consent().shareContactDetails()));
    cases.put("member with zero capacity", anyMember(m -> m.capacity() == 0));
    cases.put("member with attributes", anyMember(m -> !m.attributes().isEmpty()));
    cases.put("member named by id", anyMember(m -> m.name().equals(m.id().value())));
    cases.put("id not ASCII", n -> Networks.records(n).stream().flatMap(r -> Networks.identifiersIn(r).stream())
        .anyMatch(id -> !id.value().chars().allMatch(c -> c < 128)));
    cases.put("id outside the BMP", n -> Networks.records(n).stream()
        .flatMap(r -> Networks.identifiersIn(r).stream())
        .anyMatch(id -> id.value().codePoints().anyMatch(Character::isSupplementaryCodePoint)));
    cases.put("id of 256 characters", n -> Networks.records(n).stream()
        .flatMap(r -> Networks.identifiersIn(r).stream()).anyMatch(id -> id.value().length() == 256));
    cases.put("id with inner space", anyMember(m -> m.id().value().contains(" ")));
    cases.put("same id text in two sections", n -> n.members().stream().anyMatch(m -> n.questions().stream()
        .anyMatch(q -> q.id().value().equals(m.id().value()))));
    cases.put("topic not ASCII", anyMember(m -> m.interests().stream().map(Topic::name)
        .anyMatch(t -> !t.chars().allMatch(c -> c < 128))));
    cases.put("topic of 128 characters", anyMember(m -> m.interests().stream()
        .anyMatch(t -> t.name().length() == Topic.MAX_LENGTH)));
    cases.put("question in a community", n -> n.questions().stream().anyMatch(q -> q.community().isPresent()));
    cases.put("answer with text", n -> n.answers().stream().anyMatch(a -> a.text().isPresent()));
    cases.put("answer without text", n -> n.answers().stream().anyMatch(a -> a.text().isEmpty()));
    cases.put("answer as soon as asked", n -> n.answers().stream().anyMatch(a -> askedAt(n, a).equals(a.answeredAt())));
    cases.put("forward", anyReferral(r -> r.kind() == ReferralKind.QUESTION_FORWARD));
    cases.put("introduction", anyReferral(r -> r.kind() == ReferralKind.INTRODUCTION));
    cases.put("referral with parent", anyReferral(r -> r.parent().isPresent()));
    cases.put("referral on behalf of", anyReferral(r -> r.onBehalfOf().isPresent()));
    cases.put("contact details shared", anyReferral(Referral::contactDetailsShared));
    cases.put("introduction sharing contact details", anyReferral(r -> r.contactDetailsShared()
        && r.kind() == ReferralKind.INTRODUCTION));
    cases.put("consent granted but nothing shared", anyReferral(r -> r.consent() == ConsentState.GRANTED
        && !r.contactDetailsShared()));
    cases.put("referral chain of three", n -> n.referrals().stream().anyMatch(r -> n.referralChain(r.id()).size() >= 3));
    cases.put("introduction under a forward", n -> n.referrals().stream().anyMatch(r -> r.question().isEmpty()
        && r.parent().flatMap(n::referral).flatMap(Referral::question).isPresent()));

    Map<String, Integer> hits = new TreeMap<>();
    cases.keySet().forEach(k -> hits.put(k, 0));
    qt(500).forAll(Networks.networks()).checkAssert(n -> cases.forEach((k, p) -> {
      if (p.test(n)) {
        hits.merge(k, 1, Integer::sum);
      }
    }));
    assertThat(hits).allSatisfy((k, count) -> assertThat(count).as(k).isPositive());
  }

  private static Instant askedAt(Network n, Answer a) {
    return n.question(a.question()).map(Question::askedAt).orElseThrow();
  }

  private static Predicate<Network> anyTouchpoint(Predicate<Touchpoint> p) {
    return n -> n.touchpoints().stream().anyMatch(p);
  }

  private static Predicate<Network> anyMember(Predicate<Member> p) {
    return n -> n.members().stream().anyMatch(p);
  }

  private static Predicate<Network> anyReferral(Predicate<Referral> p) {
    return n -> n.referrals().stream().anyMatch(p);
  }

  @Test
  void should_generate_valid_records_one_by_one() {
    Gen<Event> events = Networks.events(Networks.eventIds(), List.of(MemberId.of("a"), MemberId.of("b")));
    qt(200).forAll(events).checkAssert(e -> assertThat(e.end()).isAfterOrEqualTo(e.start()));
    qt(200).forAll(Networks.members()).checkAssert(m -> assertThat(m.name()).isNotBlank());
    qt(200).forAll(Networks.topics()).checkAssert(t -> assertThat(Topic.of(t.name())).isEqualTo(t));
  }
}
