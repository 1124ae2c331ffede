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
      "shape", "brokers", "report", "simulate"})
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
