package org.blendnet.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.io.NetworkJson;
import org.blendnet.graph.community.Leiden;
import org.blendnet.graph.community.LeidenOptions;
import org.blendnet.graph.community.Partition;
import org.blendnet.graph.silo.BoundarySpanner;
import org.blendnet.graph.silo.BridgeTie;
import org.blendnet.graph.silo.SiloDetector;
import org.blendnet.graph.silo.SiloGroup;
import org.blendnet.graph.silo.SiloOptions;
import org.blendnet.graph.silo.SiloReport;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Same input and seed, same bytes — across runs, JVM restarts and JDKs: a network made from a fixed
 * {@link Random} seed (whose sequence the JDK specifies), its network JSON, its Leiden partition (seed 42)
 * and its silo report, each written as JSON and compared byte for byte with a golden file in
 * {@code src/test/resources/golden/determinism/}. The partition and the report are written here, field by
 * field with every double in full ({@link Double#toString}), so that a change in any figure shows. Golden
 * files are rewritten only with {@code -Dgolden.update=true} (then review the diff).
 */
class GoldenDeterminismTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "determinism");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** 80 members in 5 units of 3 teams; ties mostly inside units, some across; weights from the seed. */
  static Network network() {
    Random random = new Random(20_261_122L);
    Network.Builder b = Network.builder();
    List<MemberId> ids = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      MemberId id = MemberId.of(String.format(java.util.Locale.ROOT, "m%02d", i));
      ids.add(id);
      b.member(Member.builder(id).name("Member " + i)
          .affiliation(Affiliation.of("Acme", "unit" + i % 5, "team" + i % 3)).build());
    }
    Medium[] media = {Medium.MEETING, Medium.CHAT, Medium.MEAL, Medium.VIDEO_CALL};
    for (int t = 0; t < 400; t++) {
      int a = random.nextInt(80);
      int c = random.nextInt(10) < 8 ? (a + 5 * (1 + random.nextInt(15))) % 80 : (a + 1 + random.nextInt(79)) % 80;
      b.touchpoint(Touchpoint.builder(TouchpointId.of("t" + t)).at(T0.plusSeconds(600L * t))
          .medium(media[random.nextInt(media.length)]).between(ids.get(a), ids.get(c))
          .weight(1 + random.nextInt(4) / 2.0).build());
    }
    return b.build();
  }

  @Test
  void should_write_the_same_network_json() throws IOException {
    golden("network.json", NetworkJson.toJson(network()));
  }

  @Test
  void should_find_the_same_leiden_partition() throws IOException {
    SocialGraph graph = SocialGraph.of(network());

    Partition partition = Leiden.withOptions(LeidenOptions.defaults().withSeed(42)).detect(graph);

    golden("leiden-seed-42.json", json(g -> {
      g.writeStartObject();
      g.writeNumberProperty("seed", 42);
      g.writeStringProperty("quality", Double.toString(partition.quality()));
      g.writeNumberProperty("communities", partition.communityCount());
      g.writeArrayPropertyStart("membership");
      for (int node = 0; node < graph.nodeCount(); node++) {
        g.writeStartArray();
        g.writeString(graph.member(node).value());
        g.writeNumber(partition.communityOf(node));
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
    }));
  }

  @Test
  void should_write_the_same_silo_report() throws IOException {
    SocialGraph graph = SocialGraph.of(network());
    Partition partition = Leiden.withOptions(LeidenOptions.defaults().withSeed(42)).detect(graph);

    SiloReport report = SiloDetector.withOptions(SiloOptions.builder().privacyFloor(2).build())
        .unitsAndCommunities(graph, partition);

    golden("silo-report.json", json(g -> writeReport(g, report)));
  }

  @Test
  void should_give_the_same_bytes_on_a_second_run_in_this_jvm() {
    SocialGraph graph = SocialGraph.of(network());
    String first = json(g -> writeReport(g, SiloDetector.withDefaults().units(graph)));
    String second = json(g -> writeReport(g, SiloDetector.withDefaults().units(SocialGraph.of(network()))));

    assertThat(second).isEqualTo(first);
    assertThat(NetworkJson.toJson(network())).isEqualTo(NetworkJson.toJson(network()));
  }

  private static void writeReport(JsonGenerator g, SiloReport report) {
    g.writeStartObject();
    g.writeStringProperty("grouping", report.grouping().name());
    g.writeNumberProperty("members", report.memberCount());
    g.writeStringProperty("networkEiIndex", Double.toString(report.networkEiIndex()));
    g.writeStringProperty("networkEiExcess", Double.toString(report.networkEiExcess()));
    report.alignment().ifPresent(a -> g.writeStringProperty("alignment", a.toString()));
    g.writeArrayPropertyStart("groups");
    for (SiloGroup group : report.groups()) {
      g.writeStartObject();
      g.writeStringProperty("name", group.name());
      g.writeNumberProperty("size", group.size());
      g.writeNumberProperty("internalTies", group.internalTies());
      g.writeNumberProperty("boundaryTies", group.boundaryTies());
      g.writeStringProperty("density", Double.toString(group.density()));
      g.writeStringProperty("eiIndex", Double.toString(group.eiIndex()));
      g.writeStringProperty("eiExcess", Double.toString(group.eiExcess()));
      g.writeStringProperty("conductance", Double.toString(group.conductance()));
      g.writeBooleanProperty("silo", group.silo());
      g.writeBooleanProperty("fragile", group.fragile());
      g.writeArrayPropertyStart("spanners");
      for (BoundarySpanner s : group.spanners()) {
        g.writeString(s.toString());
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("bridges");
      for (BridgeTie t : group.bridges()) {
        g.writeString(t.toString());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    report.communities().ifPresent(c -> {
      g.writeName("communities");
      writeReport(g, c);
    });
    g.writeEndObject();
  }

  private static String json(java.util.function.Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(), out)) {
      body.accept(g);
    }
    return out + "\n";
  }

  private static void golden(String name, String actual) throws IOException {
    String expected;
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(GOLDEN.resolve(name), actual, StandardCharsets.UTF_8);
      expected = Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
    } else {
      try (InputStream in = GoldenDeterminismTest.class.getResourceAsStream("/golden/determinism/" + name)) {
        assertThat(in).as("golden file %s (run with -Dgolden.update=true to write it)", name).isNotNull();
        expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    assertThat(actual).as(name).isEqualTo(expected);
  }
}
