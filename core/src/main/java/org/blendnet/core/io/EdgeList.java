package org.blendnet.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Medium;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads plain edge lists, the format of network repositories and research code: one tie per line,
 * {@code u v} or {@code u v w}, fields separated by spaces or tabs.
 *
 * <pre>{@code
 * # Zachary karate club
 * 1 2 4
 * 1	3	5
 * }</pre>
 *
 * <pre>{@code
 * Network karate = EdgeList.defaults().read(Path.of("karate.txt"));
 * Network meetings = EdgeList.defaults().medium(Medium.MEETING).at(Instant.parse("2026-03-02T00:00:00Z"))
 *     .read(Path.of("meetings.edges"));
 * }</pre>
 *
 * <p>Each line gives one {@link Touchpoint} between the members {@code u} and {@code v}:
 * <ul>
 *   <li>{@code u} and {@code v} are member ids; the members are implied, each {@code Member.of(id, id)},
 *       in order of first appearance;
 *   <li>{@code w}, if present, is the weight: a positive finite decimal number ({@code 2}, {@code 0.5},
 *       {@code 1e-3}); otherwise 1;
 *   <li>the medium and instant are the reader's: {@link Medium#FACE_TO_FACE} and
 *       {@link Instant#EPOCH} (1970-01-01T00:00:00Z) unless set with {@link #medium(Medium)} and
 *       {@link #at(Instant)};
 *   <li>the touchpoint is undirected, or initiated by {@code u} if the reader is {@link #directed()};
 *   <li>its id is {@code <prefix>-<line>}: the {@linkplain #idPrefix(String) prefix} ({@code e} by
 *       default) and the line number.
 * </ul>
 * A line whose first non-blank character is {@code #} or {@code %} is a comment; blank lines are skipped;
 * white space at either end of a line is ignored. There are no trailing comments and no header line. A
 * pair listed twice gives two touchpoints. The text is UTF-8 (a byte order mark is skipped); lines end
 * in LF, CRLF or CR.
 *
 * <p><b>Errors.</b> A line with fewer than two or more than three fields, a bad weight, an invalid id,
 * or a self-loop ({@code u} equal to {@code v}: a touchpoint needs two different members) is a problem
 * located at its line, column and field ({@code u}, {@code v} or {@code w}). Problems are collected, up
 * to 100, and thrown together in a {@link NetworkFormatException}; no network is returned then. I/O
 * failures throw {@link UncheckedIOException}. Reading is streaming and O(n) in the number of lines.
 *
 * @implNote Thread-safe: instances are immutable; the option methods return new instances.
 * @since 0.1
 */
public final class EdgeList {

  private static final Logger LOG = LoggerFactory.getLogger(EdgeList.class);

  private static final EdgeList DEFAULTS = new EdgeList(false, Medium.FACE_TO_FACE, Instant.EPOCH, "e");

  private static final char BOM = '\uFEFF';

  private final boolean directed;
  private final Medium medium;
  private final Instant at;
  private final String idPrefix;

  private EdgeList(boolean directed, Medium medium, Instant at, String idPrefix) {
    this.directed = directed;
    this.medium = medium;
    this.at = at;
    this.idPrefix = idPrefix;
  }

  /**
   * The reader with default options: undirected, {@link Medium#FACE_TO_FACE}, {@link Instant#EPOCH},
   * ids {@code e-<line>}.
   */
  public static EdgeList defaults() {
    return DEFAULTS;
  }

  /** This reader, for directed lists: {@code u} initiates each touchpoint. */
  public EdgeList directed() {
    return new EdgeList(true, medium, at, idPrefix);
  }

  /** This reader, giving every touchpoint {@code medium} (default {@link Medium#FACE_TO_FACE}). */
  public EdgeList medium(Medium medium) {
    Objects.requireNonNull(medium, "medium");
    return new EdgeList(directed, medium, at, idPrefix);
  }

  /** This reader, giving every touchpoint the instant {@code at} (default {@link Instant#EPOCH}). */
  public EdgeList at(Instant at) {
    Objects.requireNonNull(at, "at");
    return new EdgeList(directed, medium, at, idPrefix);
  }

  /**
   * This reader, naming touchpoints {@code <prefix>-<line>} (default prefix {@code e}).
   *
   * @throws IllegalArgumentException if the prefix does not make valid ids (blank, surrounding white
   *     space, control characters, longer than 200 characters)
   */
  public EdgeList idPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isBlank() || !prefix.strip().equals(prefix)) {
      throw new IllegalArgumentException("idPrefix must be non-blank trimmed text but was '" + prefix + "'");
    }
    if (prefix.length() > 200) {
      throw new IllegalArgumentException("idPrefix must be at most 200 characters but was " + prefix.length());
    }
    try {
      TouchpointId.of(prefix + "-1");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("idPrefix '" + prefix + "' does not make valid ids: " + e.getMessage(), e);
    }
    return new EdgeList(directed, medium, at, prefix);
  }

  /**
   * Reads a UTF-8 edge-list file into a network.
   *
   * @throws NetworkFormatException if the file is not a valid edge list; nothing is returned
   * @throws UncheckedIOException if the file cannot be read
   */
  public Network read(Path file) {
    Objects.requireNonNull(file, "file");
    try (Reader in = CsvReader.openFile(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an edge-list text into a network; {@code source} names it in error locations. The reader is
   * not closed.
   *
   * @throws NetworkFormatException if the text is not a valid edge list; nothing is returned
   * @throws UncheckedIOException if reading fails
   */
  public Network read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    CsvProblems problems = new CsvProblems();
    Set<MemberId> members = new LinkedHashSet<>();
    List<Touchpoint> touchpoints = new ArrayList<>();
    long number = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (number == 1 && !line.isEmpty() && line.charAt(0) == BOM) {
          line = " " + line.substring(1);
        }
        Touchpoint t = touchpoint(line, number, source, problems);
        if (t != null) {
          members.addAll(t.participants());
          touchpoints.add(t);
        }
      }
    } catch (CharacterCodingException e) {
      throw CsvReader.notUtf8(source, e, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    problems.throwIfAny();
    Network.Builder network = Network.builder();
    for (MemberId id : members) {
      network.member(Member.of(id, id.value()));
    }
    LOG.debug("Read {} edges between {} members from {}", touchpoints.size(), members.size(), source);
    return network.touchpoints(touchpoints).build();
  }

  /** The touchpoint on one line; null for blank and comment lines, and for lines with problems. */
  private @Nullable Touchpoint touchpoint(String line, long number, String source, CsvProblems problems) {
    List<int[]> fields = fields(line);
    if (fields.isEmpty()) {
      return null;
    }
    char first = line.charAt(fields.get(0)[0]);
    if (first == '#' || first == '%') {
      return null;
    }
    if (fields.size() < 2 || fields.size() > 3) {
      problems.add(new InputLocation(source, number, 0, ""),
          "expected 2 or 3 fields (u v [w]) but found " + fields.size());
      return null;
    }
    MemberId u = member(line, fields.get(0), "u", number, source, problems);
    MemberId v = member(line, fields.get(1), "v", number, source, problems);
    double weight = 1.0;
    boolean ok = u != null && v != null;
    if (fields.size() == 3) {
      int[] w = fields.get(2);
      try {
        weight = CsvValues.weight(line.substring(w[0], w[1]));
      } catch (IllegalArgumentException e) {
        problems.add(new InputLocation(source, number, w[0] + 1, "w"), e.getMessage());
        ok = false;
      }
    }
    if (u != null && u.equals(v)) {
      problems.add(new InputLocation(source, number, fields.get(1)[0] + 1, "v"),
          "self-loop: u and v are both '" + u.value() + "'; a touchpoint needs two different members");
      return null;
    }
    if (!ok || u == null || v == null) {
      return null;
    }
    return new Touchpoint(TouchpointId.of(idPrefix + "-" + number), at, medium, List.of(u, v),
        directed ? Optional.of(u) : Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), weight);
  }

  private static @Nullable MemberId member(String line, int[] field, String name, long number, String source,
      CsvProblems problems) {
    try {
      return MemberId.of(line.substring(field[0], field[1]));
    } catch (IllegalArgumentException e) {
      problems.add(new InputLocation(source, number, field[0] + 1, name), e.getMessage());
      return null;
    }
  }

  /** The [start, end) of each run of characters other than space and tab. */
  private static List<int[]> fields(String line) {
    List<int[]> fields = new ArrayList<>(3);
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && isSeparator(line.charAt(i))) {
        i++;
      }
      if (i == line.length()) {
        break;
      }
      int start = i;
      while (i < line.length() && !isSeparator(line.charAt(i))) {
        i++;
      }
      fields.add(new int[] {start, i});
    }
    return fields;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t';
  }

  /** {@code EdgeList[undirected, medium=FACE_TO_FACE, at=1970-01-01T00:00:00Z, idPrefix=e]}. */
  @Override
  public String toString() {
    return "EdgeList[" + (directed ? "directed" : "undirected") + ", medium=" + medium + ", at=" + at
        + ", idPrefix=" + idPrefix + "]";
  }
}
