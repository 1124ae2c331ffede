package org.blendnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.blendnet.core.io.NetworkJson;
import org.blendnet.examples.generate.BlendedCommunity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every command run in-process on small inputs, with its exit code and key figures checked. */
class BlendnetCliTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Two triangles {1,2,3} and {4,5,6} joined by the tie 3-4. */
  private static final String TWO_TRIANGLES = "# two triangles and a bridge\n1 2\n1\t3\n2 3\n3 4 1\n4 5\n4 6\n5 6\n";

  @TempDir
  Path dir;

  record Result(int code, String out, String err) {
    JsonNode json() {
      return JSON.readTree(out);
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Blendnet.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "import", "generate", "communities", "silos", "reciprocity", "recommend", "route", "pair",
      "groups", "seat", "evaluate-routing", "shape", "brokers", "report", "simulate"})
  void should_print_help_for_every_command(String command) {
    Result r = run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: blendnet " + command).contains("--json").contains("--help");
  }

  @Test
  void should_list_the_commands_without_one() {
    Result r = run();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("communities").contains("silos").contains("route").contains("simulate");
  }

  @Test
  void should_fail_with_usage_on_an_unknown_command_or_option() {
    assertThat(run("frobnicate").code()).isEqualTo(2);
    Result r = run("shape", "@cs-aarhus", "--no-such-option");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--no-such-option");
  }

  @Test
  void should_find_the_two_triangles_with_their_modularity() throws IOException {
    Path edges = write("triangles.txt", TWO_TRIANGLES);
    Path out = dir.resolve("communities.tsv");
    Result r = run("communities", edges.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    // Q = 2 * (3/7 - (7/14)^2) = 0.357143 for m = 7 ties, 3 inside each triangle, degree sums 7 and 7
    assertThat(r.out()).contains("quality     0.357143").contains("communities 2").contains("load ")
        .contains("cluster ");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(6);
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      (f[1].equals(lines.get(0).split("\t")[1]) ? first : second).add(f[0]);
    }
    assertThat(first).containsExactlyInAnyOrder("1", "2", "3");
    assertThat(second).containsExactlyInAnyOrder("4", "5", "6");
  }

  @Test
  void should_print_communities_as_json_and_give_the_same_partition_for_the_same_seed() throws IOException {
    Path edges = write("triangles.edges", TWO_TRIANGLES);
    Result r = run("communities", edges.toString(), "--objective", "cpm", "--resolution", "0.5", "--seed", "7",
        "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    assertThat(json.get("objective").asString()).isEqualTo("cpm");
    assertThat(json.get("nodes").asInt()).isEqualTo(6);
    assertThat(json.get("ties").asInt()).isEqualTo(7);
    assertThat(json.get("communities").asInt()).isEqualTo(2);
    // CPM: sum over communities of (internal weight - 0.5 * C(n_c, 2)) = 2 * (3 - 0.5 * 3) = 3
    assertThat(json.get("quality").asDouble()).isCloseTo(3.0, within(1e-9));
    assertThat(json.get("loadMillis").asDouble()).isNotNegative();
    assertThat(json.get("clusterMillis").asDouble()).isNotNegative();
  }

  @Test
  void should_run_communities_on_network_json() throws IOException {
    Path file = dir.resolve("net.json");
    assertThat(run("import", write("t.txt", TWO_TRIANGLES).toString(), "--out", file.toString()).code()).isZero();
    Result r = run("communities", file.toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("communities").asInt()).isEqualTo(2);
  }

  @Test
  void should_name_the_file_and_line_of_a_bad_edge_list() throws IOException {
    Path edges = write("bad.txt", "1 2\n2 3 heavy\n");
    Result r = run("communities", edges.toString());
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("bad.txt").contains("line 2, column 5");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void should_name_the_record_and_field_of_a_network_that_breaks_a_rule() throws IOException {
    Path json = write("dangling.json", "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"a\",\"name\":\"A\"}],"
        + "\"touchpoints\":[{\"id\":\"t1\",\"at\":\"2026-01-01T00:00:00Z\",\"medium\":\"CHAT\","
        + "\"participants\":[\"a\",\"zz\"]}]}");
    Result r = run("shape", json.toString());
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("dangling.json").contains("/touchpoints/0/participants/1").contains("zz");
  }

  @Test
  void should_say_that_input_is_missing() {
    Result r = run("silos");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).containsIgnoringCase("missing").contains("INPUT");
  }

  @Test
  void should_simulate_the_policies_side_by_side_and_chart_them() {
    Path chart = dir.resolve("sim.html");
    Result r = run("simulate", "@generated:3", "--rounds", "2", "--questions", "10", "--chart", chart.toString(),
        "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode policies = r.json().get("policies");
    assertThat(policies).hasSize(4);
    assertThat(policies.get(3).get("policy").asString()).isEqualTo("matchmaker + balancing");
    assertThat(policies.get(0).get("policy").asString()).isEqualTo("random");
    assertThat(policies.get(2).get("rounds")).hasSize(2);
    assertThat(policies.get(2).get("rounds").get(0).get("questions").asInt()).isEqualTo(10);
    assertThat(chart).content().contains("<svg").contains("topic only");
    Result text = run("simulate", "@generated", "--policy", "random", "--rounds", "1", "--questions", "5");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("random").doesNotContain("matchmaker ");
  }

  @Test
  void should_exit_with_io_on_a_missing_file_and_usage_on_bad_parameters() throws IOException {
    Result missing = run("communities", dir.resolve("nope.txt").toString());
    assertThat(missing.code()).isEqualTo(ExitCode.IO.code());
    assertThat(missing.err()).contains("no such file").contains("nope.txt");
    Path edges = write("t.txt", TWO_TRIANGLES);
    Result objective = run("communities", edges.toString(), "--objective", "surprise");
    assertThat(objective.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(objective.err()).contains("--objective must be modularity or cpm but was 'surprise'");
    Result resolution = run("communities", edges.toString(), "--resolution", "-1");
    assertThat(resolution.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(resolution.err()).contains("resolution").contains("-1");
    assertThat(run("communities", "@nowhere").code()).isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void should_import_touchpoint_and_member_csv_into_network_json() throws IOException {
    Path touchpoints = write("touchpoints.csv", """
        id,member_a,member_b,medium,timestamp,topics
        t1,ana,bo,chat,2026-03-02T10:15:00Z,negotiation
        t2,bo,cy,meal,2026-03-03,
        """);
    Path members = write("members.csv", """
        id,name,organisation,unit
        ana,Ana Costa,Acme,Sales
        bo,Bo Chen,Acme,R&D
        cy,Cy Diaz,Acme,R&D
        """);
    Path out = dir.resolve("network.json");
    Result r = run("import", touchpoints.toString(), "--members", members.toString(), "--out", out.toString(),
        "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("members").asInt()).isEqualTo(3);
    assertThat(r.json().get("touchpoints").asInt()).isEqualTo(2);
    Network network = NetworkJson.read(out);
    assertThat(network.member(MemberId.of("ana")).orElseThrow().name()).isEqualTo("Ana Costa");
    assertThat(network.touchpointsBetween(MemberId.of("bo"), MemberId.of("cy"))).hasSize(1);
  }

  @Test
  void should_generate_the_same_community_as_the_api() throws IOException {
    Path out = dir.resolve("generated.json");
    Result r = run("generate", "--members", "40", "--units", "2", "--seed", "9", "--out", out.toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("members").asInt()).isEqualTo(40);
    assertThat(NetworkJson.read(out)).isEqualTo(BlendedCommunity.builder().members(40).units(2).seed(9).build()
        .generate());
    Result bad = run("generate", "--overlap", "2");
    assertThat(bad.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(bad.err()).contains("overlap must be in [0, 1] but was 2.0");
  }

  @Test
  void should_import_an_edge_list_to_standard_output() throws IOException {
    Result r = run("import", write("t.txt", TWO_TRIANGLES).toString());
    assertThat(r.code()).as(r.err()).isZero();
    Network network = NetworkJson.fromJson(r.out());
    assertThat(network.members()).hasSize(6);
    assertThat(network.touchpoints()).hasSize(7);
  }

  @Test
  void should_report_a_bad_csv_value_with_its_line_and_write_nothing() throws IOException {
    Path touchpoints = write("bad.csv", """
        member_a,member_b,medium,timestamp
        ana,bo,chat,2026-03-02
        bo,cy,carrier pigeon,2026-03-03
        """);
    Path out = dir.resolve("never.json");
    Result r = run("import", touchpoints.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("bad.csv").contains("3").contains("medium");
    assertThat(out).doesNotExist();
  }

  @Test
  void should_find_the_face_to_face_silos_of_cs_aarhus() {
    Result r = run("silos", "@cs-aarhus", "--by", "unit", "--layer", "offline", "--unit-depth", "3", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    assertThat(json.get("members").asInt()).isEqualTo(61);
    JsonNode g2 = null;
    for (JsonNode g : json.get("groups")) {
      if (g.get("name").asString().endsWith("G2")) {
        g2 = g;
      }
    }
    assertThat(g2).isNotNull();
    // the flagship demo's figure: G2's face-to-face E-I index is -0.40, a silo
    assertThat(g2.get("eiIndex").asDouble()).isCloseTo(-0.40, within(0.005));
    assertThat(g2.get("silo").asBoolean()).isTrue();
    Result both = run("silos", "@cs-aarhus", "--by", "both", "--layer", "all", "--unit-depth", "3");
    assertThat(both.code()).isZero();
    assertThat(both.out()).contains("communities vs units: NMI");
  }

  @Test
  void should_show_give_and_take() {
    Result r = run("reciprocity", "@generated", "--json", "--top", "3");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    int total = 0;
    for (JsonNode count : json.get("profiles")) {
      total += count.asInt();
    }
    assertThat(total).isEqualTo(120);
    assertThat(json.get("topGivers")).hasSize(3);
    assertThat(json.get("topGivers").get(0).get("given").asDouble())
        .isGreaterThanOrEqualTo(json.get("topGivers").get(1).get("given").asDouble());
    assertThat(json.get("giving").get("gini").asDouble()).isBetween(0.0, 1.0);
    assertThat(run("reciprocity", "@cs-aarhus").out()).contains("INACTIVE=61");
  }

  @Test
  void should_recommend_peers_who_can_teach_what_the_member_wants() {
    Network network = BlendedCommunity.builder().seed(1).build().generate();
    var seeker = network.member(MemberId.of("m001")).orElseThrow();
    Result r = run("recommend", "@generated", "--member", "m001", "--k", "3", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode matches = r.json().get("matches");
    assertThat(matches).hasSize(3);
    for (JsonNode m : matches) {
      var peer = network.member(MemberId.of(m.get("member").asString())).orElseThrow();
      boolean teaches = seeker.interests().stream().anyMatch(t -> peer.expertise().containsKey(t));
      boolean learns = peer.interests().stream().anyMatch(t -> seeker.expertise().containsKey(t));
      assertThat(teaches || learns).as(peer.id().toString()).isTrue();
    }
    assertThat(matches.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(matches.get(2).get("score").asDouble());
    Result unknown = run("recommend", "@generated", "--member", "nobody");
    assertThat(unknown.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(unknown.err()).contains("no member 'nobody' in @generated");
    assertThat(run("recommend", "@generated", "--member", "m001", "--k", "0").err()).contains("--k must be >= 1 but was 0");
  }

  @Test
  void should_route_a_question_to_members_who_know_its_topics_with_paths() {
    Network network = BlendedCommunity.builder().seed(1).build().generate();
    Result r = run("route", "@generated", "--asker", "m001", "--topics", "pricing,export", "--k", "3", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    assertThat(json.get("answerers")).hasSize(3);
    for (JsonNode a : json.get("answerers")) {
      var member = network.member(MemberId.of(a.get("member").asString())).orElseThrow();
      assertThat(member.expertise()).containsAnyOf(
          java.util.Map.entry(Topic.of("pricing"), member.expertise().getOrDefault(Topic.of("pricing"),
              org.blendnet.core.ExpertiseLevel.BEGINNER)),
          java.util.Map.entry(Topic.of("export"), member.expertise().getOrDefault(Topic.of("export"),
              org.blendnet.core.ExpertiseLevel.BEGINNER)));
    }
    for (JsonNode p : json.get("paths")) {
      assertThat(p.get("members").get(0).asString()).isEqualTo("m001");
      assertThat(p.get("members").get(p.get("members").size() - 1).asString()).isEqualTo(p.get("to").asString());
    }
    Result text = run("route", "@generated", "--asker", "m001", "--topics", "pricing", "--k", "2");
    assertThat(text.out()).contains("question from m001 on [pricing]").contains("reached through:");
  }

  @Test
  void should_pair_a_population() {
    Result r = run("pair", "@generated", "--population", "m001,m002,m003,m004,m005,m006", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    assertThat(json.get("pairs").size() * 2 + json.get("unpaired").size()).isEqualTo(6);
    assertThat(run("pair", "@generated", "--population", "m001,zz").code()).isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void should_classify_a_star_as_a_hierarchy_and_a_ring_of_cliques_as_a_mesh() throws IOException {
    StringBuilder star = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      star.append("hub ").append(i).append('\n');
    }
    Result r = run("shape", write("star.txt", star.toString()).toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("shape").asString()).isEqualTo("hierarchy");
    assertThat(r.json().get("degreeCentralization").asDouble()).isCloseTo(1.0, within(1e-9));
    assertThat(r.json().get("topMembers").get(0).asString()).isEqualTo("hub");
    Result mesh = run("shape", "@generated");
    assertThat(mesh.code()).isZero();
    assertThat(mesh.out()).contains("PEER_MESH");
  }

  @Test
  void should_name_the_brokers_of_cs_aarhus() {
    Result r = run("brokers", "@cs-aarhus", "--k", "3", "--unit-depth", "3", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    assertThat(json.get("betweenness").get(0).get("member").asString()).isEqualTo("U4");
    assertThat(json.get("leastConstrained")).hasSize(3);
    assertThat(json.get("roles").get("liaison")).isNotEmpty();
  }

  @Test
  void should_run_the_demo_and_write_the_health_report() {
    Path report = dir.resolve("health.html");
    Result r = run("demo", "--report", report.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("353 ties: 229 face to face only, 44 online only, 80 blended")
        .contains("JSON round trip gives an equal network: true")
        .contains("61 of 61 members show no give or take")
        .contains("-- Whom should m001 meet? --")
        .contains("written to " + report.toAbsolutePath());
    assertThat(report).content().contains("<svg").contains("G2");
    assertThat(run("demo", "--json").code()).isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void should_write_the_health_report_in_each_format() {
    Path html = dir.resolve("report.html");
    Result r = run("report", "@cs-aarhus", "--unit-depth", "3", "--out", html.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote the html report to");
    assertThat(html).content().startsWith("<!DOCTYPE html>").contains("<svg");
    Result json = run("report", "@cs-aarhus", "--json");
    assertThat(json.code()).isZero();
    assertThat(json.json().get("sections").get("network").get("members").asInt()).isEqualTo(61);
    assertThat(json.json().get("sections").get("network").get("touchpoints").asInt()).isEqualTo(620);
    Result markdown = run("report", "@generated", "--as", "markdown");
    assertThat(markdown.out()).startsWith("# Network health report").contains("| Members | 120 |");
    assertThat(run("report", "@generated", "--period", "monthly").err())
        .contains("--period must be an ISO-8601 period such as P1W or P1M but was 'monthly'");
  }

  // ---- groups ----------------------------------------------------------------------------------------

  @Test
  void should_form_learning_groups_of_the_size_range_with_every_member_once() {
    Network network = BlendedCommunity.builder().seed(1).build().generate();
    Result r = run("groups", "@generated", "--size", "15..20", "--seed", "3", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    // 120 members, target 17 (the middle of 15..20): round(120 / 17) = 7 groups
    assertThat(json.get("members").asInt()).isEqualTo(120);
    assertThat(json.get("options").get("targetSize").asInt()).isEqualTo(17);
    JsonNode groups = json.get("groups");
    assertThat(groups).hasSize(7);
    java.util.Set<String> seen = new java.util.TreeSet<>();
    long total = 0;
    for (JsonNode g : groups) {
      assertThat(g.get("size").asInt()).isBetween(15, 20).isEqualTo(g.get("members").size());
      for (JsonNode m : g.get("members")) {
        assertThat(seen.add(m.asString())).as("placed once: " + m).isTrue();
      }
      // the group's shared topic pairs, recomputed from the members' own topics: sum of C(holders, 2)
      java.util.Map<Topic, Integer> holders = new java.util.TreeMap<>();
      for (JsonNode m : g.get("members")) {
        var member = network.member(MemberId.of(m.asString())).orElseThrow();
        java.util.Set<Topic> topics = new java.util.TreeSet<>(member.interests());
        topics.addAll(member.expertise().keySet());
        topics.forEach(t -> holders.merge(t, 1, Integer::sum));
      }
      long pairs = holders.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
      assertThat(g.get("sharedTopicPairs").asLong()).isEqualTo(pairs);
      total += pairs;
      // no unit above half of the smallest allowed group: floor(0.5 * 15) = 7
      for (JsonNode count : g.get("units")) {
        assertThat(count.asInt()).isLessThanOrEqualTo(7);
      }
    }
    assertThat(seen).hasSize(120);
    assertThat(json.get("sharedTopicPairs").asLong()).isEqualTo(total)
        .isGreaterThanOrEqualTo(json.get("dealtSharedTopicPairs").asLong());
    assertThat(run("groups", "@generated", "--size", "15..20", "--seed", "3", "--json").out()).isEqualTo(r.out());
    Result text = run("groups", "@generated", "--size", "15..20", "--seed", "3");
    assertThat(text.out()).startsWith("GroupPlan[120 members in 7 groups of ").contains("#1 ").contains("share ");
  }

  @Test
  void should_name_the_bad_size_range() {
    Result reversed = run("groups", "@generated", "--size", "20..15");
    assertThat(reversed.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(reversed.err()).contains("--size: the range 20..15 is empty");
    Result tiny = run("groups", "@generated", "--size", "0..3");
    assertThat(tiny.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(tiny.err()).contains("a group needs at least 2 members, but the range 0..3 starts at 0");
    Result words = run("groups", "@generated", "--size", "abc");
    assertThat(words.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(words.err()).contains("--size must be a range MIN..MAX such as 15..20").contains("'abc'");
    Result huge = run("groups", "@generated", "--size", "200..300");
    assertThat(huge.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(huge.err()).contains("population of 120 members cannot be split into groups of 200–300");
    assertThat(run("groups", "@generated", "--size", "15..20", "--target", "30").err())
        .contains("--target must be within 15..20 but was 30");
    assertThat(huge.out()).isEmpty();
  }

  @Test
  void should_form_groups_of_a_chosen_population() {
    Result r = run("groups", "@generated", "--population", "m001,m002,m003,m004,m005,m006", "--size", "3",
        "--max-unit-share", "1", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("groups")).hasSize(2);
    assertThat(r.json().get("groups").get(0).get("members").get(0).asString()).isEqualTo("m001");
    assertThat(run("groups", "@generated", "--population", "m001,zz").err()).contains("no member 'zz' in @generated");
  }

  // ---- seat --------------------------------------------------------------------------------------------

  @Test
  void should_seat_every_participant_of_the_event_once_within_the_caps() {
    Network network = BlendedCommunity.builder().seed(1).build().generate();
    var event = network.event(org.blendnet.core.EventId.of("e1")).orElseThrow();
    int participants = event.participants().size();
    Result r = run("seat", "@generated", "--event", "e1", "--table", "8", "--max-same-unit", "3", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    assertThat(json.get("event").asString()).isEqualTo("e1");
    assertThat(json.get("seated").asInt()).isEqualTo(participants);
    JsonNode tables = json.get("tables");
    assertThat(tables).hasSize((participants + 7) / 8);
    java.util.Set<String> seated = new java.util.TreeSet<>();
    double weight = 0;
    for (JsonNode t : tables) {
      assertThat(t.get("members").size()).isBetween(1, 8);
      java.util.Set<String> here = new java.util.TreeSet<>();
      t.get("members").forEach(m -> here.add(m.asString()));
      for (String m : here) {
        assertThat(seated.add(m)).as("seated once: " + m).isTrue();
      }
      for (JsonNode count : t.get("units")) {
        assertThat(count.asInt()).isLessThanOrEqualTo(3);
      }
      for (JsonNode p : t.get("pairs")) {
        assertThat(here).contains(p.get("first").asString(), p.get("second").asString());
        assertThat(p.get("reasons")).isNotEmpty();
      }
      weight += t.get("weight").asDouble();
    }
    java.util.Set<String> expected = new java.util.TreeSet<>();
    event.participants().forEach(m -> expected.add(m.value()));
    assertThat(seated).isEqualTo(expected);
    assertThat(json.get("objective").asDouble()).isCloseTo(weight, within(1e-9))
        .isGreaterThanOrEqualTo(json.get("dealtObjective").asDouble());
    assertThat(json.get("onlineOnlySeated").asInt()).isBetween(0, json.get("onlineOnlyPairs").asInt());
    Result text = run("seat", "@generated", "--event", "e1");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).startsWith("SeatingPlan[e1: " + participants + " seated at ").contains("table 1 ");
  }

  @Test
  void should_name_an_unknown_event_and_impossible_tables() {
    Result unknown = run("seat", "@generated", "--event", "gala");
    assertThat(unknown.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(unknown.err()).contains("--event: no event 'gala' in @generated (6 events: e1, e2, e3, e4, e5, …(+1 more))");
    assertThat(run("seat", "@cs-aarhus", "--event", "gala").err()).contains("no event 'gala' in @cs-aarhus (0 events)");
    assertThat(run("seat", "@generated", "--event", "e1", "--table", "1").err())
        .contains("--table must be >= 2 but was 1");
    assertThat(run("seat", "@generated", "--event", "e1", "--max-same-unit", "0").err())
        .contains("--max-same-unit must be >= 1 but was 0");
    assertThat(run("seat", "@generated").err()).contains("--event");
  }

  // ---- evaluate-routing ----------------------------------------------------------------------------------

  private static Path tinySite() {
    try {
      return Path.of(BlendnetCliTest.class.getResource("/stackexchange/tiny-posts.xml").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void should_evaluate_routing_on_a_tiny_site() {
    Result r = run("evaluate-routing", "--posts", tinySite().toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    // tiny-posts.xml: 7 questions (q1 q3 q5 q7 q10 q11 q13), 8 answers, 2 other posts
    assertThat(json.get("questions").asInt()).isEqualTo(7);
    assertThat(json.get("answers").asInt()).isEqualTo(8);
    assertThat(json.get("leftOut").get("deletedAsker").asInt()).isEqualTo(1); // q11
    assertThat(json.get("leftOut").get("unanswered").asInt()).isEqualTo(1); // q10
    assertThat(json.get("leftOut").get("coldStart").asInt()).isEqualTo(2); // q1 (u2 new), q5 (u5 new)
    // popularity ranks by past answers: q3 [u2] vs {u2}; q7 [u2 (2), u5 (1)] vs {u5, u2}; q13 [u2 (4: a2 a4 a9
    // a12), u5 (2)] vs {u5}. P@1 (1 + 1 + 0) / 3; MRR (1 + 1 + 1/2) / 3; NDCG@3 (1 + 1 + 1/log2(3)) / 3;
    // P@10 (1 + 2 + 1) / 10 / 3
    JsonNode popularity = json.get("results").get("answerers").get("popularity");
    assertThat(popularity.get("questions").asInt()).isEqualTo(3);
    assertThat(popularity.get("p@1").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(popularity.get("mrr").asDouble()).isCloseTo(2.5 / 3, within(1e-9));
    assertThat(popularity.get("ndcg@3").asDouble()).isCloseTo((2 + 1 / (Math.log(3) / Math.log(2))) / 3, within(1e-9));
    assertThat(popularity.get("p@10").asDouble()).isCloseTo(0.4 / 3, within(1e-9));
    // accepted answers: q7 and q13, both by u5, ranked second by popularity: P@1 0, MRR 1/2
    JsonNode accepted = json.get("results").get("accepted").get("popularity");
    assertThat(accepted.get("questions").asInt()).isEqualTo(2);
    assertThat(accepted.get("p@1").asDouble()).isZero();
    assertThat(accepted.get("mrr").asDouble()).isCloseTo(0.5, within(1e-9));
    assertThat(json.get("options").get("depth").asInt()).isEqualTo(100);
    // the same figures as the API gives
    var api = org.blendnet.examples.evaluation.RoutingEvaluation.run(tinySite(),
        org.blendnet.examples.evaluation.RoutingEvaluation.Options.defaults());
    for (var t : org.blendnet.examples.evaluation.RoutingEvaluation.Truth.values()) {
      for (var m : org.blendnet.examples.evaluation.RoutingEvaluation.Method.values()) {
        JsonNode node = json.get("results").get(t.name().toLowerCase(java.util.Locale.ROOT))
            .get(m.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        assertThat(node.get("mrr").asDouble()).as(t + " " + m).isEqualTo(api.scores(t, m).mrr());
        assertThat(node.get("p@1").asDouble()).as(t + " " + m).isEqualTo(api.scores(t, m).precisionAt1());
      }
    }
    Result text = run("evaluate-routing", "--posts", tinySite().toString(), "--k", "10", "--snapshot-days", "1");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("method             P@1  NDCG@3    P@10     MRR")
        .contains("ground truth: all answerers").contains("full model").contains("left out: 1 from deleted accounts");
  }

  @Test
  void should_evaluate_routing_with_the_site_table_in_text() {
    Result r = run("evaluate-routing", "--posts", tinySite().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("ground truth: all answerers (3 questions)")
        .containsPattern("popularity +0\\.667 +0\\.877 +0\\.133 +0\\.833")
        .contains("left out: 1 from deleted accounts, 1 unanswered, 2 cold start");
  }

  @Test
  void should_say_what_is_wrong_with_the_posts_file_or_the_options() throws IOException {
    Result missing = run("evaluate-routing", "--posts", dir.resolve("Posts.xml").toString());
    assertThat(missing.code()).isEqualTo(ExitCode.IO.code());
    assertThat(missing.err()).contains("--posts: no such file").contains("Posts.xml");
    Path broken = write("broken.xml", "<posts>\n  <row Id=\"1\" PostTypeId=\"1\" CreationDate=\"2015-01-01T00:00:00\"\n");
    Result malformed = run("evaluate-routing", "--posts", broken.toString());
    assertThat(malformed.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(malformed.err()).contains("broken.xml").contains("malformed XML").doesNotContain("\tat ")
        .doesNotContain("ParseError at"); // the location is given once, in the tool's own words
    assertThat(malformed.err().lines()).hasSize(1);
    assertThat(malformed.out()).isEmpty();
    Path badDate = write("date.xml", "<posts>\n<row Id=\"1\" PostTypeId=\"1\" CreationDate=\"yesterday\" />\n</posts>\n");
    Result date = run("evaluate-routing", "--posts", badDate.toString(), "--json");
    assertThat(date.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(date.err()).contains("date.xml line 2").contains("row/@CreationDate").contains("'yesterday'");
    Result wrongRoot = run("evaluate-routing", "--posts", write("users.xml", "<users><row Id=\"1\"/></users>").toString());
    assertThat(wrongRoot.err()).contains("the root element must be <posts> but was <users>");
    assertThat(run("evaluate-routing", "--posts", tinySite().toString(), "--k", "5").err())
        .contains("--k must be >= 10 but was 5");
    assertThat(run("evaluate-routing", "--posts", tinySite().toString(), "--weights", "1,2").err())
        .contains("--weights must be three numbers topic,proximity,activity but was 2 numbers");
    assertThat(run("evaluate-routing", "--posts", tinySite().toString(), "--weights", "0,1,1").err())
        .contains("--weights: topicWeight must be > 0 but was 0.0");
    Result none = run("evaluate-routing");
    assertThat(none.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(none.err()).contains("--posts");
  }

  @Test
  void should_give_a_one_line_error_for_a_bad_option_value_and_escape_control_characters() {
    Result r = run("groups", "@generated", "--seed", "twelve");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err().lines()).hasSize(2);
    assertThat(r.err()).startsWith("groups: Invalid value for option '--seed': 'twelve' is not a long")
        .endsWith("Try 'blendnet groups --help'." + System.lineSeparator());
    Result escaped = run("groups", "@generated", "--size", "a\nb\u001b[2J");
    assertThat(escaped.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(escaped.err()).contains("'a\\nb\\u001b[2J'").doesNotContain("\u001b");
    assertThat(escaped.err().lines()).hasSize(2);
    assertThat(run("grups").err()).contains("Did you mean").contains("groups");
  }

  @Test
  void should_not_read_an_argument_file_for_a_named_network() throws IOException {
    // picocli would expand '@name' from a file 'name'; the tool switches that off, '@cs-aarhus' is a name
    Path file = write("args.txt", "--help\n");
    Result r = run("shape", "@" + file);
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("unknown network name @" + file);
  }

  @Test
  void should_handle_huge_sizes_without_overflow_or_running_out_of_memory() {
    // found by fuzzing the command line: a table of 2^31 - 1 seats overflowed the table count (n + size - 1),
    // giving "0 tables"; a size range up to 999999999 made the group search allocate that many slots a group
    Result seat = run("seat", "@generated", "--event", "e1", "--table", "2147483647", "--json");
    assertThat(seat.code()).as(seat.err()).isZero();
    assertThat(seat.json().get("tables")).hasSize(1);
    assertThat(seat.json().get("tables").get(0).get("members").size()).isEqualTo(seat.json().get("seated").asInt());
    Result groups = run("groups", "@generated", "--size", "2..999999999", "--max-unit-share", "1", "--json");
    assertThat(groups.code()).as(groups.err()).isZero();
    // target 500000000: round(120 / 500000000) = 0, raised to the fewest groups the range allows, 1
    assertThat(groups.json().get("groups")).hasSize(1);
    assertThat(groups.json().get("groups").get(0).get("size").asInt()).isEqualTo(120);
  }

  @Test
  void should_group_the_participation_table_by_a_chosen_attribute() {
    Result byUnit = run("report", "@cs-aarhus", "--json");
    assertThat(byUnit.json().get("sections").get("engagement").get("participation_by").asString()).isEqualTo("unit");
    Result byRole = run("report", "@cs-aarhus", "--json", "--participation-attribute", "role");
    assertThat(byRole.code()).as(byRole.err()).isZero();
    assertThat(byRole.json().get("sections").get("engagement").get("participation_by").asString())
        .isEqualTo("attribute role");
    assertThat(byRole.json().get("options").get("participation_attribute").asString()).isEqualTo("role");
    assertThat(run("report", "@cs-aarhus", "--participation-attribute", " ").err())
        .contains("participationAttribute must not be blank");
  }

  @Test
  void should_draw_a_progress_bar_in_place() {
    StringWriter text = new StringWriter();
    ProgressBar bar = ProgressBar.always(new PrintWriter(text));
    bar.progress("leiden iteration", 1, 4);
    bar.progress("leiden iteration", 2, 4);
    bar.progress("writing", 3, -1);
    bar.finish();
    assertThat(text.toString()).isEqualTo("\r  leiden iteration [#####...............]  25% (1/4)"
        + "\r  leiden iteration [##########..........]  50% (2/4)\n\r  writing … 3\n");
  }
}
