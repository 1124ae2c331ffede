package org.blendnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.blendnet.core.io.NetworkJson;
import org.blendnet.examples.generate.BlendedCommunity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage-guided fuzzing (Jazzer) of the command-line tool's one entry point, {@link Blendnet#run}, in
 * process: arbitrary argument arrays — a command from the tool's own list, then options of that command, values
 * that mean something to it, and random strings — and the only failures allowed are the documented ones: exit
 * code 2 (usage), 3 (bad input) or 4 (a file that cannot be read) with a short human message on standard error.
 * A finding is any exception or error escaping {@code run}, exit code 1 (an internal error, which prints a
 * stack trace), any other exit code, a stack trace or a control character on standard error, an error message
 * longer than the documented form, or {@code --json} output that does not parse.
 *
 * <p>In a normal build (no {@code JAZZER_FUZZ}) the test runs in regression mode: once on an empty input and
 * once on each file under {@code CliFuzzTestInputs/arguments/}: seeds of a few bytes, one or more per command,
 * each of which the {@link FuzzedDataProvider} turns into one argument array (the file name says which, e.g.
 * {@code seat-unknown-event}), and any finding of a longer run, kept there. A seed's bytes are read from its
 * end, one byte per choice: the command's index in {@link #COMMANDS}, the number of arguments, then per
 * argument its kind (0 an option of the command, 1 one of {@link #VALUES}, 2 a string read from the front of
 * the seed, 3 option=value) and the index of the option and of the value.
 *
 * <p>Kept small and local so that each execution takes milliseconds: the inputs are tiny files in a temporary
 * folder (an 8-member network, an edge list, a touchpoint CSV, a 17-post {@code Posts.xml}, broken files) and
 * {@code @cs-aarhus}; every option that writes a file is pointed into the temporary folder; {@code generate}
 * with a number of four or more digits is skipped (a request for 10,000 generated members is slow by design,
 * not a bug). Every other command does get huge numbers ({@code 2147483647} among the values): they must be
 * rejected or handled, never overflow or exhaust the heap.
 */
class CliFuzzTest {

  /** Commands left out, with the reason: one run is slow whatever the arguments. */
  private static final Set<String> EXCLUDED = Set.of(
      // the flagship tour: CS-Aarhus in full (Leiden, silos, reciprocity, erasure), a generated community and
      // the HTML health report: seconds per run, and it has no options to fuzz but --report
      "demo",
      // routing policies over rounds of questions on a generated community: seconds per run at the defaults
      "simulate");

  /** Options that write the file they are given: always pointed into the temporary folder. */
  private static final Set<String> WRITERS = Set.of("--out", "-o", "--chart", "--report");

  /** A number of four or more digits: generate's sizes are left below it. */
  private static final Pattern LONG_NUMBER = Pattern.compile("\\d{4}");

  /** Lines a failure may print: a header and 20 problems of a format error, "…(+n more)" and a hint. */
  private static final int MAX_ERROR_LINES = 24;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final List<String> COMMANDS;
  private static final Map<String, List<String>> OPTIONS = new TreeMap<>();

  static {
    CommandLine tool = new CommandLine(new Blendnet());
    List<String> commands = new ArrayList<>();
    for (Map.Entry<String, CommandLine> c : new TreeMap<>(tool.getSubcommands()).entrySet()) {
      if (EXCLUDED.contains(c.getKey())) {
        continue;
      }
      commands.add(c.getKey());
      Set<String> names = new TreeSet<>();
      for (OptionSpec o : c.getValue().getCommandSpec().options()) {
        names.addAll(List.of(o.names()));
      }
      OPTIONS.put(c.getKey(), List.copyOf(names));
    }
    COMMANDS = List.copyOf(commands);
  }

  @TempDir
  static Path dir;

  /**
   * Values that mean something to some command; files are appended by {@link #files()}. The seeds name values
   * by their index: a change to this list re-makes them (see the class comment for their form).
   */
  private static final List<String> VALUES = new ArrayList<>(List.of("@cs-aarhus", "@nowhere", "@generated:x",
      "0", "1", "2", "3", "8", "10", "-1", "2147483647", "-2147483648", "9223372036854775807", "0.5", "1.5", "NaN", "-0", "15..20", "2..4", "3..3", "20..15", "0..3", "2..999999999", "..",
      "abc", "", " ", "P1D", "P1W", "P0D", "monthly", "2026-01-01T00:00:00Z", "yesterday", "m001", "m002,m003",
      "m001,m001", "zz", "e1", "gala", "pricing,export", "pricing", ",", "json", "csv", "edges", "unit", "community",
      "both", "online", "offline", "all", "html", "markdown", "modularity", "cpm", "surprise", "1,1,1", "0,1,1",
      "--", "-h", "--help", "--json", "-V"));

  private static final AtomicInteger WRITES = new AtomicInteger();

  @BeforeAll
  static void files() throws IOException {
    Path network = dir.resolve("tiny.json");
    NetworkJson.write(BlendedCommunity.builder().members(8).units(2).events(1).attendance(0.8).questions(4).seed(3)
        .build().generate(), network);
    Path edges = Files.writeString(dir.resolve("tiny.txt"), "1 2\n2 3\n3 1\n3 4 2\n", StandardCharsets.UTF_8);
    Path touchpoints = Files.writeString(dir.resolve("tiny.csv"),
        "id,member_a,member_b,medium,timestamp,topics\nt1,ana,bo,chat,2026-03-02T10:15:00Z,pricing\n"
            + "t2,bo,cy,meal,2026-03-03,\n", StandardCharsets.UTF_8);
    Path members = Files.writeString(dir.resolve("members.csv"),
        "id,name,organisation,unit\nana,Ana,Acme,Sales\nbo,Bo,Acme,R&D\ncy,Cy,Acme,R&D\n", StandardCharsets.UTF_8);
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\":\"blendnet/1\",\"members\":[",
        StandardCharsets.UTF_8);
    Path posts = dir.resolve("Posts.xml");
    try (InputStream in = Objects.requireNonNull(CliFuzzTest.class.getResourceAsStream("/stackexchange/tiny-posts.xml"))) {
      Files.copy(in, posts);
    }
    Path badPosts = Files.writeString(dir.resolve("bad-posts.xml"), "<posts><row Id=\"1\" PostTypeId=\"1\"",
        StandardCharsets.UTF_8);
    for (Path p : List.of(network, edges, touchpoints, members, broken, posts, badPosts, dir.resolve("missing.json"),
        dir)) {
      VALUES.add(p.toString());
    }
  }

  @FuzzTest(maxDuration = "30s")
  void arguments(FuzzedDataProvider data) {
    List<String> args = argumentsFrom(data);
    if (args == null) {
      return;
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Blendnet.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    String what = "blendnet " + args + " exited " + code + ", stderr:\n" + err;
    assertThat(code).as(what).isIn(0, ExitCode.USAGE.code(), ExitCode.BAD_INPUT.code(), ExitCode.IO.code());
    String error = err.toString();
    if (code != 0) {
      assertThat(error).as(what).isNotBlank();
      assertThat(error.lines().count()).as(what).isLessThanOrEqualTo(MAX_ERROR_LINES);
      assertThat(error).as(what).doesNotContainPattern("(?m)^\\s+at [\\w$.]+\\(").doesNotContain("internal error")
          .doesNotContainPattern("[\\p{Cc}&&[^\\n\\r]]");
    }
    if (code == 0 && args.contains("--json") && !asksForHelp(args)) {
      String text = out.toString();
      if (!text.isBlank()) { // report --out FILE --json writes the JSON to the file
        assertThat(JSON.readTree(text)).as(what).isNotNull();
      }
    }
  }

  /** The argument array {@code data} describes, or null to skip it. */
  static @org.jspecify.annotations.Nullable List<String> argumentsFrom(FuzzedDataProvider data) {
    List<String> args = new ArrayList<>();
    int pick = data.consumeInt(0, COMMANDS.size());
    String command = pick < COMMANDS.size() ? COMMANDS.get(pick) : data.consumeString(12);
    if (EXCLUDED.contains(command)) {
      return null;
    }
    args.add(command);
    List<String> options = OPTIONS.getOrDefault(command, List.of("--help"));
    int n = data.consumeInt(0, 8);
    for (int i = 0; i < n; i++) {
      switch (data.consumeInt(0, 3)) {
        case 0 -> args.add(data.pickValue(options));
        case 1 -> args.add(data.pickValue(VALUES));
        case 2 -> args.add(data.consumeString(24));
        default -> args.add(data.pickValue(options) + "=" + data.pickValue(VALUES));
      }
    }
    if (command.equals("generate") && args.stream().anyMatch(a -> LONG_NUMBER.matcher(a).find())) {
      return null; // generate --members 99999: slow by design
    }
    return confined(args);
  }

  /** {@code args} with every file a writing option names moved into the temporary folder. */
  private static List<String> confined(List<String> args) {
    List<String> safe = new ArrayList<>(args.size());
    boolean nextIsWritten = false;
    for (String a : args) {
      String target = dir.resolve("written-" + WRITES.incrementAndGet() % 16).toString();
      if (nextIsWritten) {
        safe.add(target);
        nextIsWritten = false;
      } else if (WRITERS.contains(a)) {
        safe.add(a);
        nextIsWritten = true;
      } else if (a.startsWith("--") && WRITERS.contains(a.split("=", 2)[0])) {
        safe.add(a.split("=", 2)[0] + "=" + target);
      } else if (a.startsWith("-") && !a.startsWith("--") && a.indexOf('o') > 0) {
        safe.add("-o" + target); // -oFILE, or -o in a cluster of short options
      } else {
        safe.add(a);
      }
    }
    return safe;
  }

  private static boolean asksForHelp(List<String> args) {
    return args.contains("-h") || args.contains("--help") || args.contains("help") || args.contains("-V")
        || args.contains("--version");
  }
}
