package org.blendnet.examples.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Channel;
import org.blendnet.core.Medium;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.junit.jupiter.api.Test;

class CsAarhusTest {

  @Test
  void should_ship_json_equal_to_a_fresh_conversion_of_the_raw_files() {
    assertThat(CsAarhus.load()).isEqualTo(CsAarhus.fromRawFiles());
  }

  @Test
  void should_hold_the_counts_given_in_the_source_note() {
    Network network = CsAarhus.load();

    assertThat(network.members()).hasSize(61);
    assertThat(network.touchpoints()).hasSize(620);
    Map<Medium, Long> perLayer = network.touchpoints().stream()
        .collect(Collectors.groupingBy(Touchpoint::medium, TreeMap::new, Collectors.counting()));
    // SOURCE.md: work 194, lunch 193, facebook 124, leisure 88, coauthor 21
    assertThat(perLayer).containsExactly(
        Map.entry(Medium.MEAL, 193L),
        Map.entry(Medium.LEISURE, 88L),
        Map.entry(Medium.WORKING_TOGETHER, 194L),
        Map.entry(Medium.CO_AUTHORING, 21L),
        Map.entry(Medium.SOCIAL_MEDIA, 124L));
    assertThat(network.touchpoints()).allMatch(t -> t.at().equals(CsAarhus.OBSERVED) && !t.isDirected());
    assertThat(network.touchpoints().stream().filter(t -> t.channel() == Channel.ONLINE)).hasSize(124);
  }

  @Test
  void should_place_members_in_their_research_groups() {
    Network network = CsAarhus.load();
    Affiliation department = Affiliation.of("Aarhus University", "Computer Science");

    // SOURCE.md: G1 6, G2 12 (+ the two listed in G2/G3 and G2/G6), G3 8, G4 7, G5 4, G6 7, G7 8, G8 1, NA 6
    assertThat(network.membersIn(department)).hasSize(61);
    assertThat(network.membersIn(Affiliation.of("Aarhus University", "Computer Science", "G2"))).hasSize(14);
    assertThat(network.membersIn(Affiliation.of("Aarhus University", "Computer Science", "G8"))).hasSize(1);
    assertThat(network.members().stream().filter(m -> m.affiliation().equals(department))).hasSize(6);
    assertThat(network.member(MemberId.of("U4")).orElseThrow().attributes())
        .containsEntry("research_groups", "G2/G3").containsEntry("role", "Admin");
    assertThat(network.members()).allMatch(m -> m.timeZone().equals(CsAarhus.AARHUS));
  }
}
