package org.blendnet.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Passes bytes through and checks on the way that they are well-formed UTF-8 as RFC 3629 (and Unicode's
 * table 3-7) define it: no stray continuation byte, no overlong encoding ({@code C0 AF} for {@code /},
 * {@code C0 80} for NUL), no encoded surrogate ({@code ED A0 80}), nothing above U+10FFFF, no character cut
 * off by the end of the input. Jackson's byte parser accepts some overlong encodings, and a reader that
 * documents "the input is UTF-8" must not.
 *
 * <p>It counts lines (LF, CRLF or CR) and columns as it goes, so that a {@link MalformedUtf8Exception}
 * says where the malformed character starts: columns count bytes (as Jackson's JSON parser does) or
 * UTF-16 characters (as the CSV parser does). The bytes before a malformed character are passed on, and
 * the exception is thrown by the next read, so that a parser reading the stream fails inside the value
 * that holds the bad byte; the start of a character cut by the end of a block is held back until the rest
 * arrives, so that a parser reading blocks of four bytes or more sees whole characters — unless a block
 * holds nothing but the start of a character, which is passed on (the next read then completes it, or
 * throws if the input ends). O(1) per byte.
 *
 * <p>Not thread-safe: one per read.
 */
final class StrictUtf8InputStream extends FilterInputStream {

  private final boolean columnsInChars;
  private long line = 1;
  private long column = 1;
  private boolean afterCr;

  /** Continuation bytes still needed by the character being read; 0 between characters. */
  private int needed;
  /** The range the next continuation byte must lie in (narrower after E0, ED, F0, F4). */
  private int low = 0x80;
  private int high = 0xBF;
  private int lead;
  private long leadLine;
  private long leadColumn;

  private @Nullable MalformedUtf8Exception pending;

  /** How many bytes of a leading byte order mark have been seen (0 to 3); -1 once there can be none. */
  private int bomBytes;

  /** The start of a character held back at the end of the last block (at most three bytes). */
  private final byte[] carry = new byte[3];
  private int carried;

  /**
   * Wraps a stream.
   *
   * @param columnsInChars true to count columns in UTF-16 characters, false to count bytes
   */
  StrictUtf8InputStream(InputStream in, boolean columnsInChars) {
    super(in);
    this.columnsInChars = columnsInChars;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    MalformedUtf8Exception failure = pending;
    if (failure != null) {
      throw failure;
    }
    if (len <= 0) {
      return 0;
    }
    // first the start of a character held back by the last read
    int held = Math.min(carried, len);
    System.arraycopy(carry, 0, b, off, held);
    if (held < carried) {
      System.arraycopy(carry, held, carry, 0, carried - held);
      carried -= held;
      return held;
    }
    carried = 0;
    int n = held < len ? in.read(b, off + held, len - held) : 0;
    if (n < 0) {
      if (needed > 0) {
        pending = new MalformedUtf8Exception(leadLine, leadColumn,
            "the input ends inside a character (after byte " + hex(lead) + ")");
        throw pending;
      }
      return held > 0 ? held : -1;
    }
    int end = off + held + n;
    // where the character being read starts in this block; off if it started in an earlier one
    int start = off;
    for (int i = off + held; i < end; i++) {
      int c = b[i];
      if (c > '\r' && needed == 0 && bomBytes < 0) {
        // the common case: an ASCII byte other than a line break, outside a character, is one column
        column++;
        afterCr = false;
        continue;
      }
      if (needed == 0) {
        start = i;
      }
      String problem = accept(c & 0xFF);
      if (problem != null) {
        pending = new MalformedUtf8Exception(leadLine, leadColumn, problem);
        // pass on the bytes before the malformed character; the next read throws
        if (start > off) {
          return start - off;
        }
        throw pending;
      }
    }
    if (needed > 0 && start > off) {
      // hold back the start of a character cut by the end of the block, so that the reader of this
      // stream sees whole characters only, and a character cut off by the end of the input never
      carried = end - start;
      System.arraycopy(b, start, carry, 0, carried);
      return start - off;
    }
    return end - off;
  }

  /** Feeds one byte to the decoder; a description of the problem if it breaks the encoding, else null. */
  private @Nullable String accept(int c) {
    if (bomBytes >= 0) {
      trackByteOrderMark(c);
    }
    if (needed == 0) {
      leadLine = line;
      leadColumn = column;
      lead = c;
      if (c < 0x80) {
        advance(c);
        return null;
      }
      afterCr = false;
      if (c < 0xC2 || c > 0xF4) {
        return c < 0xC0 ? "byte " + hex(c) + " is a continuation byte without a character to continue"
            : "byte " + hex(c) + (c < 0xC2 ? " starts an overlong encoding" : " never appears in UTF-8");
      }
      low = 0x80;
      high = 0xBF;
      if (c < 0xE0) {
        needed = 1;
      } else if (c < 0xF0) {
        needed = 2;
        if (c == 0xE0) {
          low = 0xA0;
        } else if (c == 0xED) {
          high = 0x9F;
        }
      } else {
        needed = 3;
        if (c == 0xF0) {
          low = 0x90;
        } else if (c == 0xF4) {
          high = 0x8F;
        }
      }
      column += columnsInChars && c >= 0xF0 ? 2 : 1;
      return null;
    }
    if (c < low || c > high) {
      String problem;
      if (c < 0x80 || c > 0xBF) {
        problem = "byte " + hex(c) + " where a continuation byte was expected";
      } else if (lead == 0xE0 || lead == 0xF0) {
        problem = "an overlong encoding";
      } else if (lead == 0xED) {
        problem = "an encoded surrogate";
      } else {
        problem = "a code point above U+10FFFF";
      }
      needed = 0;
      return "the character starting with byte " + hex(lead) + " is malformed: " + problem;
    }
    low = 0x80;
    high = 0xBF;
    needed--;
    if (!columnsInChars) {
      column++;
    }
    return null;
  }

  /**
   * A byte order mark at the start is not text: parsers skip it, so its column is taken back once it is
   * complete, and columns on the first line count as the parser's do.
   */
  private void trackByteOrderMark(int c) {
    int expected = bomBytes == 0 ? 0xEF : bomBytes == 1 ? 0xBB : 0xBF;
    if (c != expected) {
      bomBytes = -1;
      return;
    }
    bomBytes++;
    if (bomBytes == 3) {
      // taken back before this last byte counts: by the lead byte (characters), or the two bytes so far
      // and the one that the caller is about to count (bytes)
      column -= columnsInChars ? 1 : 3;
      bomBytes = -1;
    }
  }

  /** Moves the position past an ASCII byte. */
  private void advance(int c) {
    if (c == '\n') {
      if (!afterCr) {
        line++;
      }
      column = 1;
    } else if (c == '\r') {
      line++;
      column = 1;
    } else {
      column++;
    }
    afterCr = c == '\r';
  }

  private static String hex(int c) {
    return String.format(Locale.ROOT, "0x%02X", c);
  }

  @Override
  public long skip(long n) throws IOException {
    // skipping would bypass the check; read instead
    byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // not supported
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }
}
