package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.Fixtures.m;
import static org.blendnet.core.Fixtures.member;
import static org.blendnet.core.Fixtures.t;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edge cases of {@link Network}: erasing an event's only host, and the hash of its order-insensitive tables. */
class NetworkEdgeCasesTest {

  private static Event event(String id, String host, String... attendees) {
    Event.Builder b = Event.builder(EventId.of(id)).title(id).medium(Medium.EVENT).time(t(0), t(60)).host(m(host));
    for (String a : attendees) {
      b.attendee(m(a));
    }
    return b.build();
  }

  @Test
  void should_erase_a_member_who_only_hosts_an_event() {
    Network n = Fixtures.membersOnly("a", "b", "c").event(event("E", "a", "b", "c")).build();
    Network erased = n.erase(m("a"));
    Event e = erased.event(EventId.of("E")).orElseThrow();
    assertThat(e.hosts()).isEmpty();
    assertThat(e.attendees()).containsExactly(m("b"), m("c"));
    assertThat(erased.member(m("a"))).isEmpty();
    // an attendee who hosts nothing: the host stays
    Event withoutB = n.erase(m("b")).event(EventId.of("E")).orElseThrow();
    assertThat(withoutB.hosts()).containsExactly(m("a"));
    assertThat(withoutB.attendees()).containsExactly(m("c"));
  }

  @Test
  void should_hash_a_table_as_a_map_from_id_text_to_record() {
    Network n = Fixtures.membersOnly("a", "b", "c").build();
    Map<String, Member> byId = new LinkedHashMap<>();
    for (String id : new String[] {"a", "b", "c"}) {
      byId.put(id, member(id));
    }
    Table<MemberId, Member> members = n.tables().members();
    assertThat(members.hashCode()).isEqualTo(byId.hashCode());
    assertThat(Fixtures.membersOnly("a").build().tables().members().hashCode())
        .isEqualTo(Map.of("a", member("a")).hashCode());
    assertThat(Network.empty().tables().members().hashCode()).isZero();
  }

  @Test
  void should_equal_and_hash_alike_whatever_the_order_records_were_added_in() {
    Network abc = Fixtures.membersOnly("a", "b", "c").build();
    Network cab = Fixtures.membersOnly("c", "a", "b").build();
    assertThat(abc).isEqualTo(cab);
    assertThat(abc.hashCode()).isEqualTo(cab.hashCode());
    Table<MemberId, Member> table = abc.tables().members();
    assertThat(table.equals(table)).isTrue();
    assertThat(table.equals(cab.tables().members())).isTrue();
    assertThat(table.equals(Fixtures.membersOnly("a", "b").build().tables().members())).isFalse();
    assertThat(table.equals(Fixtures.membersOnly("a", "b", "d").build().tables().members())).isFalse();
    assertThat(table.equals("abc")).isFalse();
  }

  @Test
  void should_give_these_different_networks_different_hash_codes() {
    Network ab = Fixtures.membersOnly("a", "b").build();
    Network abc = Fixtures.membersOnly("a", "b", "c").build();
    Network withEvent = Fixtures.membersOnly("a", "b").event(event("E", "a", "b")).build();
    assertThat(ab.hashCode()).isNotEqualTo(abc.hashCode());
    assertThat(ab.hashCode()).isNotEqualTo(withEvent.hashCode());
    assertThat(abc.hashCode()).isNotEqualTo(withEvent.hashCode());
  }
}
