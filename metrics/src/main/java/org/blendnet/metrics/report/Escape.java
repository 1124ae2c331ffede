package org.blendnet.metrics.report;

/**
 * Escaping of untrusted text — member names, unit names, ids — for XML (the HTML page and its SVG) and for
 * Markdown. Characters XML 1.0 forbids even escaped (most control characters, lone surrogates, U+FFFE and
 * U+FFFF) become U+FFFD, the replacement character, in both.
 */
final class Escape {

  private Escape() {}

  /** Text safe inside an XML element or a quoted attribute: {@code & < > " '} escaped. */
  static String xml(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
      }
    });
    return s.toString();
  }

  /**
   * Text safe in a Markdown paragraph or table cell: the characters Markdown gives a meaning to are
   * backslash-escaped, {@code <} and {@code &} written as entities (so that no HTML passes through), line
   * breaks become spaces.
   */
  static String markdown(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '#', '~' ->
            s.append('\\').appendCodePoint(cp);
        case '\n', '\r', '\t' -> s.append(' ');
        default -> s.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
      }
    });
    return s.toString();
  }

  /** True for the characters XML 1.0 allows (besides tab, line feed and carriage return, handled above). */
  private static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
