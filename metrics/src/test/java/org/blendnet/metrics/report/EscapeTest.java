package org.blendnet.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report's text escaping at the ends of each range XML 1.0 allows, in XML and in Markdown. */
class EscapeTest {

  private static String text(int... codePoints) {
    return new String(codePoints, 0, codePoints.length);
  }

  @Test
  void should_keep_the_ends_of_each_allowed_range_and_replace_what_lies_outside() {
    int[] kept = {0x20, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF, 'é'};
    int[] replaced = {0x0, 0x8, 0xB, 0xC, 0x1F, 0xFFFE, 0xFFFF, 0xD800, 0xDFFF};
    for (int cp : kept) {
      assertThat(Escape.xml(text('a', cp))).as("U+%04X", cp).isEqualTo(text('a', cp));
      assertThat(Escape.markdown(text('a', cp))).as("U+%04X", cp).isEqualTo(text('a', cp));
    }
    for (int cp : replaced) {
      assertThat(Escape.xml(text('a', cp))).as("U+%04X", cp).isEqualTo("a\uFFFD");
      assertThat(Escape.markdown(text('a', cp))).as("U+%04X", cp).isEqualTo("a\uFFFD");
    }
  }

  @Test
  void should_keep_line_breaks_and_tabs_in_xml_and_make_them_spaces_in_markdown() {
    assertThat(Escape.xml("a\tb\nc\rd")).isEqualTo("a\tb\nc\rd");
    assertThat(Escape.markdown("a\tb\nc\rd")).isEqualTo("a b c d");
  }

  @Test
  void should_write_markup_characters_as_entities_or_escapes() {
    assertThat(Escape.xml("<a href='x'>&\"</a>")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
    assertThat(Escape.markdown("*_`[x]|#~\\ <b>&")).isEqualTo("\\*\\_\\`\\[x\\]\\|\\#\\~\\\\ &lt;b&gt;&amp;");
  }
}
