package org.blendnet.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Answer;
import org.blendnet.core.AnswerId;
import org.blendnet.core.Community;
import org.blendnet.core.CommunityId;
import org.blendnet.core.CommunityKind;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.Helpfulness;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.NetworkStore;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.io.MemberCsv;
import org.blendnet.core.io.NetworkJson;
import org.blendnet.core.io.Pseudonymiser;
import org.blendnet.core.io.TouchpointCsv;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.Leiden;
import org.blendnet.graph.community.LeidenOptions;
import org.blendnet.graph.community.Partition;
import org.blendnet.graph.export.ExportFormat;
import org.blendnet.graph.export.ExportOptions;
import org.blendnet.graph.export.GraphExport;
import org.blendnet.graph.shape.ShapeAnalysis;
import org.blendnet.graph.silo.SiloDetector;
import org.blendnet.graph.silo.SiloOptions;
import org.blendnet.graph.silo.SiloReport;
import org.blendnet.graph.structure.Components;
import org.blendnet.metrics.reciprocity.NetworkReciprocity;
import org.blendnet.metrics.report.NetworkHealthReport;
import org.blendnet.metrics.report.ReportOptions;
import org.junit.jupiter.api.Test;

/**
 * Erasure reaches every derived artifact. A property with canaries: in a random network, random members
 * are given unique marker ids, names, unit names and free text (attributes, a question they ask, an
 * answer they give), take part in touchpoints, events, communities and referrals, and are then erased —
 * from the {@link Network} and, separately, from a {@link NetworkStore} whose snapshot is taken after the
 * erasure. No marker may then appear in any export format (network JSON, pseudonymised JSON, member and
 * touchpoint CSV, GraphML, GEXF and DOT with names and units), in the network health report (JSON, Markdown
 * and HTML, with names and every group named, participation grouped by unit and by the canaries' free-text
 * attribute), in any report or result's
 * {@code toString()} (network, records, partition, silo report, shape report, components, reciprocity),
 * in the message of an exception raised about the erased network, or in what the library logs while
 * reading and writing it (SLF4J simple, at debug level for {@code org.blendnet}, captured from
 * {@code System.err}).
 */
class ErasureCanaryTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final byte[] KEY = "canary test key, thirty-two byte".getBytes(StandardCharsets.UTF_8);

  /** A network with its canaries' ids and the marker strings that must vanish with them. */
  record Scenario(Network network, List<MemberId> canaries, List<String> markers) {}

  @Test
  void should_leave_no_trace_of_erased_members_in_any_export_report_message_or_log() {
    qt().withFixedSeed(20_261_122L).withExamples(25).forAll(longs().all()).checkAssert(seed -> {
      Scenario s = scenario(new Random(seed));
      Network erased = s.network();
      NetworkStore store = NetworkStore.of(s.network());
      for (MemberId canary : s.canaries()) {
        erased = erased.erase(canary);
        assertThat(store.erase(canary)).isTrue();
      }
      Network snapshot = store.snapshot();

      // the scenario really holds its markers before the erasure, and the report would show the attribute
      String before = NetworkJson.toJson(s.network());
      assertThat(s.markers()).allSatisfy(m -> assertThat(before).contains(m));
      String reportBefore = healthReports(s.network());
      assertThat(s.markers().stream().filter(m -> m.startsWith("Canarytext") || m.startsWith("Canaryunit")))
          .allSatisfy(m -> assertThat(reportBefore).contains(m));

      String artifacts = artifacts(erased) + artifacts(snapshot);
      for (String marker : s.markers()) {
        assertThat(artifacts).doesNotContain(marker);
      }
    });
  }

  /**
   * The health report in its three renderings, with names (where consent allows) and a privacy floor of 1, so
   * that every group is named: participation by unit and by the free-text attribute {@code note}.
   */
  private static String healthReports(Network network) {
    StringBuilder all = new StringBuilder();
    ReportOptions options = ReportOptions.builder().names(true)
        .siloOptions(SiloOptions.builder().privacyFloor(1).build()).build();
    for (ReportOptions o : List.of(options, options.toBuilder().participationAttribute("note").build())) {
      NetworkHealthReport report = NetworkHealthReport.of(network, o);
      all.append(report.toJson()).append(report.toMarkdown()).append(report.toHtml()).append(report);
    }
    return all.toString();
  }

  /** Everything derived from a network, as text: exports, reports, messages, log lines. */
  private static String artifacts(Network network) {
    StringBuilder all = new StringBuilder();
    PrintStream err = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      String json = NetworkJson.toJson(network);
      all.append(json);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      NetworkJson.write(network, out);
      all.append(NetworkJson.read(new ByteArrayInputStream(out.toByteArray())));
      all.append(NetworkJson.toJson(Pseudonymiser.withKey(KEY).keepingFreeText().apply(network)));
      StringWriter members = new StringWriter();
      MemberCsv.write(network.members(), members);
      all.append(members).append(MemberCsv.read(new StringReader(members.toString()), "members"));
      StringWriter touchpoints = new StringWriter();
      // the CSV format holds touchpoints between two members
      TouchpointCsv.write(network.touchpoints().stream().filter(t -> t.participants().size() == 2).toList(),
          touchpoints);
      all.append(touchpoints)
          .append(TouchpointCsv.defaults().read(new StringReader(touchpoints.toString()), "touchpoints"));

      SocialGraph graph = SocialGraph.of(network);
      Partition partition = Leiden.withOptions(LeidenOptions.defaults().withSeed(3)).detect(graph);
      SiloReport silos = SiloDetector.withDefaults().unitsAndCommunities(graph, partition);
      ExportOptions everything = ExportOptions.defaults().includeNames(true).includeUnits(3).privacyFloor(1)
          .communities(partition).silos(silos);
      for (ExportFormat format : ExportFormat.values()) {
        all.append(GraphExport.asString(graph, format, everything));
      }
      all.append(graph).append(partition).append(silos).append(silos.groups())
          .append(ShapeAnalysis.withDefaults().analyse(graph)).append(Components.of(graph))
          .append(NetworkReciprocity.of(network));
      all.append(healthReports(network));

      all.append(network);
      network.members().forEach(all::append);
      network.touchpoints().forEach(all::append);
      network.events().forEach(all::append);
      network.communities().forEach(all::append);
      network.questions().forEach(all::append);
      network.answers().forEach(all::append);
      network.referrals().forEach(all::append);

      // messages of exceptions about the erased network: a rule broken in it, a truncated document
      MemberId someone = network.members().get(0).id();
      all.append(failure(() -> network.toBuilder()
          .touchpoint(Touchpoint.between(TouchpointId.of("bad"), T0, Medium.CHAT, someone, MemberId.of("ghost")))
          .build()));
      all.append(failure(() -> NetworkJson.fromJson(json.substring(0, json.length() / 2))));
    } finally {
      System.setErr(err);
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged).as("the library's debug log was captured").contains("Read ", "members from");
    return all.append(logged).toString();
  }

  private static String failure(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      StringBuilder s = new StringBuilder();
      for (Throwable t = e; t != null; t = t.getCause()) {
        s.append(t).append('\n');
      }
      return s.toString();
    }
    throw new AssertionError("expected a failure");
  }

  /** A random network of 12 to 40 members, 2 to 4 of them canaries with unique markers. */
  static Scenario scenario(Random random) {
    int n = 12 + random.nextInt(29);
    int canaryCount = 2 + random.nextInt(3);
    List<MemberId> ids = new ArrayList<>();
    List<MemberId> canaries = new ArrayList<>();
    List<String> markers = new ArrayList<>();
    Network.Builder b = Network.builder();
    for (int i = 0; i < n; i++) {
      boolean canary = i < canaryCount;
      String tag = HexFormat.of().toHexDigits(random.nextLong());
      MemberId id = MemberId.of(canary ? "canaryid" + tag : "m" + i);
      Member.Builder m = Member.builder(id).name(canary ? "Canaryname" + tag : "Person " + i)
          .affiliation(canary ? Affiliation.of("Acme", "Canaryunit" + tag) : Affiliation.of("Acme", "unit" + i % 3))
          .interest(Topic.of("topic" + i % 4));
      if (canary) {
        m.attribute("note", "Canarytext" + tag);
        canaries.add(id);
        markers.add("canaryid" + tag);
        markers.add("Canaryname" + tag);
        markers.add("Canaryunit" + tag);
        markers.add("Canarytext" + tag);
      }
      b.member(m.build());
      ids.add(id);
    }
    int touchpoints = 2 * n + random.nextInt(2 * n);
    for (int t = 0; t < touchpoints; t++) {
      int a = random.nextInt(n);
      int c = (a + 1 + random.nextInt(n - 1)) % n;
      b.touchpoint(Touchpoint.between(TouchpointId.of("t" + t), T0.plusSeconds(60L * t),
          random.nextBoolean() ? Medium.CHAT : Medium.MEETING, ids.get(a), ids.get(c)));
    }
    // a group touchpoint, an event and a community with everyone
    b.touchpoint(Touchpoint.builder(TouchpointId.of("group")).at(T0).medium(Medium.WORKSHOP).participants(ids)
        .build());
    b.event(Event.builder(EventId.of("e1")).title("Spring meetup").medium(Medium.EVENT)
        .time(T0, T0.plusSeconds(7200)).host(ids.get(canaryCount)).attendees(ids).build());
    b.community(Community.of(CommunityId.of("c1"), "Everyone", CommunityKind.values()[0], Set.copyOf(ids)));
    // each canary asks a question that a non-canary answers, and answers a non-canary's question
    int q = 0;
    for (MemberId canary : canaries) {
      String tag = canary.value().substring("canaryid".length());
      MemberId other = ids.get(canaryCount + random.nextInt(n - canaryCount));
      QuestionId asked = QuestionId.of("q" + q++);
      b.question(Question.of(asked, canary, "Canaryquestion" + tag + "?", Set.of(Topic.of("topic0")), T0));
      b.answer(new Answer(AnswerId.of("a" + q), asked, other, T0.plusSeconds(60), java.util.Optional.of("Sure."),
          Helpfulness.UNRATED));
      QuestionId theirs = QuestionId.of("q" + q++);
      b.question(Question.of(theirs, other, "Who knows topic1?", Set.of(Topic.of("topic1")), T0));
      b.answer(new Answer(AnswerId.of("a" + q), theirs, canary, T0.plusSeconds(120),
          java.util.Optional.of("Canaryanswer" + tag), Helpfulness.UNRATED));
      b.referral(Referral.forward(ReferralId.of("r" + q), theirs, other, other, canary, T0.plusSeconds(30)));
      markers.add("Canaryquestion" + tag);
      markers.add("Canaryanswer" + tag);
    }
    return new Scenario(b.build(), canaries, markers);
  }
}
