package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.blendnet.core.BlendnetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile input corpus ({@code src/test/resources/hostile/}): every file listed in
 * {@code MANIFEST.tsv} with the reader it is for, the exception it must give, where the first problem is
 * and a fragment of what it says. Malformed text (invalid, overlong and cut-off UTF-8, UTF-16, Latin-1),
 * truncated documents, deep nesting, megabyte strings, huge numbers, wrong types, unknown fields,
 * duplicate ids, dangling references, answers before questions, referral cycles, contact details shared
 * without consent, ragged rows, bad quoting; and a few hostile-looking inputs that are valid (formula
 * injection, bidirectional overrides) and must be read as text.
 */
class HostileInputTest {

  /** One line of the manifest. */
  record Case(String reader, String file, String expected, String location, String fragment) {
    @Override
    public String toString() {
      return file;
    }
  }

  private static Path root() {
    URL url = Objects.requireNonNull(HostileInputTest.class.getResource("/hostile/MANIFEST.tsv"), "manifest");
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(root().resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5) {
        throw new IllegalStateException("manifest line needs 5 tab-separated fields: " + line);
      }
      cases.add(new Case(f[0], f[1], f[2], f[3], f[4]));
    }
    return cases;
  }

  /** Reads a file with the entry point the manifest names; what it returns, or what it throws. */
  private static Object read(String reader, Path file) {
    return switch (reader) {
      case "network-json" -> NetworkJson.read(file);
      case "member-csv" -> MemberCsv.read(file);
      case "touchpoint-csv" -> TouchpointCsv.defaults().read(file);
      case "edge-list" -> EdgeList.defaults().read(file);
      default -> throw new IllegalArgumentException("unknown reader " + reader);
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_give_the_documented_exception_at_its_location_and_build_nothing(Case c) {
    Path file = root().resolve(c.file());
    Object[] built = new Object[1];

    Throwable thrown = catchThrowable(() -> built[0] = read(c.reader(), file));

    if (c.expected().equals("accepted")) {
      assertThat(thrown).as("a valid file").isNull();
      assertThat(built[0]).isNotNull();
      return;
    }
    assertThat(built[0]).as("nothing is returned").isNull();
    assertThat(thrown).isInstanceOf(BlendnetException.class);
    assertThat(thrown.getClass().getSimpleName()).isEqualTo(c.expected());
    NetworkFormatException e = (NetworkFormatException) thrown;
    NetworkFormatException.Problem first = e.problems().get(0);
    assertThat(first.location().source()).isEqualTo(file.toString());
    assertThat(first.location().line()).as("a line is named").isPositive();
    assertThat(where(first.location())).isEqualTo(c.location());
    assertThat(first.message()).contains(c.fragment());
    assertThat(e.getMessage()).contains(file + " " + c.location() + ": " + c.fragment());
    for (NetworkFormatException.Problem p : e.problems()) {
      assertThat(p.message()).as("one printable line, at most 1,001 characters")
          .doesNotContainPattern("[\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]")
          .hasSizeLessThanOrEqualTo(1_001);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonCases")
  void should_say_the_same_when_json_comes_from_a_stream(Case c) throws IOException {
    Path file = root().resolve(c.file());
    Throwable fromFile = catchThrowable(() -> NetworkJson.read(file));
    Throwable fromStream;
    try (InputStream in = Files.newInputStream(file)) {
      fromStream = catchThrowable(() -> NetworkJson.read(in));
    }

    if (fromFile == null) {
      assertThat(fromStream).isNull();
      return;
    }
    assertThat(fromStream).isInstanceOf(NetworkFormatException.class);
    NetworkFormatException.Problem a = ((NetworkFormatException) fromFile).problems().get(0);
    NetworkFormatException.Problem b = ((NetworkFormatException) fromStream).problems().get(0);
    assertThat(where(b.location())).isEqualTo(where(a.location()));
    assertThat(b.message()).isEqualTo(a.message());
  }

  static Stream<Case> jsonCases() throws IOException {
    return cases().stream().filter(c -> c.reader().equals("network-json"));
  }

  @Test
  void should_list_every_file_and_hold_at_least_50_failing_inputs_per_reader() throws IOException {
    List<String> listed = cases().stream().map(Case::file).sorted().toList();
    List<String> present;
    try (Stream<Path> files = Files.walk(root())) {
      present = files.filter(Files::isRegularFile).map(p -> root().relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals("MANIFEST.tsv")).sorted().toList();
    }
    assertThat(listed).containsExactlyElementsOf(present);

    Map<String, Integer> failing = new TreeMap<>();
    for (Case c : cases()) {
      if (!c.expected().equals("accepted")) {
        failing.merge(c.reader(), 1, Integer::sum);
      }
    }
    assertThat(failing).containsOnlyKeys("edge-list", "member-csv", "network-json", "touchpoint-csv");
    assertThat(failing.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(50));
  }

  @Test
  void should_report_a_missing_file_as_an_io_failure_not_a_format_problem() {
    Path missing = root().resolve("no-such-file.json");

    assertThat(catchThrowable(() -> NetworkJson.read(missing))).isInstanceOf(UncheckedIOException.class);
    assertThat(catchThrowable(() -> MemberCsv.read(missing))).isInstanceOf(UncheckedIOException.class);
  }

  /** A location as the manifest writes it: {@code line 3, column 14 at capacity}. */
  static String where(InputLocation l) {
    return "line " + l.line() + (l.column() > 0 ? ", column " + l.column() : "")
        + (l.path().isEmpty() ? "" : " at " + l.path());
  }
}
