package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;

/**
 * Coverage-guided fuzz tests (Jazzer) of every reader entry point that takes bytes from outside: the only
 * failure allowed is the documented {@link NetworkFormatException}, located at a line of the input, with
 * printable problem messages; anything else (a bare runtime exception, an error such as
 * {@link StackOverflowError} or {@link OutOfMemoryError}) is a finding. What is read must round-trip.
 *
 * <p>In a normal build (no {@code JAZZER_FUZZ}) each test runs in regression mode: once on an empty input
 * and once on each file of the hostile corpus, copied at build time from {@code hostile/} to
 * {@code ReaderFuzzTestInputs/<test>/}, plus any crash found earlier and kept there. The CSV and edge-list
 * readers are fed exactly as their file entry points feed them (strict UTF-8, lines and columns in
 * characters). A longer run for maintainers is described in the README ("Fuzzing").
 */
class ReaderFuzzTest {

  private static final String SOURCE = "<fuzz>";

  @FuzzTest(maxDuration = "30s")
  void networkJson(byte[] input) {
    Network read;
    try {
      read = NetworkJson.reader().read(new ByteArrayInputStream(input), SOURCE);
    } catch (NetworkFormatException e) {
      checkDocumented(e);
      return;
    }
    assertThat(NetworkJson.fromJson(NetworkJson.toJson(read))).isEqualTo(read);
  }

  @FuzzTest(maxDuration = "30s")
  void touchpointCsv(byte[] input) {
    List<Touchpoint> read;
    try {
      read = TouchpointCsv.defaults().read(text(input), SOURCE);
    } catch (NetworkFormatException e) {
      checkDocumented(e);
      return;
    }
    assertThat(read).doesNotContainNull();
  }

  @FuzzTest(maxDuration = "30s")
  void touchpointCsvNetwork(byte[] input) {
    try {
      Network read = TouchpointCsv.defaults().readNetwork(text(input), SOURCE);
      assertThat(NetworkJson.fromJson(NetworkJson.toJson(read))).isEqualTo(read);
    } catch (NetworkFormatException e) {
      checkDocumented(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void memberCsv(byte[] input) {
    List<Member> read;
    try {
      read = MemberCsv.read(text(input), SOURCE);
    } catch (NetworkFormatException e) {
      checkDocumented(e);
      return;
    }
    assertThat(read).doesNotContainNull();
  }

  @FuzzTest(maxDuration = "30s")
  void edgeList(byte[] input) {
    try {
      Network read = EdgeList.defaults().read(text(input), SOURCE);
      assertThat(NetworkJson.fromJson(NetworkJson.toJson(read))).isEqualTo(read);
    } catch (NetworkFormatException e) {
      checkDocumented(e);
    }
  }

  /** The bytes as the file entry points read them: checked UTF-8, decoded strictly. */
  private static Reader text(byte[] input) {
    return new BufferedReader(new InputStreamReader(new StrictUtf8InputStream(new ByteArrayInputStream(input), true),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  private static void checkDocumented(NetworkFormatException e) {
    assertThat(e.problems()).isNotEmpty();
    for (NetworkFormatException.Problem p : e.problems()) {
      assertThat(p.location().source()).isEqualTo(SOURCE);
      assertThat(p.message()).isNotBlank().doesNotContainPattern("[\\p{Cc}\\u2028\\u2029]");
    }
    assertThat(e.getMessage()).startsWith(e.problems().size() == 1 ? SOURCE : e.problems().size() + " problems");
  }
}
