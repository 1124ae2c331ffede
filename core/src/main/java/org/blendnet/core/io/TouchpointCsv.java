package org.blendnet.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Medium;
import org.blendnet.core.Network;
import org.blendnet.core.NetworkValidationException;
import org.blendnet.core.Section;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.Violation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes touchpoint lists as CSV: one two-person touchpoint per row, the columns named by a
 * header row.
 *
 * <pre>{@code
 * id,member_a,member_b,medium,timestamp,topics,weight
 * t1,ana,bo,chat,2026-03-02T10:15:00Z,negotiation;export finance,1
 * t2,bo,"Costa, Cy",face-to-face,2026-03-03,,2.5
 * }</pre>
 *
 * <pre>{@code
 * Network network = TouchpointCsv.defaults().readNetwork(Path.of("touchpoints.csv"));
 * Network withDetails = TouchpointCsv.defaults()
 *     .undirected()
 *     .zone(ZoneId.of("Europe/Paris"))
 *     .readNetwork(Path.of("touchpoints.csv"), Path.of("members.csv"));
 * }</pre>
 *
 * <p><b>Columns</b>, identified by their header name, in any order; a column not listed here is an error
 * (so that a misspelt {@code medum} does not silently vanish). Values are trimmed unless quoted.
 * <table>
 *   <caption>Touchpoint CSV columns</caption>
 *   <tr><th>column</th><th>required</th><th>value</th></tr>
 *   <tr><td>{@code member_a}</td><td>yes</td><td>a member id; the initiator, unless the list is
 *       {@linkplain #undirected() undirected} or there is an {@code initiator} column</td></tr>
 *   <tr><td>{@code member_b}</td><td>yes</td><td>a member id, not {@code member_a}'s</td></tr>
 *   <tr><td>{@code medium}</td><td>unless a {@linkplain #defaultMedium(Medium) default} is given</td>
 *       <td>a {@link Medium}, read by {@link Medium#parse(String)}: any case, spaces or hyphens for
 *       underscores ({@code face-to-face}, {@code Video call}); empty: the default medium</td></tr>
 *   <tr><td>{@code timestamp}</td><td>unless a {@linkplain #defaultInstant(Instant) default} is given</td>
 *       <td>when it happened (see below); empty: the default instant</td></tr>
 *   <tr><td>{@code id}</td><td>no</td><td>the touchpoint id, unique in the file; without the column, each
 *       touchpoint gets the id {@code <prefix>-<line>}: the {@linkplain #idPrefix(String) prefix}
 *       ({@code t} by default) and the line its row starts on ({@code t-2} for the first row)</td></tr>
 *   <tr><td>{@code initiator}</td><td>no</td><td>{@code member_a}'s id, {@code member_b}'s id, or empty
 *       for an undirected touchpoint; the column overrides the default "member_a initiates" and may not be
 *       used with {@link #undirected()}</td></tr>
 *   <tr><td>{@code topics}</td><td>no</td><td>{@link Topic} names separated by {@code ;}
 *       ({@code negotiation;export finance}); white space around each name and empty entries are
 *       ignored</td></tr>
 *   <tr><td>{@code weight}</td><td>no</td><td>a positive finite decimal number ({@code 2.5},
 *       {@code 1e-3}); empty: 1</td></tr>
 * </table>
 * A column may be read from a differently named header with {@link #column(String, String)} — for
 * example the {@code source,target,weight} edge files of network repositories.
 *
 * <p><b>Timestamps</b> may be written as
 * <ul>
 *   <li>an ISO-8601 instant in UTC: {@code 2026-03-02T10:15:00Z}, with optional fractions of a second;
 *   <li>an ISO-8601 date-time with an offset, and optionally a region: {@code 2026-03-02T10:15:00+01:00},
 *       {@code 2026-03-02T10:15:00+01:00[Europe/Paris]};
 *   <li>a local date-time, {@code 2026-03-02T10:15:00} or {@code 2026-03-02T10:15}, read in the
 *       {@linkplain #zone(ZoneId) zone} (UTC by default; a time skipped by a daylight-saving change moves
 *       forward by the change, a repeated time takes the earlier offset);
 *   <li>a date, {@code 2026-03-02}: its start in the zone;
 *   <li>whole epoch seconds, possibly negative: {@code 1772446500} (so a basic-format date such as
 *       {@code 20260302} is read as seconds, not as a date).
 * </ul>
 * A space may stand for the {@code T}; letters are read in any case. An empty timestamp takes the
 * {@linkplain #defaultInstant(Instant) default instant}; without one it is an error.
 *
 * <p><b>CSV dialect</b>: RFC 4180, UTF-8 (a byte order mark is skipped). Values in double quotes may hold
 * commas, line breaks and doubled quotes; spaces around unquoted values are trimmed; lines that are empty
 * or hold only spaces are skipped; there are no comment lines. Every row must have exactly as many values
 * as the header has names (a trailing comma is one value too many); a header name may appear only once.
 *
 * <p><b>Errors.</b> A syntax error (a short or long row, text after a closing quote, an unclosed quote)
 * stops reading; bad values (an unknown medium, a malformed timestamp, a duplicate id…) are collected,
 * up to 100, and reported together. Either way the readers throw a {@link NetworkFormatException} whose
 * problems each carry an {@link InputLocation}: the source, the line and column where the value starts,
 * and the column's header name. No touchpoints or network are returned then. I/O failures throw
 * {@link UncheckedIOException}. Reading is streaming (one row at a time) and O(n) in the number of rows.
 *
 * @implNote Thread-safe: instances are immutable; the option methods return new instances.
 * @since 0.1
 */
public final class TouchpointCsv {

  private static final Logger LOG = LoggerFactory.getLogger(TouchpointCsv.class);

  /** The column holding the touchpoint id. */
  public static final String ID = "id";
  /** The column holding the first member, who initiated the touchpoint in a directed list. */
  public static final String MEMBER_A = "member_a";
  /** The column holding the second member. */
  public static final String MEMBER_B = "member_b";
  /** The column naming the initiator. */
  public static final String INITIATOR = "initiator";
  /** The column holding the medium. */
  public static final String MEDIUM = "medium";
  /** The column holding the timestamp. */
  public static final String TIMESTAMP = "timestamp";
  /** The column holding the topics. */
  public static final String TOPICS = "topics";
  /** The column holding the weight. */
  public static final String WEIGHT = "weight";

  /** Every column, in the order {@link #write(Collection, Writer)} writes them. */
  private static final List<String> COLUMNS =
      List.of(ID, MEMBER_A, MEMBER_B, INITIATOR, MEDIUM, TIMESTAMP, TOPICS, WEIGHT);

  private static final String DEFAULT_PREFIX = "t";

  private static final TouchpointCsv DEFAULTS =
      new TouchpointCsv(true, ZoneOffset.UTC, null, null, DEFAULT_PREFIX, Map.of());

  private final boolean directed;
  private final ZoneId zone;
  private final @Nullable Instant defaultInstant;
  private final @Nullable Medium defaultMedium;
  private final String idPrefix;
  /** Column → header name, for the renamed columns only; in column-name order. */
  private final Map<String, String> renamed;

  private TouchpointCsv(boolean directed, ZoneId zone, @Nullable Instant defaultInstant,
      @Nullable Medium defaultMedium, String idPrefix, Map<String, String> renamed) {
    this.directed = directed;
    this.zone = zone;
    this.defaultInstant = defaultInstant;
    this.defaultMedium = defaultMedium;
    this.idPrefix = idPrefix;
    this.renamed = renamed;
  }

  /**
   * The reader with default options: directed ({@code member_a} initiates), local times in UTC, no
   * default medium or instant, generated ids {@code t-<line>}, the standard column names.
   */
  public static TouchpointCsv defaults() {
    return DEFAULTS;
  }

  // ---- options ------------------------------------------------------------------------------------

  /** This reader, for undirected lists: touchpoints get no initiator. */
  public TouchpointCsv undirected() {
    return new TouchpointCsv(false, zone, defaultInstant, defaultMedium, idPrefix, renamed);
  }

  /** This reader, reading local date-times and dates in {@code zone} (default UTC). */
  public TouchpointCsv zone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return new TouchpointCsv(directed, zone, defaultInstant, defaultMedium, idPrefix, renamed);
  }

  /**
   * This reader, giving {@code at} to rows with an empty timestamp — and to every row if there is no
   * {@code timestamp} column. Real data sets often have no times.
   */
  public TouchpointCsv defaultInstant(Instant at) {
    Objects.requireNonNull(at, "at");
    return new TouchpointCsv(directed, zone, at, defaultMedium, idPrefix, renamed);
  }

  /**
   * This reader, giving {@code medium} to rows with an empty medium — and to every row if there is no
   * {@code medium} column.
   */
  public TouchpointCsv defaultMedium(Medium medium) {
    Objects.requireNonNull(medium, "medium");
    return new TouchpointCsv(directed, zone, defaultInstant, medium, idPrefix, renamed);
  }

  /**
   * This reader, generating the ids of touchpoints in files without an {@code id} column as
   * {@code <prefix>-<line>} (default prefix {@code t}). Give each file its own prefix when merging files.
   *
   * @throws IllegalArgumentException if the prefix does not make valid ids (blank, surrounding white
   *     space, control characters, longer than 200 characters)
   */
  public TouchpointCsv idPrefix(String prefix) {
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
    return new TouchpointCsv(directed, zone, defaultInstant, defaultMedium, prefix, renamed);
  }

  /**
   * This reader, reading {@code column} (one of {@code id}, {@code member_a}, {@code member_b},
   * {@code initiator}, {@code medium}, {@code timestamp}, {@code topics}, {@code weight}) from the header
   * {@code header} instead: {@code column("member_a", "source").column("member_b", "target")}. The
   * standard name then no longer names that column. Locations in errors use the header name.
   *
   * @throws IllegalArgumentException if {@code column} is not a column, {@code header} is blank or has
   *     surrounding white space, or another column is already read from {@code header}
   */
  public TouchpointCsv column(String column, String header) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(header, "header");
    if (!COLUMNS.contains(column)) {
      throw new IllegalArgumentException("unknown column '" + column + "'; expected one of " + String.join(", ", COLUMNS));
    }
    if (header.isBlank() || !header.strip().equals(header)) {
      throw new IllegalArgumentException("header must be non-blank trimmed text but was '" + header + "'");
    }
    Map<String, String> next = new TreeMap<>(renamed);
    next.put(column, header);
    for (String other : COLUMNS) {
      if (!other.equals(column) && next.getOrDefault(other, other).equals(header)) {
        throw new IllegalArgumentException(
            "header '" + header + "' already names column '" + other + "'; rename that column first");
      }
    }
    return new TouchpointCsv(directed, zone, defaultInstant, defaultMedium, idPrefix,
        Collections.unmodifiableMap(next));
  }

  // ---- reading ------------------------------------------------------------------------------------

  /**
   * Reads the touchpoints of a UTF-8 CSV file.
   *
   * @throws NetworkFormatException if the file is not a valid touchpoint list; nothing is returned
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<Touchpoint> read(Path file) {
    Objects.requireNonNull(file, "file");
    try (Reader in = CsvReader.openFile(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the touchpoints of a CSV text; {@code source} names it in error locations. The reader is not
   * closed.
   *
   * @throws NetworkFormatException if the text is not a valid touchpoint list; nothing is returned
   * @throws UncheckedIOException if reading fails
   */
  public List<Touchpoint> read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    return parse(reader, source, null).rows();
  }

  /**
   * Reads a network from a touchpoint file alone: its members are implied by the ids in
   * {@code member_a} and {@code member_b}, each {@code Member.of(id, id)}, in order of first appearance.
   *
   * @throws NetworkFormatException if the file is not a valid touchpoint list; nothing is returned
   * @throws UncheckedIOException if the file cannot be read
   */
  public Network readNetwork(Path touchpoints) {
    Objects.requireNonNull(touchpoints, "touchpoints");
    try (Reader in = CsvReader.openFile(touchpoints)) {
      return readNetwork(in, touchpoints.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a network from a touchpoint CSV text alone, as {@link #readNetwork(Path)} does. The reader is
   * not closed.
   *
   * @throws NetworkFormatException if the text is not a valid touchpoint list; nothing is returned
   * @throws UncheckedIOException if reading fails
   */
  public Network readNetwork(Reader touchpoints, String source) {
    Objects.requireNonNull(touchpoints, "touchpoints");
    Objects.requireNonNull(source, "source");
    CsvRows<Touchpoint> read = parse(touchpoints, source, null);
    Set<MemberId> seen = new LinkedHashSet<>();
    for (Touchpoint t : read.rows()) {
      seen.addAll(t.participants());
    }
    List<Member> members = new ArrayList<>(seen.size());
    for (MemberId id : seen) {
      members.add(Member.of(id, id.value()));
    }
    return build(new CsvRows<>(members, new long[0], source), read);
  }

  /**
   * Reads a network from a touchpoint file and a member file (see {@link MemberCsv}). A touchpoint that
   * names a member the member file lacks is an error at its line and column.
   *
   * @throws NetworkFormatException if either file is invalid; nothing is returned
   * @throws UncheckedIOException if a file cannot be read
   */
  public Network readNetwork(Path touchpoints, Path members) {
    Objects.requireNonNull(touchpoints, "touchpoints");
    Objects.requireNonNull(members, "members");
    try (Reader t = CsvReader.openFile(touchpoints);
        Reader m = CsvReader.openFile(members)) {
      return readNetwork(t, touchpoints.toString(), m, members.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a network from a touchpoint CSV text and a member CSV text, as
   * {@link #readNetwork(Path, Path)} does. The readers are not closed.
   *
   * @throws NetworkFormatException if either text is invalid; nothing is returned
   * @throws UncheckedIOException if reading fails
   */
  public Network readNetwork(Reader touchpoints, String touchpointSource, Reader members, String memberSource) {
    Objects.requireNonNull(touchpoints, "touchpoints");
    Objects.requireNonNull(touchpointSource, "touchpointSource");
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(memberSource, "memberSource");
    CsvRows<Member> memberRows = MemberCsv.parse(members, memberSource);
    Set<MemberId> known = new HashSet<>();
    for (Member m : memberRows.rows()) {
      known.add(m.id());
    }
    return build(memberRows, parse(touchpoints, touchpointSource, known));
  }

  /** Builds the network, reporting any rule violation at the line of the record that breaks it. */
  private Network build(CsvRows<Member> members, CsvRows<Touchpoint> touchpoints) {
    try {
      return Network.builder().members(members.rows()).touchpoints(touchpoints.rows()).build();
    } catch (NetworkValidationException e) {
      throw translate(e, members, touchpoints);
    }
  }

  /**
   * The violations as format problems, each at the line of the record that breaks the rule and the
   * column its field comes from. The readers check ids and members as they read, so this is a safety net.
   */
  NetworkFormatException translate(NetworkValidationException e, CsvRows<?> members, CsvRows<?> touchpoints) {
    List<NetworkFormatException.Problem> problems = new ArrayList<>();
    for (Violation v : e.violations()) {
      CsvRows<?> rows = v.section() == Section.MEMBERS ? members : touchpoints;
      String column = v.section() == Section.TOUCHPOINTS ? touchpointColumn(v.field()) : v.field();
      problems.add(new NetworkFormatException.Problem(
          new InputLocation(rows.source(), rows.line(v.index()), 0, column), v.rule() + ": " + v.message()));
    }
    return new NetworkFormatException(problems, e);
  }

  /** The header name of the column a touchpoint field comes from. */
  private String touchpointColumn(String field) {
    return switch (field) {
      case "participants/0" -> header(MEMBER_A);
      case "participants/1" -> header(MEMBER_B);
      case "id" -> header(ID);
      default -> field;
    };
  }

  private String header(String column) {
    return renamed.getOrDefault(column, column);
  }

  /** Reads the rows; checks members against {@code known} if given. */
  private CsvRows<Touchpoint> parse(Reader in, String source, @Nullable Set<MemberId> known) {
    CsvProblems problems = new CsvProblems();
    List<Touchpoint> touchpoints = new ArrayList<>();
    long[] lines = new long[16];
    try (CsvReader csv = CsvReader.open(in, source, problems)) {
      Columns columns = columns(csv, problems);
      problems.throwIfAny();
      Map<TouchpointId, Long> firstLine = new HashMap<>();
      for (CsvRecord row = csv.next(); row != null; row = csv.next()) {
        Touchpoint t = touchpoint(row, columns, known, firstLine, problems);
        if (t != null) {
          if (touchpoints.size() == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
          }
          lines[touchpoints.size()] = row.line();
          touchpoints.add(t);
        }
      }
    }
    problems.throwIfAny();
    LOG.debug("Read {} touchpoints from {}", touchpoints.size(), source);
    return new CsvRows<>(Collections.unmodifiableList(touchpoints), Arrays.copyOf(lines, touchpoints.size()),
        source);
  }

  /** The position of each column in the header, -1 if absent. */
  private static final class Columns {
    int id = -1;
    int memberA = -1;
    int memberB = -1;
    int initiator = -1;
    int medium = -1;
    int timestamp = -1;
    int topics = -1;
    int weight = -1;
  }

  private Columns columns(CsvReader csv, CsvProblems problems) {
    Map<String, String> columnByHeader = new HashMap<>();
    for (String column : COLUMNS) {
      columnByHeader.put(header(column), column);
    }
    Columns c = new Columns();
    List<String> names = csv.header();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String column = columnByHeader.get(name);
      if (name.isEmpty()) {
        problems.add(csv.headerLocation(""), "header column " + (i + 1) + " has no name");
      } else if (column == null) {
        problems.add(csv.headerLocation(name), "unknown column '" + name + "'; expected "
            + COLUMNS.stream().map(this::header).collect(Collectors.joining(", ")));
      } else {
        switch (column) {
          case ID -> c.id = i;
          case MEMBER_A -> c.memberA = i;
          case MEMBER_B -> c.memberB = i;
          case INITIATOR -> c.initiator = i;
          case MEDIUM -> c.medium = i;
          case TIMESTAMP -> c.timestamp = i;
          case TOPICS -> c.topics = i;
          default -> c.weight = i;
        }
      }
    }
    requireColumn(c.memberA, MEMBER_A, "", csv, problems);
    requireColumn(c.memberB, MEMBER_B, "", csv, problems);
    if (defaultMedium == null) {
      requireColumn(c.medium, MEDIUM, " (or give a default medium)", csv, problems);
    }
    if (defaultInstant == null) {
      requireColumn(c.timestamp, TIMESTAMP, " (or give a default instant)", csv, problems);
    }
    if (c.initiator >= 0 && !directed) {
      problems.add(csv.headerLocation(header(INITIATOR)),
          "column '" + header(INITIATOR) + "' names initiators, but the list was declared undirected");
    }
    return c;
  }

  private void requireColumn(int index, String column, String hint, CsvReader csv, CsvProblems problems) {
    if (index < 0) {
      problems.add(csv.headerLocation(header(column)), "missing column '" + header(column) + "'" + hint);
    }
  }

  /** The touchpoint of a row, or null if its values have problems (recorded in {@code problems}). */
  private @Nullable Touchpoint touchpoint(CsvRecord row, Columns c, @Nullable Set<MemberId> known,
      Map<TouchpointId, Long> firstLine, CsvProblems problems) {
    int before = problems.size();
    TouchpointId id = c.id >= 0 ? touchpointId(row, c.id, firstLine, problems)
        : TouchpointId.of(idPrefix + "-" + row.line());
    MemberId a = member(row, c.memberA, MEMBER_A, known, problems);
    MemberId b = member(row, c.memberB, MEMBER_B, known, problems);
    if (a != null && a.equals(b)) {
      problems.add(row.location(c.memberB), header(MEMBER_A) + " and " + header(MEMBER_B)
          + " are the same member '" + a.value() + "'; a touchpoint needs two different members");
    }
    MemberId initiator = directed ? a : null;
    if (c.initiator >= 0 && a != null && b != null) {
      initiator = initiator(row, c.initiator, a, b, problems);
    }
    Medium medium = medium(row, c.medium, problems);
    Instant at = instant(row, c.timestamp, problems);
    Set<Topic> topics = c.topics >= 0 ? topics(row, c.topics, problems) : Set.of();
    double weight = c.weight >= 0 ? weight(row, c.weight, problems) : 1.0;
    if (problems.size() > before || id == null || a == null || b == null || medium == null || at == null) {
      return null;
    }
    try {
      return new Touchpoint(id, at, medium, List.of(a, b), Optional.ofNullable(initiator), Optional.empty(),
          Optional.empty(), topics, weight);
    } catch (IllegalArgumentException e) {
      problems.add(row.location(), e.getMessage());
      return null;
    }
  }

  private @Nullable TouchpointId touchpointId(CsvRecord row, int index, Map<TouchpointId, Long> firstLine,
      CsvProblems problems) {
    String text = row.value(index);
    if (text.isEmpty()) {
      problems.add(row.location(index), header(ID) + " is empty");
      return null;
    }
    try {
      TouchpointId id = TouchpointId.of(text);
      Long first = firstLine.putIfAbsent(id, row.line());
      if (first != null) {
        problems.add(row.location(index), "duplicate touchpoint id '" + text + "' (first on line " + first + ")");
      }
      return id;
    } catch (IllegalArgumentException e) {
      problems.add(row.location(index), e.getMessage());
      return null;
    }
  }

  private @Nullable MemberId member(CsvRecord row, int index, String column, @Nullable Set<MemberId> known,
      CsvProblems problems) {
    String text = row.value(index);
    if (text.isEmpty()) {
      problems.add(row.location(index), header(column) + " is empty");
      return null;
    }
    try {
      MemberId id = MemberId.of(text);
      if (known != null && !known.contains(id)) {
        problems.add(row.location(index), "no member '" + text + "' in the member list");
        return null;
      }
      return id;
    } catch (IllegalArgumentException e) {
      problems.add(row.location(index), e.getMessage());
      return null;
    }
  }

  /** The initiator named in the initiator column: a, b, or nobody if empty. */
  private @Nullable MemberId initiator(CsvRecord row, int index, MemberId a, MemberId b, CsvProblems problems) {
    String text = row.value(index);
    if (text.isEmpty()) {
      return null;
    }
    if (text.equals(a.value())) {
      return a;
    }
    if (text.equals(b.value())) {
      return b;
    }
    problems.add(row.location(index), header(INITIATOR) + " '" + text + "' is neither " + header(MEMBER_A)
        + " ('" + a.value() + "') nor " + header(MEMBER_B) + " ('" + b.value() + "')");
    return null;
  }

  /** The medium of the row, or the default if the column is absent or the value empty. */
  private @Nullable Medium medium(CsvRecord row, int index, CsvProblems problems) {
    if (index < 0 || row.value(index).isEmpty()) {
      if (defaultMedium == null) {
        // the column is required without a default, so it is there
        problems.add(row.location(index), header(MEDIUM) + " is empty and no default medium was given");
      }
      return defaultMedium;
    }
    try {
      return Medium.parse(row.value(index));
    } catch (IllegalArgumentException e) {
      problems.add(row.location(index), e.getMessage());
      return null;
    }
  }

  /** The instant of the row, or the default if the column is absent or the value empty. */
  private @Nullable Instant instant(CsvRecord row, int index, CsvProblems problems) {
    if (index < 0 || row.value(index).isEmpty()) {
      if (defaultInstant == null) {
        // the column is required without a default, so it is there
        problems.add(row.location(index), header(TIMESTAMP) + " is empty and no default instant was given");
      }
      return defaultInstant;
    }
    try {
      return CsvTimestamps.parse(row.value(index), zone);
    } catch (IllegalArgumentException e) {
      problems.add(row.location(index), e.getMessage());
      return null;
    }
  }

  private static Set<Topic> topics(CsvRecord row, int index, CsvProblems problems) {
    Set<Topic> topics = new LinkedHashSet<>();
    for (String name : CsvValues.list(row.value(index))) {
      try {
        topics.add(Topic.of(name));
      } catch (IllegalArgumentException e) {
        problems.add(row.location(index), "topic '" + name + "': " + e.getMessage());
      }
    }
    return topics;
  }

  private static double weight(CsvRecord row, int index, CsvProblems problems) {
    String text = row.value(index);
    if (text.isEmpty()) {
      return 1.0;
    }
    try {
      return CsvValues.weight(text);
    } catch (IllegalArgumentException e) {
      problems.add(row.location(index), e.getMessage());
      return 1.0;
    }
  }

  // ---- writing ------------------------------------------------------------------------------------

  /**
   * Writes touchpoints as a UTF-8 CSV file (created, or truncated if it exists) that
   * {@link #defaults()} reads back as equal touchpoints; see {@link #write(Collection, Writer)}.
   *
   * @throws IllegalArgumentException if a touchpoint cannot be written as CSV; nothing is written then
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Collection<Touchpoint> touchpoints, Path file) {
    Objects.requireNonNull(file, "file");
    checkWritable(touchpoints);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(touchpoints, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes touchpoints as CSV with the header {@code id,member_a,member_b,initiator,medium,timestamp,topics,weight},
   * one row per touchpoint in the given order: the medium in lower case ({@code face_to_face}), the
   * timestamp as an ISO-8601 instant in UTC, the topics joined with {@code ;}, whole weights without a
   * fraction. Reading the text back with {@link #defaults()} gives equal touchpoints. The writer is
   * flushed, not closed.
   *
   * <p>The format holds two-person touchpoints outside events and communities; anything else is refused
   * before a single line is written.
   *
   * @throws IllegalArgumentException if a touchpoint does not have exactly two participants, has an
   *     event or a community, or has a topic whose name contains {@code ;}
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Collection<Touchpoint> touchpoints, Writer writer) {
    Objects.requireNonNull(writer, "writer");
    checkWritable(touchpoints);
    try (CsvWriter csv = CsvWriter.open(writer, COLUMNS)) {
      for (Touchpoint t : touchpoints) {
        MemberId a = t.participants().get(0);
        MemberId b = t.participants().get(1);
        csv.row(t.id().value(), a.value(), b.value(), t.initiator().map(MemberId::value).orElse(""),
            t.medium().name().toLowerCase(Locale.ROOT), t.at().toString(),
            t.topics().stream().map(Topic::name).collect(Collectors.joining(";")),
            CsvValues.formatWeight(t.weight()));
      }
    }
    LOG.debug("Wrote {} touchpoints", touchpoints.size());
  }

  private static void checkWritable(Collection<Touchpoint> touchpoints) {
    Objects.requireNonNull(touchpoints, "touchpoints");
    for (Touchpoint t : touchpoints) {
      Objects.requireNonNull(t, "touchpoints must not contain null");
      String problem = null;
      if (t.participants().size() != 2) {
        problem = "it has " + t.participants().size() + " participants; the format holds exactly two";
      } else if (t.event().isPresent()) {
        problem = "it belongs to event " + t.event().get() + "; the format has no event column";
      } else if (t.community().isPresent()) {
        problem = "it belongs to community " + t.community().get() + "; the format has no community column";
      } else {
        for (Topic topic : t.topics()) {
          if (topic.name().indexOf(CsvValues.LIST_SEPARATOR) >= 0) {
            problem = "its topic '" + topic.name() + "' contains ';', the separator of the topics column";
          }
        }
      }
      if (problem != null) {
        throw new IllegalArgumentException("touchpoint " + t.id() + " cannot be written as CSV: " + problem);
      }
    }
  }

  /** {@code TouchpointCsv[directed, zone=Z, idPrefix=t]}, plus the defaults and renamed columns if set. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("TouchpointCsv[").append(directed ? "directed" : "undirected")
        .append(", zone=").append(zone).append(", idPrefix=").append(idPrefix);
    if (defaultMedium != null) {
      s.append(", defaultMedium=").append(defaultMedium);
    }
    if (defaultInstant != null) {
      s.append(", defaultInstant=").append(defaultInstant);
    }
    if (!renamed.isEmpty()) {
      s.append(", columns=").append(renamed);
    }
    return s.append(']').toString();
  }
}
