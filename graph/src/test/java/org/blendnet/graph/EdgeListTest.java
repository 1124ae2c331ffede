package org.blendnet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.blendnet.core.MemberId;
import org.blendnet.core.io.InputLocation;
import org.blendnet.core.io.NetworkFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeListTest {

  private static SocialGraph read(String text) {
    return SocialGraph.fromEdgeList(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.txt");
  }

  private static NetworkFormatException failure(String text) {
    return catchThrowableOfType(NetworkFormatException.class, () -> read(text));
  }

  @Test
  void should_read_ties_weights_and_comments() {
    SocialGraph g = read("""
        # a comment
        % another
        0 1
        1\t2  2.5   # trailing comment

        2 3 0.125
        """);

    assertThat(g.nodeCount()).isEqualTo(4);
    assertThat(g.tieCount()).isEqualTo(3);
    assertThat(g.weightBetween(MemberId.of("0"), MemberId.of("1"))).isEqualTo(1.0);
    assertThat(g.weightBetween(MemberId.of("1"), MemberId.of("2"))).isEqualTo(2.5);
    assertThat(g.weightBetween(MemberId.of("3"), MemberId.of("2"))).isEqualTo(0.125);
    assertThat(g.hasChannels()).isFalse();
    assertThat(g.network()).isEmpty();
    assertThat(g).hasToString("SocialGraph[members=4, ties=3, weight=3.625]");
  }

  @Test
  void should_sum_the_weights_of_a_tie_listed_more_than_once_in_either_direction() {
    SocialGraph g = read("a b 1\nb a 2\na b 0.5\nb c\n");
    assertThat(g.tieCount()).isEqualTo(2);
    assertThat(g.weightBetween(MemberId.of("a"), MemberId.of("b"))).isEqualTo(3.5);
    assertThat(g.strength(g.node(MemberId.of("b")))).isEqualTo(4.5);
  }

  @Test
  void should_number_integer_ids_by_value_then_other_ids_in_id_order() {
    SocialGraph g = read("10 9\n9 zed\n2 alpha\n-3 10\n007 2\n");

    List<String> ids = new ArrayList<>();
    for (int i = 0; i < g.nodeCount(); i++) {
      ids.add(g.member(i).value());
    }
    // "007" is not a canonical integer, so it is text and keeps its leading zeros
    assertThat(ids).containsExactly("-3", "2", "9", "10", "007", "alpha", "zed");
    assertThat(g.node(MemberId.of("10"))).isEqualTo(3);
  }

  @Test
  void should_keep_node_numbers_of_a_zero_based_integer_list() {
    SocialGraph g = read("3 0\n1 2\n0 4\n");
    for (int i = 0; i < 5; i++) {
      assertThat(g.member(i).value()).isEqualTo(Integer.toString(i));
    }
  }

  @Test
  void should_reject_a_self_loop_naming_its_line_and_column() {
    NetworkFormatException e = failure("0 1\n\n  5 5\n");
    assertThat(e.location()).isEqualTo(new InputLocation("test.txt", 3, 5, ""));
    assertThat(e).hasMessage("test.txt line 3, column 5: self-loop: node 5 is tied to itself");
  }

  @Test
  void should_reject_lines_with_too_few_or_too_many_columns() {
    assertThat(failure("0 1\n7\n")).hasMessage("test.txt line 2, column 1: expected 'u v' or 'u v w' but the line has 1 column");
    assertThat(failure("0 1 1 1700000000\n"))
        .hasMessage("test.txt line 1, column 7: expected 'u v' or 'u v w' but the line has more than 3 columns");
  }

  @Test
  void should_reject_weights_that_are_not_positive_numbers() {
    assertThat(failure("0 1 x\n")).hasMessage("test.txt line 1, column 5: weight 'x' is not a number");
    assertThat(failure("0 1 0\n").getMessage()).contains("weight must be a positive number").contains("was 0.0");
    assertThat(failure("0 1 -2\n").getMessage()).contains("was -2.0");
    assertThat(failure("0 1 NaN\n").getMessage()).contains("was NaN");
    assertThat(failure("0 1 1e300\n").getMessage()).contains("was 1.0E300");
  }

  @Test
  void should_read_weights_in_every_decimal_notation() {
    SocialGraph g = read("0 1 1e-3\n1 2 .5\n2 3 3.\n3 4 0.1\n");
    assertThat(g.weight(g.edge(0, 1))).isEqualTo((double) 1e-3f);
    assertThat(g.weight(g.edge(1, 2))).isEqualTo(0.5);
    assertThat(g.weight(g.edge(2, 3))).isEqualTo(3.0);
    assertThat(g.weight(g.edge(3, 4))).isEqualTo((double) 0.1f);
  }

  @Test
  void should_reject_ids_that_are_too_long() {
    String longId = "x".repeat(300);
    assertThat(failure("0 " + longId + "\n").getMessage()).contains("line 1, column 3").contains("longer than 256");
  }

  @Test
  void should_read_an_empty_list_as_an_empty_graph() {
    assertThat(read("# nothing\n\n").nodeCount()).isZero();
    assertThat(read("").tieCount()).isZero();
  }

  @Test
  void should_read_a_file_and_name_it_in_errors(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("edges.tsv");
    Files.writeString(file, "0\t1\t2\n1\t1\n");
    NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class, () -> SocialGraph.fromEdgeList(file));
    assertThat(e.location().source()).isEqualTo(file.toString());
    assertThat(e.location().line()).isEqualTo(2);

    Files.writeString(file, "0\t1\t2\n");
    assertThat(SocialGraph.fromEdgeList(file).tieCount()).isEqualTo(1);
    assertThatThrownBy(() -> SocialGraph.fromEdgeList(dir.resolve("missing.txt")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.txt");
  }

  @Test
  void should_build_from_arrays_with_every_node_even_isolated_ones() {
    SocialGraph g = SocialGraph.fromEdges(4, new int[] {0, 1, 1}, new int[] {1, 0, 2}, new double[] {1, 2, 0.5});
    assertThat(g.nodeCount()).isEqualTo(4);
    assertThat(g.tieCount()).isEqualTo(2);
    assertThat(g.weight(g.edge(1, 0))).isEqualTo(3.0);
    assertThat(g.degree(3)).isZero();
    assertThat(g.member(3)).isEqualTo(MemberId.of("3"));
  }

  @Test
  void should_reject_bad_arrays_naming_the_index() {
    assertThatThrownBy(() -> SocialGraph.fromEdges(3, new int[] {0, 2}, new int[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tie 1 is a self-loop on node 2");
    assertThatThrownBy(() -> SocialGraph.fromEdges(3, new int[] {0}, new int[] {3}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tie 0 joins 0 and 3 but nodes must be in [0, 3)");
    assertThatThrownBy(() -> SocialGraph.fromEdges(3, new int[] {0}, new int[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
    assertThatThrownBy(() -> SocialGraph.fromEdges(3, new int[] {0}, new int[] {1}, new double[] {-1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights[0]").hasMessageContaining("-1.0");
    assertThatThrownBy(() -> SocialGraph.fromEdges(-1, new int[0], new int[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nodeCount must be >= 0 but was -1");
  }

  @Test
  void should_refuse_channel_questions_on_a_graph_without_channels() {
    SocialGraph g = read("0 1\n");
    assertThatThrownBy(() -> g.onlineWeight(0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no channel layers");
    assertThatThrownBy(() -> g.isBlended(0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> g.layer(org.blendnet.core.Channel.ONLINE)).isInstanceOf(IllegalStateException.class);
  }
}
