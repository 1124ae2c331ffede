package org.blendnet.core.match.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.match.groups.GroupFixtures.FINANCE;
import static org.blendnet.core.match.groups.GroupFixtures.GARDENING;
import static org.blendnet.core.match.groups.GroupFixtures.NEGOTIATION;
import static org.blendnet.core.match.groups.GroupFixtures.SALES;
import static org.blendnet.core.match.groups.GroupFixtures.T0;
import static org.blendnet.core.match.groups.GroupFixtures.id;
import static org.blendnet.core.testing.Theories.qt;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.range;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Consent;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.MemberPair;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EventSeatingTest {

  private static final EventId SUMMIT = EventId.of("summit");

  private static Touchpoint tp(String id, int hoursBefore, Medium medium, String a, String b) {
    return Touchpoint.between(TouchpointId.of(id), T0.minusSeconds(3600L * hoursBefore), medium, id(a), id(b));
  }

  private static Event summit(String host, String... attendees) {
    Event.Builder b = Event.builder(SUMMIT).title("Summit").medium(Medium.EVENT).time(T0, T0.plusSeconds(3600))
        .host(id(host));
    for (String a : attendees) {
      b.attendee(id(a));
    }
    return b.build();
  }

  private static Member plain(String id, Affiliation unit) {
    return Member.builder(id(id)).affiliation(unit).build();
  }

  /**
   * Six participants at tables of three. ana and bo chatted twice, eve and fay once, never face to face;
   * cy and dee chatted and also met at a meeting. Nobody has topics, so nobody "should meet": the best
   * seating puts ana with bo and eve with fay (objective 2), and cy and dee fill one seat at each table.
   */
  private static Network onlineTies() {
    Network.Builder b = Network.builder();
    for (String m : List.of("ana", "bo", "cy", "dee", "eve", "fay")) {
      b.member(plain(m, Affiliation.none()));
    }
    return b.touchpoint(tp("t1", 48, Medium.CHAT, "ana", "bo")).touchpoint(tp("t2", 24, Medium.CHAT, "ana", "bo"))
        .touchpoint(tp("t3", 24, Medium.CHAT, "cy", "dee")).touchpoint(tp("t4", 12, Medium.MEETING, "cy", "dee"))
        .touchpoint(tp("t5", 12, Medium.CHAT, "eve", "fay"))
        .event(summit("ana", "bo", "cy", "dee", "eve", "fay")).build();
  }

  private static SeatingTable tableOf(SeatingPlan plan, String member) {
    return plan.tables().stream().filter(t -> t.members().contains(id(member))).findFirst().orElseThrow();
  }

  @Test
  void should_seat_together_those_who_met_online_but_never_face_to_face() {
    Matchmaker matchmaker = Matchmaker.withCoreSignals(onlineTies());
    SeatingPlan plan = EventSeating.seat(matchmaker, SUMMIT, SeatingOptions.tablesOf(3).withSeed(5));

    assertThat(plan.tables()).hasSize(2);
    assertThat(tableOf(plan, "ana").members()).contains(id("bo"));
    assertThat(tableOf(plan, "eve").members()).contains(id("fay"));
    assertThat(tableOf(plan, "cy")).isNotEqualTo(tableOf(plan, "dee"));
    assertThat(plan.objective()).isEqualTo(2.0);
    assertThat(plan.onlineOnlyPairs()).isEqualTo(2);
    assertThat(plan.onlineOnlySeated()).isEqualTo(2);
    assertThat(plan.shouldMeetPairs()).isZero();
    SeatingTable ana = tableOf(plan, "ana");
    assertThat(ana.pairs()).singleElement().satisfies(p -> {
      assertThat(p.pair()).isEqualTo(MemberPair.of(id("ana"), id("bo")));
      assertThat(p.onlineContacts()).isEqualTo(2);
      assertThat(p.reasons()).containsExactly("met online 2 times, never face to face");
    });
    assertThat(ana.explanation()).startsWith("3 seats; ana and bo met online 2 times, never face to face; units (none) 3");
    assertThat(tableOf(plan, "eve").pairs().get(0).reasons()).containsExactly("met online once, never face to face");
  }

  @Test
  void should_count_an_earlier_face_to_face_event_as_having_met() {
    Network withEarlier = onlineTies().toBuilder()
        .event(Event.builder(EventId.of("breakfast")).title("Breakfast").medium(Medium.EVENT)
            .time(T0.minusSeconds(7200), T0.minusSeconds(3600)).attendee(id("ana")).attendee(id("bo")).build())
        .build();
    SeatingPlan plan = EventSeating.seat(Matchmaker.withCoreSignals(withEarlier), SUMMIT, SeatingOptions.tablesOf(3));

    assertThat(plan.onlineOnlyPairs()).isEqualTo(1);
    assertThat(plan.objective()).isEqualTo(1.0);
  }

  /**
   * ana wants to learn negotiation; bo is an expert and agreed to be recommended, cy is an expert who
   * declined. Only ana and bo should meet; cy is seated but never in a should-meet pair.
   */
  @Test
  void should_seat_together_those_who_should_meet_but_never_one_who_declined_to_be_recommended() {
    Network network = Network.builder()
        .member(Member.builder(id("ana")).interest(NEGOTIATION).build())
        .member(Member.builder(id("bo")).expertise(NEGOTIATION, ExpertiseLevel.EXPERT).build())
        .member(Member.builder(id("cy")).expertise(NEGOTIATION, ExpertiseLevel.EXPERT)
            .consent(Consent.defaults().withRecommendable(false)).build())
        .member(Member.builder(id("dee")).interest(GARDENING).build())
        .member(Member.builder(id("eve")).interest(GARDENING).build())
        .member(Member.builder(id("fay")).build())
        .event(summit("fay", "ana", "bo", "cy", "dee", "eve")).build();
    SeatingPlan plan = EventSeating.seat(Matchmaker.withCoreSignals(network), SUMMIT, SeatingOptions.tablesOf(3));

    assertThat(plan.shouldMeetPairs()).isEqualTo(1);
    assertThat(plan.shouldMeetSeated()).isEqualTo(1);
    SeatPair pair = tableOf(plan, "ana").pairs().get(0);
    assertThat(pair.pair()).isEqualTo(MemberPair.of(id("ana"), id("bo")));
    // topic fit 1 · 3, complementarity 0 · 2, channel ½ · 1, time zone 1 · 1, availability 1 · 1: 5.5 / 8
    assertThat(pair.shouldMeet()).isEqualTo(0.6875);
    assertThat(pair.reasons()).singleElement().asString()
        .startsWith("should meet (0.69; for ana: can teach you negotiation (expert)");
  }

  @Test
  void should_respect_the_cap_on_seats_of_one_unit() {
    Network.Builder b = Network.builder();
    for (String m : List.of("ana", "bo", "cy", "dee")) {
      b.member(plain(m, SALES));
    }
    b.member(plain("eve", FINANCE)).member(plain("fay", FINANCE));
    // ana, bo and cy chatted with each other: without the cap they would fill one table
    Network network = b.touchpoint(tp("t1", 5, Medium.CHAT, "ana", "bo")).touchpoint(tp("t2", 5, Medium.CHAT, "bo", "cy"))
        .touchpoint(tp("t3", 5, Medium.CHAT, "ana", "cy")).event(summit("ana", "bo", "cy", "dee", "eve", "fay")).build();
    Matchmaker matchmaker = Matchmaker.withCoreSignals(network);

    SeatingPlan capped = EventSeating.seat(matchmaker, SUMMIT, SeatingOptions.tablesOf(3).withMaxSameUnit(2));
    for (SeatingTable t : capped.tables()) {
      assertThat(t.units()).containsOnly(Map.entry(SALES, 2), Map.entry(FINANCE, 1));
    }
    assertThat(capped.objective()).isEqualTo(1.0);
    SeatingPlan free = EventSeating.seat(matchmaker, SUMMIT, SeatingOptions.tablesOf(3).withMaxSameUnit(3));
    assertThat(free.objective()).isEqualTo(3.0);

    assertThatThrownBy(() -> EventSeating.seat(matchmaker, SUMMIT, SeatingOptions.tablesOf(3).withMaxSameUnit(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSameUnit 1 cannot be met: unit Acme / Sales has 4 of the 6 participants, but 2 tables of at"
            + " most 3 seat at most 1 of one unit each (2)");
  }

  @Test
  void should_refuse_an_online_or_unknown_event_and_bad_options() {
    Network network = onlineTies().toBuilder().event(Event.builder(EventId.of("web")).title("Web").medium(Medium.WEBINAR)
        .time(T0, T0).attendee(id("ana")).build()).build();
    Matchmaker matchmaker = Matchmaker.withCoreSignals(network);
    assertThatThrownBy(() -> EventSeating.seat(matchmaker, EventId.of("web"), SeatingOptions.tablesOf(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event web is held online (WEBINAR); seating needs a face-to-face event");
    assertThatThrownBy(() -> EventSeating.seat(matchmaker, EventId.of("nope"), SeatingOptions.tablesOf(4)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown event: nope");
    assertThatThrownBy(() -> SeatingOptions.tablesOf(1)).hasMessage("tableSize must be >= 2 but was 1");
    assertThatThrownBy(() -> SeatingOptions.tablesOf(8).withMaxSameUnit(0)).hasMessage("maxSameUnit must be >= 1 but was 0");
    assertThatThrownBy(() -> SeatingOptions.tablesOf(8).withMinShouldMeetScore(1.5))
        .hasMessage("minShouldMeetScore must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> SeatingOptions.tablesOf(8).withOnlineOnlyWeight(-1))
        .hasMessage("onlineOnlyWeight must be a finite number >= 0 but was -1.0");
  }

  // ---- properties --------------------------------------------------------------------------------

  private record Case(int n, int units, int touchpoints, int tableSize, int cap, long seed) {}

  private static final Gen<Case> CASES = in -> new Case(range(1, 40).generate(in), range(1, 5).generate(in),
      range(0, 120).generate(in), range(2, 8).generate(in), range(1, 4).generate(in),
      longRange(-1000, 1000).generate(in));

  @Test
  void should_seat_everyone_once_at_even_tables_within_the_cap_and_never_pair_a_declined_member() {
    qt(120).forAll(CASES).checkAssert(c -> {
      List<Member> members = GroupFixtures.population(c.n(), c.units(), 6, c.seed());
      Network network = GroupFixtures.withEvent(members, c.touchpoints(), c.seed());
      Matchmaker matchmaker = Matchmaker.withCoreSignals(network);
      SeatingOptions options = SeatingOptions.tablesOf(c.tableSize()).withMaxSameUnit(c.cap()).withSeed(c.seed());
      int tables = (c.n() + c.tableSize() - 1) / c.tableSize();
      Map<Affiliation, Integer> unitSizes = new HashMap<>();
      Map<MemberId, Member> byId = new HashMap<>();
      for (Member m : members) {
        byId.put(m.id(), m);
        if (!m.affiliation().isNone()) {
          unitSizes.merge(m.affiliation(), 1, Integer::sum);
        }
      }
      int largest = unitSizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      if (largest > tables * c.cap()) {
        assertThatThrownBy(() -> EventSeating.seat(matchmaker, EventId.of("e"), options))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be met");
        return;
      }
      SeatingPlan plan = EventSeating.seat(matchmaker, EventId.of("e"), options);
      assertThat(plan.tables()).hasSize(tables);
      Set<MemberId> seated = new HashSet<>();
      int smallest = Integer.MAX_VALUE;
      int biggest = 0;
      double objective = 0;
      for (SeatingTable t : plan.tables()) {
        smallest = Math.min(smallest, t.size());
        biggest = Math.max(biggest, t.size());
        for (MemberId m : t.members()) {
          assertThat(seated.add(m)).as("%s seated once", m).isTrue();
        }
        Map<Affiliation, Integer> units = new HashMap<>();
        for (MemberId m : t.members()) {
          Affiliation a = byId.get(m).affiliation();
          if (!a.isNone()) {
            units.merge(a, 1, Integer::sum);
          }
        }
        assertThat(units.values()).allSatisfy(k -> assertThat(k).isLessThanOrEqualTo(c.cap()));
        for (SeatPair p : t.pairs()) {
          assertThat(t.members()).contains(p.pair().first(), p.pair().second());
          if (p.isShouldMeet()) {
            assertThat(byId.get(p.pair().first()).consent().recommendable()).isTrue();
            assertThat(byId.get(p.pair().second()).consent().recommendable()).isTrue();
          }
        }
        objective += t.weight();
      }
      assertThat(biggest).isLessThanOrEqualTo(c.tableSize());
      assertThat(biggest - smallest).isLessThanOrEqualTo(1);
      assertThat(seated).hasSize(c.n());
      assertThat(plan.objective()).isEqualTo(objective);
      assertThat(plan.objective()).isGreaterThanOrEqualTo(plan.dealtObjective() - 1e-9);
      assertThat(EventSeating.seat(matchmaker, EventId.of("e"), options)).as("same seed, same seating").isEqualTo(plan);
    });
  }
}
