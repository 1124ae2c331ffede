package org.blendnet.examples.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.blendnet.core.io.InputLocation;
import org.blendnet.core.io.NetworkFormatException;
import org.jspecify.annotations.Nullable;

/**
 * The questions and answers of a Stack Exchange site, read from the {@code Posts.xml} of the public data
 * dump (archive.org "stackexchange"; format described in its readme): one {@code <row …/>} per post under
 * {@code <posts>}.
 *
 * <p><b>What is read.</b> Rows with {@code PostTypeId} 1 (questions) and 2 (answers); every other post
 * type (tag wikis, wiki placeholders, …) is counted in {@link #otherPosts()} and otherwise ignored. Of each
 * row only {@code Id}, {@code PostTypeId}, {@code ParentId}, {@code AcceptedAnswerId}, {@code CreationDate},
 * {@code OwnerUserId} and {@code Tags} are kept; bodies and titles are never held in memory. Tags may be in
 * the older {@code <a><b>} form or the newer {@code |a|b|} form. Dates are UTC without a zone, as in the
 * dumps ({@code 2014-01-21T20:26:05.383}). A post without {@code OwnerUserId} belongs to a deleted account.
 *
 * <p><b>Streaming.</b> StAX, one row at a time, with DTDs and external entities refused: memory is
 * O(posts) for the kept fields only, time O(file size).
 *
 * <p><b>Errors.</b> Malformed XML, a root other than {@code posts}, a row without {@code Id},
 * {@code PostTypeId} or {@code CreationDate}, a number or date that does not parse, an answer without
 * {@code ParentId}, or an {@code Id} used twice: a {@link NetworkFormatException} naming the source, line,
 * column and attribute ({@code row/@CreationDate}). An answer whose question is not in the file, and a
 * question whose accepted answer is not, are kept and counted ({@link #orphanAnswers()},
 * {@link #missingAcceptedAnswers()}); the evaluation leaves them out of its ground truth.
 *
 * @implNote Thread-safe: immutable once read.
 * @since 0.1
 */
public final class StackExchangePosts {

  private final String source;
  private final List<SitePost> questions;
  private final List<SitePost> answers;
  private final int otherPosts;
  private final int orphanAnswers;
  private final int missingAcceptedAnswers;

  private StackExchangePosts(String source, List<SitePost> questions, List<SitePost> answers, int otherPosts) {
    this.source = source;
    Comparator<SitePost> byTime = Comparator.comparing(SitePost::created).thenComparingLong(SitePost::id);
    List<SitePost> q = new ArrayList<>(questions);
    q.sort(byTime);
    List<SitePost> a = new ArrayList<>(answers);
    a.sort(byTime);
    this.questions = Collections.unmodifiableList(q);
    this.answers = Collections.unmodifiableList(a);
    this.otherPosts = otherPosts;
    Map<Long, SitePost> questionById = new HashMap<>();
    for (SitePost p : q) {
      questionById.put(p.id(), p);
    }
    Map<Long, SitePost> answerById = new HashMap<>();
    int orphans = 0;
    for (SitePost p : a) {
      answerById.put(p.id(), p);
      orphans += questionById.containsKey(p.parentId()) ? 0 : 1;
    }
    int missing = 0;
    for (SitePost p : q) {
      missing += p.acceptedAnswerId() != 0 && !answerById.containsKey(p.acceptedAnswerId()) ? 1 : 0;
    }
    this.orphanAnswers = orphans;
    this.missingAcceptedAnswers = missing;
  }

