package org.blendnet.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blendnet.core.Channel;
import org.blendnet.core.Event;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.MentoringPreferences;
import org.blendnet.core.match.Pairing;
import org.blendnet.core.match.PairingOptions;
import org.blendnet.core.match.PairingRound;
import org.blendnet.core.match.Routing;
import org.blendnet.core.match.StableMentoring;
import org.blendnet.core.match.groups.EventSeating;
import org.blendnet.core.match.groups.GroupOptions;
import org.blendnet.core.match.groups.GroupPlan;
import org.blendnet.core.match.groups.LearningGroups;
import org.blendnet.core.match.groups.SeatingOptions;
import org.blendnet.core.match.groups.SeatingPlan;
import org.blendnet.core.match.intro.EventFollowUp;
import org.blendnet.core.match.intro.FollowUpOptions;
import org.blendnet.examples.generate.BlendedCommunity;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.match.GraphSignals;
import org.blendnet.metrics.blended.Blendedness;
import org.blendnet.metrics.blended.EventCatalysis;
import org.blendnet.metrics.blended.TieMix;
import org.blendnet.metrics.expertise.KnowledgeAtRisk;
import org.blendnet.metrics.reciprocity.ReciprocityBalancer;
import org.blendnet.metrics.reciprocity.ReciprocityLedger;
import org.blendnet.metrics.report.NetworkHealthReport;
import org.blendnet.metrics.silo.SiloIndices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's sections on graph-aware matching, the planners, and the measures and health report, run on a
 * seeded generated community; each result is checked against the rule the README states for it.
 */
class ReadmePlannersAndMeasuresTest {

  private static final Network NETWORK = BlendedCommunity.builder().members(120).seed(1).build().generate();

  @Test
  void should_route_through_graph_signals_and_plan_rounds_groups_seats_and_follow_ups() {
    Network network = NETWORK;
    SocialGraph graph = SocialGraph.of(network);
    Matchmaker matchmaker = Matchmaker.withCoreSignals(network);
    Matchmaker.Builder b = Matchmaker.builder(network).coreSignals();
    GraphSignals.of(graph).addRoutingTo(b, 2);
    Matchmaker aardvark = b.build();
    Question question = network.questions().get(0);
    Routing routing = aardvark.routeQuestion(question, MatchOptions.defaults().withK(5));
    assertThat(routing.answerers().matches()).hasSizeLessThanOrEqualTo(5)
        .allSatisfy(m -> assertThat(m.candidate()).isNotEqualTo(question.asker()));
    assertThat(routing.onward()).allSatisfy(r -> assertThat(r.parent()).isPresent());

    List<MemberId> population = network.members().stream().map(m -> m.id()).toList();
    Pairing pairing = PairingRound.of(matchmaker).pair(population, PairingOptions.defaults());
    Set<MemberId> paired = new HashSet<>();
    pairing.pairs().forEach(p -> {
      assertThat(paired.add(p.first())).as("paired twice: %s", p.first()).isTrue();
      assertThat(paired.add(p.second())).as("paired twice: %s", p.second()).isTrue();
    });
    assertThat(paired).isNotEmpty();

    Map<MemberId, Integer> capacities = new LinkedHashMap<>();
    population.subList(0, 10).forEach(m -> capacities.put(m, 2));
    List<MemberId> mentees = population.subList(10, 30);
    MentoringPreferences preferences =
        MentoringPreferences.fromScores(matchmaker, capacities, mentees, 5, Instant.parse("2026-04-06T09:00:00Z"));
    StableMentoring.Assignment assignment = StableMentoring.menteeOptimal(preferences);
    assertThat(preferences.blockingPairs(assignment.mentorOf())).isEmpty();

    GroupPlan groups = LearningGroups.form(network, GroupOptions.sizes(15, 20).withTargetSize(17).withMaxUnitShare(0.3));
    assertThat(groups.groups()).allSatisfy(g -> assertThat(g.members()).hasSizeBetween(15, 20));
    assertThat(groups.groups().stream().mapToInt(g -> g.members().size()).sum()).isEqualTo(population.size());

    Event event = network.events().stream().filter(e -> e.channel() == Channel.OFFLINE).findFirst().orElseThrow();
    SeatingPlan seating = EventSeating.seat(matchmaker, event.id(), SeatingOptions.tablesOf(8).withMaxSameUnit(3));
    assertThat(seating.tables()).allSatisfy(t -> assertThat(t.members()).hasSizeLessThanOrEqualTo(8));
    assertThat(EventFollowUp.suggest(matchmaker, event.id(), FollowUpOptions.defaults()).referrals())
        .allSatisfy(r -> assertThat(r.kind()).isEqualTo(ReferralKind.INTRODUCTION));
  }

  @Test
  void should_compute_the_measures_and_write_the_health_report(@TempDir Path dir) throws Exception {
    Network network = NETWORK;
    SocialGraph graph = SocialGraph.of(network);
    ReciprocityLedger ledger = ReciprocityLedger.of(network);
    ReciprocityBalancer balancer = ReciprocityBalancer.builder(network, ledger).lastPeriod(ledger)
        .target(4).cap(8).build();
    assertThat(balancer.target()).isEqualTo(4);
    assertThat(balancer.cap()).isEqualTo(8);
    TieMix mix = Blendedness.of(graph).network();
    assertThat(mix.onlineOnlyShare() + mix.offlineOnlyShare() + mix.blendedShare()).isCloseTo(1.0, within(1e-9));
    EventCatalysis.of(network);
    SiloIndices.of(graph);
    Set<MemberId> leaving = Set.of(network.members().get(0).id());
    assertThat(KnowledgeAtRisk.of(network, ExpertiseLevel.ADVANCED, 2, leaving).topics()).isNotEmpty();
    NetworkHealthReport report = NetworkHealthReport.of(network);
    Files.writeString(dir.resolve("health.html"), report.toHtml());
    List<String> html = new ArrayList<>(Files.readAllLines(dir.resolve("health.html")));
    assertThat(String.join("\n", html)).contains("<svg").doesNotContain("<script");
  }
}
