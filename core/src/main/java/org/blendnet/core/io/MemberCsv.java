package org.blendnet.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Channel;
import org.blendnet.core.Consent;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Topic;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes member lists as CSV: one {@link Member} per row, the columns named by a header row.
 *
 * <pre>{@code
 * id,name,organisation,unit,team,expertise,interests,channels,role
 * ana,Ana Costa,Acme,Sales,EMEA,negotiation:expert;export finance:beginner,pricing,online;offline,manager
 * bo,,Acme,,,,,,
 * }</pre>
 *
 * <pre>{@code
 * List<Member> members = MemberCsv.read(Path.of("members.csv"));
 * }</pre>
 *
 * <p><b>Columns</b>, identified by their header name, in any order; only {@code id} is required, and an
 * empty value means "not given" (the default). Values are trimmed unless quoted.
 * <table>
 *   <caption>Member CSV columns</caption>
 *   <tr><th>column</th><th>value</th><th>if empty</th></tr>
 *   <tr><td>{@code id}</td><td>the member id, unique in the file</td><td>error</td></tr>
 *   <tr><td>{@code name}</td><td>display name</td><td>the id</td></tr>
 *   <tr><td>{@code organisation}, {@code unit}, {@code team}</td><td>the {@link Affiliation} path:
 *       a unit needs an organisation and a team needs a unit; trailing levels may be empty</td>
 *       <td>{@link Affiliation#none()}</td></tr>
 *   <tr><td>{@code expertise}</td><td>{@code topic:LEVEL} entries separated by {@code ;}
 *       ({@code negotiation:expert;pricing:beginner}), the level an {@link ExpertiseLevel} name in any
 *       case; a topic may contain {@code :} (the level follows the last one) but appear only once</td>
 *       <td>none</td></tr>
 *   <tr><td>{@code interests}</td><td>topic names separated by {@code ;}</td><td>none</td></tr>
 *   <tr><td>{@code channels}</td><td>preferred {@link Channel}s separated by {@code ;}
 *       ({@code online;offline}), any case</td><td>no preference</td></tr>
 *   <tr><td>{@code time_zone}</td><td>a {@link ZoneId} ({@code Europe/Paris}, {@code UTC},
 *       {@code +01:00})</td><td>UTC</td></tr>
 *   <tr><td>{@code capacity}</td><td>a whole number &gt;= 0</td><td>{@value Member#DEFAULT_CAPACITY}</td></tr>
 *   <tr><td>{@code contactable}, {@code share_contact_details}, {@code recommendable}</td><td>the
 *       {@link Consent} flags: {@code true}/{@code false}, {@code yes}/{@code no} or {@code 1}/{@code 0}, any
 *       case</td><td>as {@link Consent#defaults()}: contactable, recommendable, details not shared</td></tr>
 *   <tr><td>any other column</td><td>a free-form attribute: the header name is the key</td><td>no
 *       attribute</td></tr>
 * </table>
 * In lists, white space around each entry and empty entries are ignored.
 *
 * <p>The CSV dialect and the error reporting are those of {@link TouchpointCsv}: RFC 4180, UTF-8 with an
 * optional byte order mark, exactly one value per header column in each row; syntax errors stop reading,
 * bad values are collected (up to 100) and thrown together in a {@link NetworkFormatException} whose
 * locations name the line, the column and the header. A member id given twice is an error at the second
 * row that names the line of the first. I/O failures throw {@link UncheckedIOException}.
 *
 * @implNote Thread-safe: the class is stateless.
 * @since 0.1
 */
public final class MemberCsv {

  private static final Logger LOG = LoggerFactory.getLogger(MemberCsv.class);

  /** The column holding the member id (required). */
  public static final String ID = "id";
  /** The column holding the display name. */
  public static final String NAME = "name";
  /** The column holding the organisation, the first level of the affiliation. */
  public static final String ORGANISATION = "organisation";
  /** The column holding the unit, the second level of the affiliation. */
  public static final String UNIT = "unit";
  /** The column holding the team, the third level of the affiliation. */
  public static final String TEAM = "team";
  /** The column holding the expertise, {@code topic:LEVEL;topic:LEVEL}. */
  public static final String EXPERTISE = "expertise";
  /** The column holding the interests, {@code topic;topic}. */
  public static final String INTERESTS = "interests";
  /** The column holding the preferred channels, {@code online;offline}. */
  public static final String CHANNELS = "channels";
  /** The column holding the time zone. */
  public static final String TIME_ZONE = "time_zone";
  /** The column holding the capacity. */
  public static final String CAPACITY = "capacity";
  /** The column holding the consent to be contacted. */
  public static final String CONTACTABLE = "contactable";
  /** The column holding the consent to share contact details. */
  public static final String SHARE_CONTACT_DETAILS = "share_contact_details";
  /** The column holding the consent to be recommended. */
  public static final String RECOMMENDABLE = "recommendable";

  /** The columns with a meaning, in the order {@link #write(Collection, Writer)} writes them. */
  private static final List<String> COLUMNS = List.of(ID, NAME, ORGANISATION, UNIT, TEAM, EXPERTISE, INTERESTS,
      CHANNELS, TIME_ZONE, CAPACITY, CONTACTABLE, SHARE_CONTACT_DETAILS, RECOMMENDABLE);

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");

  /** The expertise level names, for messages. */
  private static final String LEVELS = Arrays.stream(ExpertiseLevel.values())
      .map(l -> l.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

  private MemberCsv() {}

  // ---- reading ------------------------------------------------------------------------------------

  /**
   * Reads the members of a UTF-8 CSV file, in file order.
   *
   * @throws NetworkFormatException if the file is not a valid member list; nothing is returned
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<Member> read(Path file) {
    Objects.requireNonNull(file, "file");
    try (Reader in = CsvReader.openFile(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the members of a CSV text, in order; {@code source} names it in error locations. The reader is
   * not closed.
   *
   * @throws NetworkFormatException if the text is not a valid member list; nothing is returned
   * @throws UncheckedIOException if reading fails
   */
  public static List<Member> read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    return parse(reader, source).rows();
  }

  /** Reads the members and the line each starts on. */
  static CsvRows<Member> parse(Reader in, String source) {
    CsvProblems problems = new CsvProblems();
    List<Member> members = new ArrayList<>();
    long[] lines = new long[16];
    try (CsvReader csv = CsvReader.open(in, source, problems)) {
      Map<String, Integer> columns = columns(csv, problems);
      problems.throwIfAny();
      Map<MemberId, Long> firstLine = new HashMap<>();
      for (CsvRecord row = csv.next(); row != null; row = csv.next()) {
        Member m = member(row, csv.header(), columns, firstLine, problems);
        if (m != null) {
          if (members.size() == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
          }
          lines[members.size()] = row.line();
          members.add(m);
        }
      }
    }
    problems.throwIfAny();
    LOG.debug("Read {} members from {}", members.size(), source);
    return new CsvRows<>(Collections.unmodifiableList(members), Arrays.copyOf(lines, members.size()), source);
  }

  /** The position of each known column in the header; the other columns are attributes. */
  private static Map<String, Integer> columns(CsvReader csv, CsvProblems problems) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> names = csv.header();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name.isEmpty()) {
        problems.add(csv.headerLocation(""), "header column " + (i + 1) + " has no name");
      } else if (COLUMNS.contains(name)) {
        columns.put(name, i);
      }
    }
    if (!columns.containsKey(ID)) {
      problems.add(csv.headerLocation(ID), "missing column '" + ID + "'");
    }
    return columns;
  }

  /** The member of a row, or null if its values have problems (recorded in {@code problems}). */
  private static @Nullable Member member(CsvRecord row, List<String> header, Map<String, Integer> columns,
      Map<MemberId, Long> firstLine, CsvProblems problems) {
    Values v = new Values(row, columns, problems);
    int idColumn = columns.get(ID);
    String idText = row.value(idColumn);
    MemberId id = null;
    if (idText.isEmpty()) {
      v.fail(ID, ID + " is empty");
    } else {
      try {
        id = MemberId.of(idText);
        Long first = firstLine.putIfAbsent(id, row.line());
        if (first != null) {
          v.fail(ID, "duplicate member id '" + idText + "' (first on line " + first + ")");
        }
      } catch (IllegalArgumentException e) {
        v.fail(ID, e.getMessage());
      }
    }
    if (id == null) {
      return null;
    }
    Member.Builder b = Member.builder(id);
    String name = v.text(NAME);
    if (name.isBlank() && !name.isEmpty()) {
      v.fail(NAME, NAME + " is blank");
    } else if (!name.isEmpty()) {
      b.name(name);
    }
    Affiliation affiliation = affiliation(v);
    if (affiliation != null) {
      b.affiliation(affiliation);
    }
    expertise(v, b);
    for (String entry : CsvValues.list(v.text(INTERESTS))) {
      Topic topic = v.topic(INTERESTS, entry);
      if (topic != null) {
        b.interest(topic);
      }
    }
    for (String entry : CsvValues.list(v.text(CHANNELS))) {
      try {
        b.prefers(Channel.valueOf(entry.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        v.fail(CHANNELS, "unknown channel '" + entry + "'; expected online or offline");
      }
    }
    String zone = v.text(TIME_ZONE);
    if (!zone.isEmpty()) {
      try {
        b.timeZone(ZoneId.of(zone));
      } catch (DateTimeException e) {
        v.fail(TIME_ZONE, "unknown time zone '" + zone + "'");
      }
    }
    String capacity = v.text(CAPACITY);
    if (!capacity.isEmpty()) {
      if (WHOLE_NUMBER.matcher(capacity).matches() && capacity.length() <= 9) {
        b.capacity(Integer.parseInt(capacity));
      } else {
        v.fail(CAPACITY, CAPACITY + " must be a whole number from 0 to 999999999 but was '" + capacity + "'");
      }
    }
    Consent consent = Consent.defaults();
    consent = consent.withContactable(v.bool(CONTACTABLE, consent.contactable()));
    consent = consent.withShareContactDetails(v.bool(SHARE_CONTACT_DETAILS, consent.shareContactDetails()));
    consent = consent.withRecommendable(v.bool(RECOMMENDABLE, consent.recommendable()));
    b.consent(consent);
    for (int i = 0; i < header.size(); i++) {
      String key = header.get(i);
      if (!key.isEmpty() && !columns.containsKey(key) && !row.value(i).isEmpty()) {
        b.attribute(key, row.value(i));
      }
    }
    if (!v.ok) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      problems.add(row.location(), e.getMessage());
      return null;
    }
  }

  private static @Nullable Affiliation affiliation(Values v) {
    String organisation = v.text(ORGANISATION);
    String unit = v.text(UNIT);
    String team = v.text(TEAM);
    if (!team.isEmpty() && unit.isEmpty()) {
      v.fail(TEAM, "team '" + team + "' needs a unit");
      return null;
    }
    if (!unit.isEmpty() && organisation.isEmpty()) {
      v.fail(UNIT, "unit '" + unit + "' needs an organisation");
      return null;
    }
    List<String> path = new ArrayList<>(3);
    List<String> levels = List.of(ORGANISATION, UNIT, TEAM);
    List<String> segments = List.of(organisation, unit, team);
    for (int i = 0; i < levels.size(); i++) {
      String segment = segments.get(i);
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.isBlank() || !segment.strip().equals(segment)) {
        v.fail(levels.get(i), levels.get(i) + " '" + segment + "' must not be blank or have surrounding white space");
        return null;
      }
      path.add(segment);
    }
    return new Affiliation(path);
  }

  private static void expertise(Values v, Member.Builder b) {
    Set<Topic> seen = new TreeSet<>();
    for (String entry : CsvValues.list(v.text(EXPERTISE))) {
      int colon = entry.lastIndexOf(':');
      if (colon < 0) {
        v.fail(EXPERTISE, "expertise '" + entry + "' needs a level: topic:LEVEL with LEVEL one of " + LEVELS);
        continue;
      }
      String levelText = entry.substring(colon + 1).strip();
      ExpertiseLevel level = null;
      for (ExpertiseLevel l : ExpertiseLevel.values()) {
        if (l.name().equalsIgnoreCase(levelText)) {
          level = l;
        }
      }
      if (level == null) {
        v.fail(EXPERTISE, "unknown expertise level '" + levelText + "' in '" + entry + "'; expected one of " + LEVELS);
        continue;
      }
      Topic topic = v.topic(EXPERTISE, entry.substring(0, colon));
      if (topic != null) {
        if (seen.add(topic)) {
          b.expertise(topic, level);
        } else {
          v.fail(EXPERTISE, "topic '" + topic + "' has more than one expertise level");
        }
      }
    }
  }

  /** The values of one row, by column name, and the problems found in them. */
  private static final class Values {
    private final CsvRecord row;
    private final Map<String, Integer> columns;
    private final CsvProblems problems;
    boolean ok = true;

    Values(CsvRecord row, Map<String, Integer> columns, CsvProblems problems) {
      this.row = row;
      this.columns = columns;
      this.problems = problems;
    }

    /** The value of a column; empty if the column is absent. */
    String text(String column) {
      Integer i = columns.get(column);
      return i == null ? "" : row.value(i);
    }

    void fail(String column, String message) {
      ok = false;
      Integer i = columns.get(column);
      problems.add(i == null ? row.location() : row.location(i), message);
    }

    boolean bool(String column, boolean otherwise) {
      String text = text(column);
      if (text.isEmpty()) {
        return otherwise;
      }
      try {
        return CsvValues.bool(column, text);
      } catch (IllegalArgumentException e) {
        fail(column, e.getMessage());
        return otherwise;
      }
    }

    @Nullable Topic topic(String column, String name) {
      try {
        return Topic.of(name);
      } catch (IllegalArgumentException e) {
        fail(column, "topic '" + name + "': " + e.getMessage());
        return null;
      }
    }
  }

  // ---- writing ------------------------------------------------------------------------------------

  /**
   * Writes members as a UTF-8 CSV file (created, or truncated if it exists); see
   * {@link #write(Collection, Writer)}.
   *
   * @throws IllegalArgumentException if a member cannot be written as CSV; nothing is written then
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Collection<Member> members, Path file) {
    Objects.requireNonNull(file, "file");
    List<String> header = header(members);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(members, header, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes members as CSV, one row per member in the given order: the columns {@code id} to
   * {@code recommendable} in the order of the table above, then one column per attribute key, in key
   * order. Lists are joined with {@code ;}, levels and channels in lower case. Reading the text back
   * with {@link #read(Reader, String)} gives equal members. The writer is flushed, not closed.
   *
   * @throws IllegalArgumentException if a member cannot be written: an affiliation deeper than three
   *     levels, a topic name with {@code ;}, an attribute key that is a column name or has surrounding
   *     white space, or an empty attribute value; nothing is written then
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Collection<Member> members, Writer writer) {
    Objects.requireNonNull(writer, "writer");
    write(members, header(members), writer);
  }

  private static void write(Collection<Member> members, List<String> header, Writer writer) {
    try (CsvWriter csv = CsvWriter.open(writer, header)) {
      for (Member m : members) {
        String[] row = new String[header.size()];
        List<String> path = m.affiliation().path();
        row[0] = m.id().value();
        row[1] = m.name();
        row[2] = path.size() > 0 ? path.get(0) : "";
        row[3] = path.size() > 1 ? path.get(1) : "";
        row[4] = path.size() > 2 ? path.get(2) : "";
        row[5] = m.expertise().entrySet().stream()
            .map(e -> e.getKey().name() + ":" + e.getValue().name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(";"));
        row[6] = m.interests().stream().map(Topic::name).collect(Collectors.joining(";"));
        row[7] = m.preferredChannels().stream().map(c -> c.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(";"));
        row[8] = m.timeZone().getId();
        row[9] = Integer.toString(m.capacity());
        row[10] = Boolean.toString(m.consent().contactable());
        row[11] = Boolean.toString(m.consent().shareContactDetails());
        row[12] = Boolean.toString(m.consent().recommendable());
        for (int i = COLUMNS.size(); i < header.size(); i++) {
          row[i] = m.attributes().getOrDefault(header.get(i), "");
        }
        csv.row(row);
      }
    }
    LOG.debug("Wrote {} members", members.size());
  }

  /** The header for these members; checks that every member can be written. */
  private static List<String> header(Collection<Member> members) {
    Objects.requireNonNull(members, "members");
    Set<String> keys = new TreeSet<>();
    for (Member m : members) {
      Objects.requireNonNull(m, "members must not contain null");
      String problem = null;
      if (m.affiliation().depth() > 3) {
        problem = "its affiliation has " + m.affiliation().depth() + " levels; the format holds three";
      }
      for (Topic t : m.interests()) {
        if (t.name().indexOf(CsvValues.LIST_SEPARATOR) >= 0) {
          problem = "its interest '" + t + "' contains ';', the list separator";
        }
      }
      for (Topic t : m.expertise().keySet()) {
        if (t.name().indexOf(CsvValues.LIST_SEPARATOR) >= 0) {
          problem = "its expertise topic '" + t + "' contains ';', the list separator";
        }
      }
      for (Map.Entry<String, String> a : m.attributes().entrySet()) {
        String key = a.getKey();
        if (COLUMNS.contains(key)) {
          problem = "its attribute key '" + key + "' is the name of a column";
        } else if (!key.strip().equals(key)) {
          problem = "its attribute key '" + key + "' has surrounding white space";
        } else if (a.getValue().isEmpty()) {
          problem = "its attribute '" + key + "' is empty, and empty values are read as absent";
        }
      }
      if (problem != null) {
        throw new IllegalArgumentException("member " + m.id() + " cannot be written as CSV: " + problem);
      }
      keys.addAll(m.attributes().keySet());
    }
    List<String> header = new ArrayList<>(COLUMNS);
    header.addAll(keys);
    return header;
  }
}