  /**
   * Reads a {@code Posts.xml} file.
   *
   * @throws NetworkFormatException naming the file, line, column and attribute of the first malformed row
   * @throws UncheckedIOException if the file cannot be read
   */
  public static StackExchangePosts read(Path postsXml) {
    Objects.requireNonNull(postsXml, "postsXml");
    try (InputStream in = Files.newInputStream(postsXml)) {
      return read(in, postsXml.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + postsXml + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a {@code Posts.xml} from a stream (which is not closed).
   *
   * @param sourceName how to name the stream in error messages
   * @throws NetworkFormatException naming the source, line, column and attribute of the first malformed row
   */
  public static StackExchangePosts read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<SitePost> questions = new ArrayList<>();
    List<SitePost> answers = new ArrayList<>();
    Map<Long, Long> seen = new HashMap<>();
    int other = 0;
    XMLStreamReader r = null;
    try {
      r = factory.createXMLStreamReader(in);
      boolean root = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = r.getLocalName();
        if (!root) {
          if (!name.equals("posts")) {
            throw error(r, sourceName, "", "the root element must be <posts> but was <" + name + ">");
          }
          root = true;
          continue;
        }
        if (!name.equals("row")) {
          throw error(r, sourceName, "", "expected <row> inside <posts> but found <" + name + ">");
        }
        long id = number(r, sourceName, "Id", true);
        long type = number(r, sourceName, "PostTypeId", true);
        Long before = seen.putIfAbsent(id, (long) r.getLocation().getLineNumber());
        if (before != null) {
          throw error(r, sourceName, "row/@Id", "post Id " + id + " is used twice (first on line " + before + ")");
        }
        if (type != 1 && type != 2) {
          other++;
          continue;
        }
        Instant created = date(r, sourceName, "CreationDate");
        String ownerText = r.getAttributeValue(null, "OwnerUserId");
        OptionalLong owner = ownerText == null || ownerText.isBlank() ? OptionalLong.empty()
            : OptionalLong.of(number(r, sourceName, "OwnerUserId", true));
        if (type == 1) {
          long accepted = number(r, sourceName, "AcceptedAnswerId", false);
          questions.add(new SitePost(id, true, 0, accepted, created, owner,
              tags(r.getAttributeValue(null, "Tags"))));
        } else {
          long parent = number(r, sourceName, "ParentId", true);
          answers.add(new SitePost(id, false, parent, 0, created, owner, List.of()));
        }
      }
      if (!root) {
        throw new NetworkFormatException(new InputLocation(sourceName, 0, 0, ""), "no <posts> element");
      }
    } catch (XMLStreamException e) {
      Location l = e.getLocation();
      throw new NetworkFormatException(new InputLocation(sourceName, l == null ? 0 : Math.max(0, l.getLineNumber()),
          l == null ? 0 : Math.max(0, l.getColumnNumber()), ""), "malformed XML: " + parserMessage(e), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a reader that already failed; the stream itself is the caller's
        }
      }
    }
    return new StackExchangePosts(sourceName, questions, answers, other);
  }

  /** The parser's own words, without the "ParseError at [row,col]:[1,34]" line the location already gives. */
  private static String parserMessage(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int words = message.indexOf("Message: ");
    return (words >= 0 ? message.substring(words + "Message: ".length()) : message).strip();
  }

  private static NetworkFormatException error(XMLStreamReader r, String source, String path, String message) {
    Location l = r.getLocation();
    return new NetworkFormatException(new InputLocation(source, Math.max(0, l.getLineNumber()),
        Math.max(0, l.getColumnNumber()), path), message);
  }

  /** A whole-number attribute; 0 if absent and optional. */
  private static long number(XMLStreamReader r, String source, String attribute, boolean required) {
    String text = r.getAttributeValue(null, attribute);
    if (text == null) {
      if (required) {
        throw error(r, source, "row/@" + attribute, "row has no " + attribute);
      }
      return 0;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw error(r, source, "row/@" + attribute, attribute + " must be a whole number but was '" + text + "'");
    }
  }

  private static Instant date(XMLStreamReader r, String source, String attribute) {
    String text = r.getAttributeValue(null, attribute);
    if (text == null) {
      throw error(r, source, "row/@" + attribute, "row has no " + attribute);
    }
    try {
      return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw error(r, source, "row/@" + attribute,
          attribute + " must be a date like 2014-01-21T20:26:05.383 but was '" + text + "'");
    }
  }

  /** {@code <a><b>} or {@code |a|b|} to {@code [a, b]}; lower case, blanks dropped. */
  static List<String> tags(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String[] parts = text.strip().startsWith("|") ? text.split("\\|") : text.split("[<>]");
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      String t = p.strip().toLowerCase(java.util.Locale.ROOT);
      if (!t.isEmpty() && !out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The name of the source read. */
  public String source() {
    return source;
  }

  /** The questions, in time order (then by id). */
  public List<SitePost> questions() {
    return questions;
  }

  /** The answers, in time order (then by id). */
  public List<SitePost> answers() {
    return answers;
  }

  /** How many rows were of other post types (tag wikis, placeholders, …). */
  public int otherPosts() {
    return otherPosts;
  }

  /** How many answers answer a question that is not in the file. */
  public int orphanAnswers() {
    return orphanAnswers;
  }

  /** How many questions name an accepted answer that is not in the file. */
  public int missingAcceptedAnswers() {
    return missingAcceptedAnswers;
  }

  /** {@code StackExchangePosts[Posts.xml: 663 questions, 1572 answers, 119 other posts]}. */
  @Override
  public String toString() {
    return "StackExchangePosts[" + source + ": " + questions.size() + " questions, " + answers.size()
        + " answers, " + otherPosts + " other posts]";
  }
}
