package org.blendnet.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Answer;
import org.blendnet.core.AnswerId;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.io.NetworkJson;
import org.blendnet.core.match.Match;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matches;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.Routing;
import org.blendnet.examples.datasets.CsAarhus;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.brokerage.Betweenness;
import org.blendnet.graph.brokerage.BrokerageRoles;
import org.blendnet.graph.brokerage.ContactGraph;
import org.blendnet.graph.brokerage.GouldFernandez;
import org.blendnet.graph.brokerage.Grouping;
import org.blendnet.graph.brokerage.StructuralHoles;
import org.blendnet.graph.community.Leiden;
import org.blendnet.graph.community.Partition;
import org.blendnet.graph.export.ExportFormat;
import org.blendnet.graph.export.ExportOptions;
import org.blendnet.graph.export.GraphExport;
import org.blendnet.graph.path.ReferralOptions;
import org.blendnet.graph.path.ReferralPath;
import org.blendnet.graph.path.ReferralPaths;
import org.blendnet.graph.shape.NetworkShape;
import org.blendnet.graph.shape.ShapeAnalysis;
import org.blendnet.graph.silo.SiloDetector;
import org.blendnet.graph.silo.SiloReport;
import org.blendnet.metrics.TimeWindows;
import org.blendnet.metrics.engagement.Engagement;
import org.blendnet.metrics.engagement.GroupSizes;
import org.blendnet.metrics.reciprocity.GiveTakeProfile;
import org.blendnet.metrics.reciprocity.GiveTakeProfiles;
import org.blendnet.metrics.reciprocity.NetworkReciprocity;
import org.blendnet.metrics.reciprocity.ReciprocityLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's twenty-line example, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void should_run_the_readme_example(@TempDir Path dir) {
    MemberId ana = MemberId.of("ana"), bo = MemberId.of("bo");
    Network network = Network.builder()
        .member(Member.builder(ana).name("Ana Costa").affiliation(Affiliation.of("Acme", "Sales"))
            .expertise(Topic.of("negotiation"), ExpertiseLevel.EXPERT).build())
        .member(Member.builder(bo).name("Bo Chen").affiliation(Affiliation.of("Acme", "R&D"))
            .interest(Topic.of("negotiation")).build())
        .touchpoint(Touchpoint.builder(TouchpointId.of("t1")).at(Instant.parse("2026-03-02T10:15:00Z"))
            .medium(Medium.CHAT).between(ana, bo).initiatedBy(bo).build())
        .touchpoint(Touchpoint.between(TouchpointId.of("t2"), Instant.parse("2026-03-05T12:30:00Z"), Medium.MEAL,
            ana, bo))
        .question(Question.of(QuestionId.of("q1"), bo, "How do I open a price negotiation?",
            Set.of(Topic.of("negotiation")), Instant.parse("2026-03-03T09:00:00Z")))
        .answer(Answer.of(AnswerId.of("a1"), QuestionId.of("q1"), ana, Instant.parse("2026-03-03T09:40:00Z")))
        .build();

    assertThat(network.touchpointsBetween(ana, bo)).hasToString(
        "[Touchpoint[id=t1, at=2026-03-02T10:15:00Z, medium=CHAT, participants=[ana, bo], initiator=bo], "
            + "Touchpoint[id=t2, at=2026-03-05T12:30:00Z, medium=MEAL, participants=[ana, bo]]]");
    assertThat(network.membersWithExpertise(Topic.of("negotiation"))).extracting(Member::id).containsExactly(ana);
    NetworkJson.write(network, dir.resolve("network.json"));
    assertThat(NetworkJson.read(dir.resolve("network.json"))).isEqualTo(network);
    Matchmaker matchmaker = Matchmaker.withCoreSignals(network);
    Matches peers = matchmaker.recommendPeers(bo, MatchOptions.defaults().withK(5));
    assertThat(peers.matches()).extracting(Match::candidate).containsExactly(ana);
    assertThat(peers.matches().get(0).explanation()).containsExactly("can teach you negotiation (expert)",
        "keeps the same working hours as you", "has room for 3 of 3 matches this period");
    Routing routing = matchmaker.routeQuestion(network.question(QuestionId.of("q1")).orElseThrow(),
        MatchOptions.defaults().withK(3));
    assertThat(routing.answerers().matches()).isEmpty(); // ana has answered q1 already

    SocialGraph graph = SocialGraph.of(network);
    Partition communities = Leiden.withDefaults().detect(graph);
    assertThat(communities.members(0)).containsExactly(ana, bo);
    SiloReport silos = SiloDetector.withDefaults().unitsAndCommunities(graph, communities);
    assertThat(silos.silos()).isEmpty(); // two people: both units are under the privacy floor
    GraphExport.write(graph, ExportFormat.GEXF, ExportOptions.defaults().communities(communities),
        dir.resolve("network.gexf"));
    assertThat(dir.resolve("network.gexf")).content().contains("<gexf");

    ReciprocityLedger ledger = ReciprocityLedger.of(network);
    assertThat(GiveTakeProfiles.of(network, ledger).members(GiveTakeProfile.TAKER)).containsExactly(bo);
    assertThat(NetworkReciprocity.of(network).helpFlow().rho()).isBetween(-1.0, 1.0);
    TimeWindows months = TimeWindows.calendar(ZonedDateTime.parse("2026-01-01T00:00Z"), Period.ofMonths(1), 12);
    assertThat(Engagement.of(network, months).activeShare()).isEqualTo(1.0);
    // both units: one member, active, online (the chat) and face to face (the meal)
    assertThat(Engagement.of(network, months).byUnit(2).groups())
        .extracting(g -> List.of(g.members(), g.active(), g.online(), g.offline()))
        .containsExactly(List.of(1, 1, 1, 1), List.of(1, 1, 1, 1));
    assertThat(GroupSizes.of(network, months).activeCount()).isZero(); // no communities in this network

    Network erased = network.erase(bo);
    assertThat(erased.members()).extracting(Member::id).containsExactly(ana);
    assertThat(erased.touchpoints()).isEmpty();
    assertThat(erased.questions()).isEmpty();
    assertThat(erased.answers()).isEmpty();
  }

  @Test
  void should_run_the_readme_brokerage_example() {
    Network aarhus = CsAarhus.load();
    SocialGraph graph = SocialGraph.of(aarhus);
    assertThat(Betweenness.withDefaults().compute(graph).top(3))
        .containsExactly(MemberId.of("U4"), MemberId.of("U123"), MemberId.of("U91"));
    assertThat(StructuralHoles.weighted().compute(graph).constraint(MemberId.of("U123"))).isCloseTo(0.1102, within(1e-4));
    BrokerageRoles roles = GouldFernandez.analyse(ContactGraph.of(aarhus), Grouping.byAffiliation(aarhus, 3));
    assertThat(roles.total(MemberId.of("U4"))).hasToString("440 (expected 106.31 ± 40.65, z=8.21)");
    List<ReferralPath> chains = ReferralPaths.on(graph, ReferralOptions.defaults().withK(3))
        .find(MemberId.of("U1"), MemberId.of("U92"));
    assertThat(chains).hasSize(3);
    assertThat(chains.get(0).members()).containsExactly(MemberId.of("U1"), MemberId.of("U10"), MemberId.of("U13"),
        MemberId.of("U92"));
    assertThat(ShapeAnalysis.withDefaults().analyse(graph).shape()).isEqualTo(NetworkShape.PEER_MESH);
  }
}
