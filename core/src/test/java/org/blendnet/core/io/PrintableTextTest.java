package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How error messages quote input text ({@code NetworkFormatException.printable}): each escaped range at
 * both its ends and just outside them, surrogates paired and unpaired, and the cut at the length limit.
 */
class PrintableTextTest {

  private static String printed(int c) {
    return NetworkFormatException.printable("a" + (char) c + "b", 100);
  }

  private static String escaped(int c) {
    return String.format("a\\u%04Xb", c);
  }

  @Test
  void should_escape_each_range_at_its_ends_and_keep_the_characters_beside_it() {
    int[][] ranges = {
        {0x00, 0x1F}, {0x7F, 0x9F}, {0x2028, 0x2029}, {0x202A, 0x202E}, {0x2066, 0x2069}, {0x200B, 0x200F},
        {0x2060, 0x2064}, {0xFEFF, 0xFEFF}};
    for (int[] r : ranges) {
      assertThat(printed(r[0])).as("U+%04X", r[0]).isEqualTo(escaped(r[0]));
      assertThat(printed(r[1])).as("U+%04X", r[1]).isEqualTo(escaped(r[1]));
    }
    int[] kept = {0x20, 0x7E, 0xA0, 0x2027, 0x202F, 0x2065, 0x206A, 0x200A, 0x2010, 0x205F, 0xFEFE, 0xFF00, 'é'};
    for (int c : kept) {
      assertThat(printed(c)).as("U+%04X", c).isEqualTo("a" + (char) c + "b");
    }
  }

  @Test
  void should_escape_only_unpaired_surrogates() {
    String pair = "\uD83D\uDE00"; // one emoji
    assertThat(NetworkFormatException.printable("x" + pair + "y", 100)).isEqualTo("x" + pair + "y");
    assertThat(NetworkFormatException.printable(pair, 100)).isEqualTo(pair);
    assertThat(NetworkFormatException.printable("x\uD83D", 100)).isEqualTo("x\\uD83D");
    assertThat(NetworkFormatException.printable("\uD83Dy", 100)).isEqualTo("\\uD83Dy");
    assertThat(NetworkFormatException.printable("\uDE00y", 100)).isEqualTo("\\uDE00y");
    assertThat(NetworkFormatException.printable("x\uDE00", 100)).isEqualTo("x\\uDE00");
    assertThat(NetworkFormatException.printable("\uDE00\uD83D", 100)).isEqualTo("\\uDE00\\uD83D");
  }

  @Test
  void should_cut_long_text_and_mark_the_cut() {
    assertThat(NetworkFormatException.printable("abcdef", 6)).isEqualTo("abcdef");
    assertThat(NetworkFormatException.printable("abcdef", 5)).isEqualTo("abcde…");
    assertThat(NetworkFormatException.printable("a\u0007cdef", 3)).isEqualTo("a\\u0007c…");
    assertThat(NetworkFormatException.printable("a\u0007c", 3)).isEqualTo("a\\u0007c");
    assertThat(NetworkFormatException.printable("", 0)).isEmpty();
    assertThat(NetworkFormatException.printable("ab", 0)).isEqualTo("…");
    // a pair cut in two by the limit: the high half is escaped, as it stands alone in what is shown
    assertThat(NetworkFormatException.printable("x\uD83D\uDE00", 2)).isEqualTo("x\\uD83D…");
  }
}
