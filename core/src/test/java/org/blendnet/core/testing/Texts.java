package org.blendnet.core.testing;

import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Text generators behind {@link Networks#ids()}, {@link Networks#names()}, {@link Networks#texts()},
 * {@link Networks#topicNames()} and the affiliation segments. Each mixes plain ASCII (most of the time,
 * and what failures shrink to) with the text that breaks parsers and writers: accents, combining marks,
 * characters outside the Basic Multilingual Plane, right-to-left and zero-width marks, a byte order mark,
 * quotes, separators, CSV formula starters, words that look like numbers or JSON literals, and values at
 * the length limits.
 */
final class Texts {

  /** Pieces of an identifier: none is blank, none is a control character. */
  private static final List<String> ID_PIECES = List.of(
      "a", "m", "x", "7", "0", "ana", "Bo", "Zoë", "ß", "İ", "ǅ", "Σ", "ς", "日本", "한", "عربي", "😀", "𐐀",
      "e\u0301", "\u00A0", "/", ":", "#", "'", "\"", "\\", ",", ";", "&", "<", ">", "%", "{", "}", "[", "]",
      "-", "_", ".", "@", "+", "=", "\u200B", "\u202E", "\uFEFF", " ", "  ", "\u3000", "$", "?", "*", "|");

  /** Whole identifiers that are special somewhere (JSON literals, numbers, CSV formulas, limits). */
  private static final List<String> SPECIAL_IDS = List.of(
      "null", "true", "false", "0", "007", "-1", "1e3", "NaN", "=1+2", "@SUM(A1)", "a,b", "\"q\"", "'",
      "a b", "x".repeat(256), "😀".repeat(128), "é", "bom\uFEFFinside", "../etc", "t1", "T1", "#");

  /** Words for names and free text. */
  private static final List<String> WORDS = List.of(
      "Ana", "Costa", "Bo", "O'Brien", "Zoë", "Ñúñez", "李小龙", "Ødegård", "Straße", "İpek", "😀", "𐐀𐐨",
      "\"Doc\"", "Smith, Jr.", "=cmd()", "a;b", "x\\y", "<b>", "null", "née", "e\u0301", "\u202Eabc");

  /** Separators inside names and free text: white space of every kind, line breaks, a tab. */
  private static final List<String> SEPARATORS = List.of(" ", " ", " ", "  ", "\t", "\n", "\r\n", "\u3000",
      "\u00A0", ", ", "; ", " - ");

  /** Topic pieces: mixed case, punctuation, letters whose lower case is longer or outside the BMP. */
  private static final List<String> TOPIC_WORDS = List.of(
      "negotiation", "Export", "FINANCE", "data", "Machine", "learning", "c++", "c#", ".net", "r&d", "a/b",
      "İstanbul", "STRASSE", "straße", "ÆSIR", "𐐀𐐁", "日本語", "😀", "σοφία", "ΣΟΦΙΑ", "e-mail", "1:1", "q&a");

  /** White space between topic words, to be collapsed. */
  private static final List<String> TOPIC_SPACES = List.of(" ", " ", "  ", "\t", "\n", " \u2003 ", "\u3000");

  /** Organisations and units, all trimmed and non-blank. */
  private static final List<String> SEGMENTS = List.of(
      "Acme", "Sales", "EMEA", "R&D", "Zoë's team", "日本支社", "a/b", "Acme / Sales", "Team 7", "😀", "x",
      "Ødegård AS", "\"Quoted\"", "Ops, North", "İzmir");

  private Texts() {}

  static Gen<String> ids() {
    return in -> {
      int kind = Draw.between(in, 0, 9);
      if (kind <= 4) {
        return plainId(in);
      }
      if (kind <= 7) {
        return piecedId(in);
      }
      return Draw.pick(in, SPECIAL_IDS);
    };
  }

  private static String plainId(RandomnessSource in) {
    StringBuilder s = new StringBuilder().append((char) ('a' + Draw.between(in, 0, 25)));
    int digits = Draw.between(in, 0, 3);
    for (int i = 0; i < digits; i++) {
      s.append((char) ('0' + Draw.between(in, 0, 9)));
    }
    return s.toString();
  }

  private static String piecedId(RandomnessSource in) {
    StringBuilder s = new StringBuilder();
    int pieces = Draw.between(in, 1, 6);
    for (int i = 0; i < pieces; i++) {
      s.append(Draw.pick(in, ID_PIECES));
    }
    if (invisible(s.codePointAt(0))) {
      s.insert(0, 'x');
    }
    if (invisible(s.codePointBefore(s.length()))) {
      s.append('x');
    }
    return s.toString();
  }

  /** What an identifier may not start or end with: white space, spacing and format characters. */
  private static boolean invisible(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
        || Character.getType(codePoint) == Character.FORMAT;
  }

  static Gen<String> names() {
    return in -> {
      if (Draw.chance(in, 50)) {
        return Draw.pick(in, WORDS.subList(0, 3));
      }
      StringBuilder s = new StringBuilder();
      if (Draw.chance(in, 15)) {
        s.append("  ");
      }
      int words = Draw.between(in, 1, 4);
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          s.append(Draw.pick(in, SEPARATORS));
        }
        s.append(Draw.pick(in, WORDS));
      }
      if (Draw.chance(in, 15)) {
        s.append(" \t");
      }
      return s.toString();
    };
  }

  static Gen<String> texts() {
    return in -> {
      if (Draw.chance(in, 5)) {
        return "Who knows ".repeat(100) + "?";
      }
      StringBuilder s = new StringBuilder();
      int words = Draw.between(in, 1, 12);
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          s.append(Draw.pick(in, SEPARATORS));
        }
        s.append(Draw.pick(in, WORDS));
      }
      return s.append(Draw.chance(in, 50) ? "?" : "").toString();
    };
  }

  static Gen<String> topicNames() {
    return in -> {
      int kind = Draw.between(in, 0, 19);
      if (kind == 0) {
        return "T".repeat(128);
      }
      if (kind == 1) {
        return " \t" + "t".repeat(128) + "\n";
      }
      StringBuilder s = new StringBuilder();
      if (Draw.chance(in, 20)) {
        s.append(Draw.pick(in, TOPIC_SPACES));
      }
      int words = Draw.between(in, 1, 4);
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          s.append(Draw.pick(in, TOPIC_SPACES));
        }
        String word = Draw.pick(in, TOPIC_WORDS);
        s.append(Draw.chance(in, 20) ? word.toUpperCase(Locale.ROOT) : word);
      }
      if (Draw.chance(in, 20)) {
        s.append(Draw.pick(in, TOPIC_SPACES));
      }
      return s.toString();
    };
  }

  static Gen<String> segments() {
    return in -> Draw.pick(in, SEGMENTS);
  }
}
