package org.blendnet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.blendnet.core.Consent;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.io.NetworkJson;
import org.blendnet.core.io.Pseudonymiser;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.export.ExportFormat;
import org.blendnet.graph.export.ExportOptions;
import org.blendnet.graph.export.GraphExport;
import org.blendnet.graph.path.ReferralPaths;
import org.junit.jupiter.api.Test;

/**
 * Consent, place by place, on one hand-built network: {@code seeker} and five experts in negotiation —
 * {@code ok} (default consent), {@code hidden} (not recommendable), {@code quiet} (not contactable),
 * {@code none} ({@link Consent#none()}) and {@code far} (default consent, reachable only through others).
 * Ties: seeker–ok, seeker–hidden, seeker–quiet, seeker-none; hidden–far, quiet–far.
 */
class ConsentEnforcementTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Topic NEGOTIATION = Topic.of("negotiation");
  private static final MemberId SEEKER = MemberId.of("seeker");
  private static final MemberId OK = MemberId.of("ok");
  private static final MemberId HIDDEN = MemberId.of("hidden");
  private static final MemberId QUIET = MemberId.of("quiet");
  private static final MemberId NONE = MemberId.of("none");
  private static final MemberId FAR = MemberId.of("far");

  private static Network network() {
    Network.Builder b = Network.builder();
    b.member(Member.builder(SEEKER).name("Sam Seeker").interest(NEGOTIATION).build());
    b.member(expert(OK, "Olga Okay", Consent.defaults()));
    b.member(expert(HIDDEN, "Hugo Hidden", Consent.defaults().withRecommendable(false)));
    b.member(expert(QUIET, "Quinn Quiet", Consent.defaults().withContactable(false)));
    b.member(expert(NONE, "Nora None", Consent.none()));
    b.member(expert(FAR, "Fay Far", Consent.defaults()));
    int t = 0;
    for (MemberId[] tie : new MemberId[][] {{SEEKER, OK}, {SEEKER, HIDDEN}, {SEEKER, QUIET}, {SEEKER, NONE},
        {HIDDEN, FAR}, {QUIET, FAR}}) {
      b.touchpoint(Touchpoint.between(TouchpointId.of("t" + t), T0.plusSeconds(60L * t++), Medium.MEETING, tie[0],
          tie[1]));
    }
    return b.build();
  }

  private static Member expert(MemberId id, String name, Consent consent) {
    return Member.builder(id).name(name).expertise(NEGOTIATION, ExpertiseLevel.EXPERT).interest(NEGOTIATION)
        .consent(consent).build();
  }

  @Test
  void should_recommend_as_peers_only_members_who_may_be_recommended() {
    Matchmaker matchmaker = Matchmaker.withCoreSignals(network());

    Set<MemberId> peers = Set.copyOf(matchmaker.recommendPeers(SEEKER, MatchOptions.defaults().withK(10)).members());

    assertThat(peers).contains(OK, QUIET, FAR).doesNotContain(HIDDEN, NONE, SEEKER);
  }

  @Test
  void should_route_questions_only_to_members_who_may_be_recommended_and_contacted() {
    Matchmaker matchmaker = Matchmaker.withCoreSignals(network());

    Set<MemberId> answerers = Set.copyOf(matchmaker.routeQuestion(SEEKER, Set.of(NEGOTIATION),
        MatchOptions.defaults().withK(10)).answerers().members());

    assertThat(answerers).contains(OK, FAR).doesNotContain(HIDDEN, QUIET, NONE, SEEKER);
  }

  @Test
  void should_pass_referrals_only_through_members_who_agreed_and_only_to_contactable_targets() {
    ReferralPaths paths = ReferralPaths.on(SocialGraph.of(network()));

    // far is reachable only through hidden (not recommendable) and quiet (not contactable)
    assertThat(paths.find(SEEKER, FAR)).isEmpty();
    assertThat(paths.find(SEEKER, OK)).hasSize(1);
    // a target who may not be contacted gets no chain, even a direct one
    assertThat(paths.find(SEEKER, QUIET)).isEmpty();
    assertThat(paths.find(SEEKER, NONE)).isEmpty();
  }

  @Test
  void should_export_no_names_unless_asked_and_no_ids_or_names_when_pseudonymised() {
    Network network = network();
    SocialGraph graph = SocialGraph.of(network);
    String[] names = {"Sam Seeker", "Olga Okay", "Hugo Hidden", "Quinn Quiet", "Nora None", "Fay Far"};

    for (ExportFormat format : ExportFormat.values()) {
      assertThat(GraphExport.asString(graph, format, ExportOptions.defaults())).doesNotContain(names);
    }
    String shared = NetworkJson.toJson(
        Pseudonymiser.withKey("consent test key of 32 bytes....".getBytes(StandardCharsets.UTF_8)).apply(network));
    assertThat(shared).doesNotContain(names).doesNotContain("\"seeker\"", "\"hidden\"", "\"quiet\"", "\"far\"");
  }
}
