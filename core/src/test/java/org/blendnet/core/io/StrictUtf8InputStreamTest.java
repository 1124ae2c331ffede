package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The UTF-8 check against the JDK's strict decoder: the same verdict on every input, the same bytes
 * passed on whatever the read sizes, and the malformed character's line and column as counted by hand.
 */
class StrictUtf8InputStreamTest {

  /** Bytes near the edges of UTF-8: lead bytes, continuation bytes at their range ends, line breaks. */
  private static final int[] BYTES = {
      'a', 'z', ' ', '\n', '\r', 0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
      0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0xBB};

  /** Mostly well-formed text with a few bytes from {@link #BYTES}, sometimes after a byte order mark. */
  private static Gen<byte[]> inputs() {
    Gen<Integer> pieces = integers().between(0, 99);
    return lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 40).zip(pieces, (codes, bom) -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (bom < 15) {
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      for (int r : codes) {
        int kind = r % 10;
        int x = r / 10;
        if (kind < 7) {
          // a well-formed character from one of the four lengths, or a line break
          int[] starts = {0x20, 0x80, 0x800, 0xE000, 0x10000};
          int[] spans = {0x5F, 0x780, 0xD000 - 0x800, 0x2000, 0x100000};
          int band = x % 6;
          if (band == 5) {
            out.writeBytes((x % 3 == 0 ? "\r\n" : x % 3 == 1 ? "\n" : "\r").getBytes(StandardCharsets.UTF_8));
          } else {
            int cp = starts[band] + (x / 6) % spans[band];
            out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
          }
        } else {
          out.write(BYTES[x % BYTES.length]);
        }
      }
      return out.toByteArray();
    });
  }

  /** Where the JDK's decoder finds the first malformed sequence, or -1 if it decodes all. */
  private static int firstMalformed(byte[] input) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(input);
    CharBuffer out = CharBuffer.allocate(2 * input.length + 4);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      return in.position();
    }
    r = decoder.flush(out);
    return in.hasRemaining() ? in.position() : -1;
  }

  /** What a reader of the stream gets, reading {@code sizes} bytes at a time (cycling), and the failure. */
  private record Read(byte[] bytes, MalformedUtf8Exception failure) {}

  private static Read readAll(byte[] input, List<Integer> sizes, boolean chars) throws IOException {
    StrictUtf8InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(input), chars);
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buffer = new byte[16];
    for (int i = 0; ; i++) {
      int size = sizes.isEmpty() ? 8 : sizes.get(i % sizes.size());
      int n;
      try {
        n = size == 0 ? readOne(in) : in.read(buffer, 3, size);
      } catch (MalformedUtf8Exception e) {
        return new Read(got.toByteArray(), e);
      }
      if (n < 0) {
        return new Read(got.toByteArray(), null);
      }
      if (size == 0) {
        got.write(n);
      } else {
        got.write(buffer, 3, n);
      }
    }
  }

  /** One byte by {@code read()}, for read size 0. */
  private static int readOne(StrictUtf8InputStream in) throws IOException {
    return in.read();
  }

  /** Line and column (from 1) of the end of {@code prefix}: LF, CR and CRLF break lines; a leading BOM is not counted. */
  private static long[] position(byte[] prefix, boolean chars) {
    String text = new String(prefix, StandardCharsets.UTF_8);
    boolean bom = text.startsWith("\uFEFF");
    long line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r'))) {
        line++;
      }
      if (c == '\r' || c == '\n') {
        lineStart = i + 1;
      }
    }
    String last = text.substring(lineStart);
    if (bom && lineStart == 0) {
      last = last.substring(1);
    }
    long column = 1 + (chars ? last.length() : last.getBytes(StandardCharsets.UTF_8).length);
    return new long[] {line, column};
  }

  @Test
  void should_agree_with_the_jdk_decoder_and_locate_the_first_malformed_character() {
    qt(3_000).forAll(inputs(), lists().of(integers().between(0, 9)).ofSizeBetween(0, 6), integers().between(0, 1))
        .checkAssert((input, sizes, mode) -> {
          boolean chars = mode == 1;
          Read read;
          try {
            read = readAll(input, sizes, chars);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          int bad = firstMalformed(input);
          if (bad < 0) {
            assertThat(read.failure()).isNull();
            assertThat(read.bytes()).containsExactly(input);
          } else {
            assertThat(read.failure()).as("malformed at byte %d", bad).isNotNull();
            byte[] before = java.util.Arrays.copyOf(input, bad);
            // everything before the malformed character is passed on; none of it, unless a read returned
            // nothing but the start of a character (reads shorter than a character, or a character cut
            // off by the end of the input), which the stream passes on before it can see its end
            if (sizes.stream().allMatch(size -> size >= 4) && !read.failure().getMessage().contains("ends inside")) {
              assertThat(read.bytes()).containsExactly(before);
            } else {
              assertThat(read.bytes().length).isBetween(bad, Math.min(input.length, bad + 3));
              assertThat(read.bytes()).containsExactly(java.util.Arrays.copyOf(input, read.bytes().length));
            }
            long[] at = position(before, chars);
            assertThat(read.failure().line()).isEqualTo(at[0]);
            assertThat(read.failure().column()).isEqualTo(at[1]);
          }
        });
  }

  @Test
  void should_name_each_kind_of_malformed_character() throws IOException {
    assertThat(failure("ab\u0080")).hasMessageContaining("byte 0x80 is a continuation byte without a character");
    assertThat(failure("\u00C0\u00AF")).hasMessageContaining("byte 0xC0 starts an overlong encoding");
    assertThat(failure("\u00F5")).hasMessageContaining("byte 0xF5 never appears in UTF-8");
    assertThat(failure("\u00E0\u0080\u0080")).hasMessageContaining("starting with byte 0xE0 is malformed: an overlong encoding");
    assertThat(failure("\u00F0\u0080\u0080\u0080")).hasMessageContaining("0xF0 is malformed: an overlong encoding");
    assertThat(failure("\u00ED\u00A0\u0080")).hasMessageContaining("0xED is malformed: an encoded surrogate");
    assertThat(failure("\u00F4\u0090\u0080\u0080")).hasMessageContaining("0xF4 is malformed: a code point above U+10FFFF");
    assertThat(failure("\u00C3a")).hasMessageContaining("byte 0x61 where a continuation byte was expected");
    assertThat(failure("x\u00E2\u0082")).hasMessageContaining("the input ends inside a character (after byte 0xE2)");
  }

  /** The failure reading {@code latin1}'s characters as bytes. */
  private static MalformedUtf8Exception failure(String latin1) throws IOException {
    Read read = readAll(latin1.getBytes(StandardCharsets.ISO_8859_1), List.of(), false);
    assertThat(read.failure()).isNotNull();
    return read.failure();
  }

  @Test
  void should_skip_by_reading_so_that_skipped_bytes_are_checked_too() throws IOException {
    byte[] ok = "héllo wörld".getBytes(StandardCharsets.UTF_8);
    StrictUtf8InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(ok), false);
    assertThat(in.skip(0)).isZero();
    assertThat(in.skip(-5)).isZero();
    assertThat(in.skip(3)).isEqualTo(3);
    assertThat(in.read()).isEqualTo('l');
    assertThat(in.skip(100)).isEqualTo(ok.length - 4);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.markSupported()).isFalse();
    assertThatThrownBy(in::reset).isInstanceOf(IOException.class);
    byte[] bad = {'a', 'b', (byte) 0xC0, (byte) 0xAF};
    StrictUtf8InputStream broken = new StrictUtf8InputStream(new ByteArrayInputStream(bad), false);
    assertThatThrownBy(() -> broken.skip(10)).isInstanceOf(MalformedUtf8Exception.class);
    assertThat(new StrictUtf8InputStream(new ByteArrayInputStream(ok), true).read(new byte[4], 0, 0)).isZero();
  }
}
