package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.Fixtures.T0;
import static org.blendnet.core.Fixtures.m;
import static org.blendnet.core.Fixtures.t;
import static org.blendnet.core.Fixtures.topic;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventTest {

  private final EventId e1 = EventId.of("e1");

  @Test
  void should_build_an_event() {
    Event e = Event.builder(e1).title("Kent camp").medium(Medium.WORKSHOP).time(T0, t(90)).place("Canterbury")
        .link(URI.create("https://camp.example/kent")).topic(topic("Export")).host(m("dee")).attendee(m("bo"))
        .attendees(List.of(m("ana"), m("bo"))).build();
    assertThat(e.id()).isEqualTo(e1);
    assertThat(e.title()).isEqualTo("Kent camp");
    assertThat(e.medium()).isEqualTo(Medium.WORKSHOP);
    assertThat(e.channel()).isEqualTo(Channel.OFFLINE);
    assertThat(e.start()).isEqualTo(T0);
    assertThat(e.end()).isEqualTo(t(90));
    assertThat(e.place()).contains("Canterbury");
    assertThat(e.link()).contains(URI.create("https://camp.example/kent"));
    assertThat(e.topics()).containsExactly(topic("export"));
    assertThat(e.hosts()).containsExactly(m("dee"));
    assertThat(e.attendees()).containsExactly(m("ana"), m("bo"));
    assertThat(e.participants()).containsExactly(m("ana"), m("bo"), m("dee"));
  }

  @Test
  void should_default_title_medium_place_and_link() {
    Event e = Event.builder(e1).time(T0, T0).build();
    assertThat(e.title()).isEqualTo("e1");
    assertThat(e.medium()).isEqualTo(Medium.EVENT);
    assertThat(e.place()).isEmpty();
    assertThat(e.link()).isEmpty();
    assertThat(e.participants()).isEmpty();
    assertThat(Event.builder(e1).medium(Medium.WEBINAR).time(T0, T0).build().channel()).isEqualTo(Channel.ONLINE);
  }

  @Test
  void should_count_a_host_who_also_attended_once() {
    Event e = Event.builder(e1).time(T0, T0).host(m("ana")).attendee(m("ana")).attendee(m("bo")).build();
    assertThat(e.participants()).containsExactly(m("ana"), m("bo"));
  }

  @Test
  void should_reject_an_end_before_the_start() {
    assertThatThrownBy(() -> Event.builder(e1).time(t(10), t(9)).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event e1 ends (2026-03-02T09:09:00Z) before it starts (2026-03-02T09:10:00Z)");
    assertThatThrownBy(() -> Event.builder(e1).time(T0, T0.minusNanos(1)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_need_a_time() {
    assertThatThrownBy(() -> Event.builder(e1).build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("event e1: time (start and end) was not set");
  }

  @Test
  void should_reject_a_blank_title_or_place() {
    assertThatThrownBy(() -> Event.builder(e1).title(" ").time(T0, T0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("title must not be blank");
    assertThatThrownBy(() -> Event.builder(e1).place("\t").time(T0, T0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("place must not be blank");
  }

  @Test
  void should_copy_its_sets_and_not_let_them_change() {
    Set<MemberId> hosts = new LinkedHashSet<>(List.of(m("dee")));
    Set<MemberId> attendees = new LinkedHashSet<>(List.of(m("bo"), m("ana")));
    Set<Topic> topics = new LinkedHashSet<>(List.of(topic("x")));
    Event e = new Event(e1, "Camp", Medium.EVENT, T0, T0, Optional.empty(), Optional.empty(), topics, hosts,
        attendees);
    hosts.add(m("zed"));
    attendees.clear();
    topics.add(topic("y"));
    assertThat(e.hosts()).containsExactly(m("dee"));
    assertThat(e.attendees()).containsExactly(m("ana"), m("bo"));
    assertThat(e.topics()).containsExactly(topic("x"));
    assertThatThrownBy(() -> e.attendees().add(m("zed"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> e.participants().add(m("zed"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_show_the_id_medium_start_and_counts() {
    Event e = Event.builder(e1).title("Secret title").time(T0, t(60)).place("Somewhere").host(m("dee"))
        .attendees(List.of(m("ana"), m("bo"))).build();
    assertThat(e).hasToString("Event[id=e1, medium=EVENT, start=2026-03-02T09:00:00Z, hosts=1, attendees=2]");
  }
}
