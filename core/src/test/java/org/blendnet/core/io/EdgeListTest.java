package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Medium;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeListTest {

  private static final MemberId A = MemberId.of("a");
  private static final MemberId B = MemberId.of("b");
  private static final MemberId C = MemberId.of("c");

  private static Network read(String text) {
    return EdgeList.defaults().read(new StringReader(text), "g.txt");
  }

  private static List<String> problems(String text) {
    NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class, () -> read(text));
    assertThat(e).as("expected a format error").isNotNull();
    return e.problems().stream().map(NetworkFormatException.Problem::toString).toList();
  }

  private static Touchpoint edge(String id, MemberId u, MemberId v, Optional<MemberId> initiator, Instant at,
      Medium medium, double weight) {
    return new Touchpoint(TouchpointId.of(id), at, medium, List.of(u, v), initiator, Optional.empty(),
        Optional.empty(), Set.of(), weight);
  }

  @Test
  void should_read_edges_with_and_without_weights_skipping_comments_and_blank_lines() {
    Network network = read("""
        # a comment
          % another, indented
        c a 2.5

        a\tb
          b \t c   1e-1  \r
        """);
    assertThat(network.members()).containsExactly(Member.of(C, "c"), Member.of(A, "a"), Member.of(B, "b"));
    assertThat(network.touchpoints()).containsExactly(
        edge("e-3", C, A, Optional.empty(), Instant.EPOCH, Medium.FACE_TO_FACE, 2.5),
        edge("e-5", A, B, Optional.empty(), Instant.EPOCH, Medium.FACE_TO_FACE, 1),
        edge("e-6", B, C, Optional.empty(), Instant.EPOCH, Medium.FACE_TO_FACE, 0.1));
  }

  @Test
  void should_keep_a_pair_listed_twice_as_two_touchpoints() {
    assertThat(read("a b\nb a\n").touchpointsBetween(A, B)).hasSize(2);
  }

  @Test
  void should_apply_the_options() {
    Instant at = Instant.parse("2026-03-02T10:15:00Z");
    Network network = EdgeList.defaults().directed().medium(Medium.CHAT).at(at).idPrefix("chat")
        .read(new StringReader("a b 3\n"), "g.txt");
    assertThat(network.touchpoints()).containsExactly(edge("chat-1", A, B, Optional.of(A), at, Medium.CHAT, 3));
  }

  @Test
  void should_read_an_empty_list_as_an_empty_network() {
    assertThat(read("# nothing\n\n")).isEqualTo(Network.empty());
    assertThat(read("")).isEqualTo(Network.empty());
  }

  @Test
  void should_report_every_bad_line_with_its_column_and_field() {
    assertThat(problems("""
        a
        a b 1 2
        a b zero
        a b -1
        a  a
        a b 1 # trailing comment
        x\u0001y b
        a b
        """)).containsExactly(
        "g.txt line 1: expected 2 or 3 fields (u v [w]) but found 1",
        "g.txt line 2: expected 2 or 3 fields (u v [w]) but found 4",
        "g.txt line 3, column 5 at w: weight 'zero' is not a number",
        "g.txt line 4, column 5 at w: weight must be a positive finite number but was '-1'",
        "g.txt line 5, column 4 at v: self-loop: u and v are both 'a'; a touchpoint needs two different members",
        "g.txt line 6: expected 2 or 3 fields (u v [w]) but found 6",
        "g.txt line 7, column 1 at u: MemberId must not contain control characters (at index 1)");
  }

  @Test
  void should_skip_a_byte_order_mark_and_read_utf8_files(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("g.txt");
    Files.write(file, "\uFEFFJosé Zoë\n".getBytes(StandardCharsets.UTF_8));
    assertThat(EdgeList.defaults().read(file).members()).extracting(m -> m.id().value())
        .containsExactly("José", "Zoë");
  }

  @Test
  void should_report_a_file_that_is_not_utf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("g.txt");
    Files.write(file, "Jos\u00e9 b\n".getBytes(StandardCharsets.ISO_8859_1));
    NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class,
        () -> EdgeList.defaults().read(file));
    assertThat(e.problems()).extracting(NetworkFormatException.Problem::toString)
        .containsExactly(file + " line 1, column 4: not valid UTF-8: the character starting with byte 0xE9 is "
            + "malformed: byte 0x20 where a continuation byte was expected");
  }

  @Test
  void should_wrap_io_failures_in_UncheckedIOException(@TempDir Path dir) {
    assertThatThrownBy(() -> EdgeList.defaults().read(dir.resolve("missing.txt")))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(NoSuchFileException.class);
  }

  @Test
  void should_reject_impossible_options_and_show_its_options() {
    assertThatThrownBy(() -> EdgeList.defaults().idPrefix(" e")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idPrefix must be non-blank trimmed text but was ' e'");
    assertThatThrownBy(() -> EdgeList.defaults().idPrefix("x".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idPrefix must be at most 200 characters but was 201");
    assertThat(EdgeList.defaults())
        .hasToString("EdgeList[undirected, medium=FACE_TO_FACE, at=1970-01-01T00:00:00Z, idPrefix=e]");
    assertThat(EdgeList.defaults().directed().medium(Medium.CHAT))
        .hasToString("EdgeList[directed, medium=CHAT, at=1970-01-01T00:00:00Z, idPrefix=e]");
  }
}
