package org.blendnet.core.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.blendnet.core.Network;
import org.blendnet.core.Section;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes a {@link Network} in the versioned JSON format {@value #FORMAT}, described field by
 * field in {@code docs/format.md}.
 *
 * <pre>{@code
 * Network network = NetworkJson.read(Path.of("network.json"));
 * NetworkJson.write(network, Path.of("copy.json"));
 * String json = NetworkJson.toJson(network);            // for JShell and tests
 * Network big = NetworkJson.reader()
 *     .limits(JsonLimits.defaults().withMaxDocumentLength(4L << 30))
 *     .read(Path.of("huge.json"));
 * }</pre>
 *
 * <p><b>Reading</b> streams: each record is built as soon as it has been read, so a file of a million
 * touchpoints needs memory for the network, not for a tree of the document. Reading either returns a
 * complete, valid network or throws a {@link NetworkFormatException}: the first syntax, type or value
 * error stops reading (its {@link InputLocation} gives the line, column and JSON pointer), while the rule
 * violations found by {@link Network.Builder#build()} are all reported together, each at its record. The
 * input must be well-formed UTF-8 (a byte order mark is skipped; overlong encodings, encoded surrogates
 * and cut-off characters are errors at their line and column) and is checked against {@link JsonLimits}
 * ({@link JsonLimits#defaults()} unless a {@link #reader()} says otherwise). O(n) time in the size of the
 * document; memory O(records).
 *
 * <p><b>Writing</b> streams too, and is deterministic: records in network order, keys in a fixed order,
 * sets and maps sorted, numbers and instants formatted the same on every JDK — the same network gives the
 * same bytes on every run. One record per line, no other white space.
 *
 * <p>I/O failures are wrapped in {@link UncheckedIOException}. Streams passed in are never closed; files
 * opened here always are.
 *
 * @implNote Thread-safe: the class holds no mutable state; every call uses its own parser or generator.
 * @since 0.1
 */
public final class NetworkJson {

  /** The format this class writes, and the only one it reads: {@value}. */
  public static final String FORMAT = "blendnet/1";

  /** The source name of input read from a stream. */
  static final String STREAM_SOURCE = "<stream>";
  /** The source name of input read from a string. */
  static final String STRING_SOURCE = "<string>";

  private static final Logger LOG = LoggerFactory.getLogger(NetworkJson.class);
  private static final Reader DEFAULT_READER = new Reader(JsonLimits.defaults());

  private NetworkJson() {}

  /**
   * Reads a network from a file.
   *
   * @throws NetworkFormatException if the file is not a valid {@value #FORMAT} network
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Network read(Path path) {
    return DEFAULT_READER.read(path);
  }

  /**
   * Reads a network from a stream to its end, without closing it; the source name in errors is
   * {@code <stream>}.
   *
   * @throws NetworkFormatException if the stream does not hold a valid {@value #FORMAT} network
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Network read(InputStream in) {
    return DEFAULT_READER.read(in);
  }

  /**
   * Reads a network from JSON text; the source name in errors is {@code <string>}, and columns count
   * the bytes of the text's UTF-8 encoding, as for files.
   *
   * @throws NetworkFormatException if the text is not a valid {@value #FORMAT} network
   */
  public static Network fromJson(String json) {
    return DEFAULT_READER.fromJson(json);
  }

  /**
   * Writes a network to a file, replacing it if it exists. If writing fails, the file's content is
   * unspecified.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Network network, Path path) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(path, "path");
    try (OutputStream out = Files.newOutputStream(path)) {
      write(network, out, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a network to a stream, in UTF-8, and flushes it; the stream is not closed.
   *
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void write(Network network, OutputStream out) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(out, "out");
    write(network, out, STREAM_SOURCE);
  }

  /** The network as a {@value #FORMAT} document (one record per line, ending with a line break). */
  public static String toJson(Network network) {
    Objects.requireNonNull(network, "network");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(network, bytes, STRING_SOURCE);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** A reader with the default {@link JsonLimits}, to configure. */
  public static Reader reader() {
    return DEFAULT_READER;
  }

  private static void write(Network network, OutputStream out, String target) {
    try (JsonGenerator g = JsonSettings.WRITE_FACTORY.createGenerator(JsonSettings.WRITE_CONTEXT, out,
        JsonEncoding.UTF8)) {
      new JsonNetworkWriter(g).write(network);
      g.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException("could not write " + target + ": " + e.getCause().getMessage(), e.getCause());
    }
    LOG.debug("wrote {} to {}", network, target);
  }

  /**
   * Reads {@value NetworkJson#FORMAT} documents under chosen {@link JsonLimits}.
   *
   * <pre>{@code
   * NetworkJson.Reader reader = NetworkJson.reader().limits(JsonLimits.defaults().withMaxStringLength(1_000_000));
   * Network network = reader.read(Path.of("network.json"));
   * }</pre>
   *
   * @implNote Thread-safe: immutable; one reader may read many documents at once.
   * @since 0.1
   */
  public static final class Reader {

    private final JsonLimits limits;
    private final JsonFactory factory;

    private Reader(JsonLimits limits) {
      this.limits = limits;
      this.factory = JsonSettings.readFactory(limits);
    }

    /** The limits this reader enforces. */
    public JsonLimits limits() {
      return limits;
    }

    /** A reader like this one that enforces {@code limits} instead. */
    public Reader limits(JsonLimits limits) {
      Objects.requireNonNull(limits, "limits");
      return limits.equals(this.limits) ? this : new Reader(limits);
    }

    /**
     * Reads a network from a file; the source name in errors is the path as given.
     *
     * @throws NetworkFormatException if the file is not a valid {@value NetworkJson#FORMAT} network
     * @throws UncheckedIOException if the file cannot be read
     */
    public Network read(Path path) {
      Objects.requireNonNull(path, "path");
      String source = path.toString();
      try (InputStream in = Files.newInputStream(path)) {
        return read(in, source);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + source + ": " + e.getMessage(), e);
      }
    }

    /**
     * Reads a network from a stream to its end, without closing it; the source name in errors is
     * {@code <stream>}.
     *
     * @throws NetworkFormatException if the stream does not hold a valid {@value NetworkJson#FORMAT} network
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Network read(InputStream in) {
      return read(in, STREAM_SOURCE);
    }

    /**
     * Reads a network from a stream to its end, without closing it, naming it {@code source} in errors
     * (an upload's file name, a URL).
     *
     * @throws NetworkFormatException if the stream does not hold a valid {@value NetworkJson#FORMAT} network
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Network read(InputStream in, String source) {
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(source, "source");
      InputStream body;
      try {
        body = new StrictUtf8InputStream(skipByteOrderMark(in), false);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + source + ": " + e.getMessage(), e);
      }
      try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), body)) {
        JsonNetworkReader reader = new JsonNetworkReader(parser, source, limits);
        Network network = reader.read();
        if (LOG.isDebugEnabled()) {
          LOG.debug("read {} from {} ({} records)", network, source, records(reader));
        }
        return network;
      } catch (JacksonIOException e) {
        if (e.getCause() instanceof MalformedUtf8Exception utf8) {
          throw utf8.toFormatException(source, "");
        }
        throw new UncheckedIOException("could not read " + source + ": " + e.getCause().getMessage(), e.getCause());
      }
    }

    /**
     * Reads a network from JSON text; the source name in errors is {@code <string>}, and columns count
     * the bytes of the text's UTF-8 encoding, as for files.
     *
     * @throws NetworkFormatException if the text is not a valid {@value NetworkJson#FORMAT} network
     */
    public Network fromJson(String json) {
      Objects.requireNonNull(json, "json");
      return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), STRING_SOURCE);
    }

    /** {@code NetworkJson.Reader[limits=JsonLimits[…]]}. */
    @Override
    public String toString() {
      return "NetworkJson.Reader[limits=" + limits + "]";
    }

    private static long records(JsonNetworkReader reader) {
      long n = 0;
      for (Section s : Section.values()) {
        n += reader.records(s);
      }
      return n;
    }
  }

  /** {@code in}, less a leading UTF-8 byte order mark (RFC 8259 section 8.1 lets parsers ignore one). */
  static InputStream skipByteOrderMark(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 3);
    byte[] head = new byte[3];
    int n = 0;
    while (n < head.length) {
      int r = pushback.read(head, n, head.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    boolean bom = n == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
    if (!bom) {
      pushback.unread(head, 0, n);
    }
    return pushback;
  }
}
