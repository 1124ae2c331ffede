package org.blendnet.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.blendnet.core.MemberId;
import org.blendnet.core.ProgressListener;
import org.blendnet.core.io.InputLocation;
import org.blendnet.core.io.NetworkFormatException;
import org.jspecify.annotations.Nullable;

/**
 * Reads plain edge lists ({@code u v [w]}) straight into primitive arrays, and builds graphs from int
 * arrays. Bytes are tokenised by hand (no line strings, no {@code split}); integer ids are hashed as
 * {@code long}s in an open-addressing table, other ids through their text.
 */
final class EdgeListReader {

  private static final int BUFFER = 1 << 16;
  private static final int MAX_TOKEN = 256;
  private static final long REPORT_EVERY_BYTES = 1L << 24;
  private static final double[] POW10 = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

  private final InputStream in;
  private final String source;
  private final long totalBytes;
  private final ProgressListener progress;

  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private long consumed;
  private long nextReport = REPORT_EVERY_BYTES;

  private final byte[] token = new byte[MAX_TOKEN];
  private int tokenLength;

  /** Provisional node numbers, by first appearance. */
  private final LongIntTable numericIds = new LongIntTable();
  private final Map<String, Integer> textIds = new HashMap<>();
  private long[] numericValue = new long[1024];
  private @Nullable String[] textValue = new String[1024];
  private int nodes;

  private int[] sources = new int[1024];
  private int[] targets = new int[1024];
  private float[] weights = new float[1024];
  private int edges;

  private EdgeListReader(InputStream in, String source, long totalBytes, ProgressListener progress) {
    this.in = in;
    this.source = source;
    this.totalBytes = totalBytes;
    this.progress = progress;
  }

  static SocialGraph read(InputStream in, String source, long totalBytes, ProgressListener progress)
      throws IOException {
    return new EdgeListReader(in, source, totalBytes, progress).read();
  }

  // ---- reading ------------------------------------------------------------------------------------

  private SocialGraph read() throws IOException {
    long line = 0;
    int[] columnOf = new int[3];
    while (true) {
      int c = peek();
      if (c < 0) {
        break;
      }
      line++;
      int column = 1;
      int columns = 0;
      int u = -1;
      int v = -1;
      float w = 1f;
      // one line
      while (true) {
        c = peek();
        if (c < 0 || c == '\n') {
          if (c == '\n') {
            position++;
          }
          break;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
          position++;
          column++;
          continue;
        }
        if (c == '#' || c == '%') {
          skipLine();
          break;
        }
        int tokenColumn = column;
        column += readToken();
        if (columns == 3) {
          throw error(line, tokenColumn, "expected 'u v' or 'u v w' but the line has more than 3 columns");
        }
        columnOf[columns] = tokenColumn;
        if (columns < 2) {
          int node = node(line, tokenColumn);
          if (columns == 0) {
            u = node;
          } else {
            v = node;
          }
        } else {
          w = weight(line, tokenColumn);
        }
        columns++;
      }
      if (columns == 0) {
        continue;
      }
      if (columns == 1) {
        throw error(line, columnOf[0], "expected 'u v' or 'u v w' but the line has 1 column");
      }
      if (u == v) {
        throw error(line, columnOf[1], "self-loop: node " + idText(u) + " is tied to itself");
      }
      addEdge(u, v, w);
      if (consumed + position >= nextReport) {
        progress.progress("reading edge list", consumed + position, totalBytes);
        nextReport += REPORT_EVERY_BYTES;
      }
    }
    progress.progress("reading edge list", consumed, totalBytes < 0 ? consumed : totalBytes);
    return finish();
  }

  private int peek() throws IOException {
    if (position == limit) {
      consumed += limit;
      position = 0;
      limit = Math.max(0, in.read(buffer, 0, BUFFER));
      if (limit == 0) {
        return -1;
      }
    }
    return buffer[position];
  }

  private void skipLine() throws IOException {
    int c;
    while ((c = peek()) >= 0) {
      position++;
      if (c == '\n') {
        return;
      }
    }
  }

  /** Reads one token into {@link #token}; returns its length. */
  private int readToken() throws IOException {
    tokenLength = 0;
    int c;
    while ((c = peek()) >= 0 && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
      if (tokenLength < MAX_TOKEN) {
        token[tokenLength] = (byte) c;
      }
      tokenLength++;
      position++;
    }
    return tokenLength;
  }

  /** The provisional node of the current token. */
  private int node(long line, int column) {
    if (tokenLength > MAX_TOKEN) {
      throw error(line, column, "id is longer than " + MAX_TOKEN + " bytes");
    }
    long value = canonicalInteger();
    if (value != Long.MIN_VALUE) {
      int node = numericIds.get(value);
      if (node < 0) {
        node = newNode();
        numericIds.put(value, node);
        numericValue[node] = value;
      }
      return node;
    }
    String text = new String(token, 0, tokenLength, StandardCharsets.UTF_8);
    Integer known = textIds.get(text);
    if (known != null) {
      return known;
    }
    try {
      MemberId.of(text);
    } catch (IllegalArgumentException e) {
      throw error(line, column, "invalid id: " + e.getMessage());
    }
    int node = newNode();
    textIds.put(text, node);
    numericValue[node] = Long.MIN_VALUE;
    textValue[node] = text;
    return node;
  }

  private int newNode() {
    if (nodes == numericValue.length) {
      int size = grow(nodes);
      numericValue = Arrays.copyOf(numericValue, size);
      textValue = Arrays.copyOf(textValue, size);
    }
    return nodes++;
  }

  /**
   * The token as a long if it is a canonical decimal integer (no sign but '-', no leading zeros, at most
   * 18 digits), else {@code Long.MIN_VALUE}. Canonical integers read back as the same text.
   */
  private long canonicalInteger() {
    int i = 0;
    boolean negative = token[0] == '-';
    if (negative) {
      i = 1;
    }
    int digits = tokenLength - i;
    if (digits < 1 || digits > 18 || (token[i] == '0' && (digits > 1 || negative))) {
      return Long.MIN_VALUE;
    }
    long value = 0;
    for (; i < tokenLength; i++) {
      int d = token[i] - '0';
      if (d < 0 || d > 9) {
        return Long.MIN_VALUE;
      }
      value = value * 10 + d;
    }
    return negative ? -value : value;
  }

  /** The current token as a positive finite weight. */
  private float weight(long line, int column) {
    double w = tokenLength <= MAX_TOKEN ? simpleDecimal() : Double.NaN;
    if (Double.isNaN(w)) {
      String text = new String(token, 0, Math.min(tokenLength, MAX_TOKEN), StandardCharsets.US_ASCII);
      try {
        w = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw error(line, column, "weight '" + text + "' is not a number");
      }
    }
    float f = (float) w;
    if (!(f > 0) || Float.isInfinite(f)) {
      throw error(line, column, "weight must be a positive number a float can hold but was " + w);
    }
    return f;
  }

  /**
   * Parses {@code digits[.digits]} exactly (one correctly rounded division) when the digits fit in 53
   * bits; NaN for anything else, which then goes to {@link Double#parseDouble}.
   */
  private double simpleDecimal() {
    long mantissa = 0;
    int scale = -1;
    int digits = 0;
    for (int i = 0; i < tokenLength; i++) {
      int c = token[i];
      if (c == '.' && scale < 0) {
        scale = 0;
        continue;
      }
      int d = c - '0';
      if (d < 0 || d > 9 || ++digits > 15) {
        return Double.NaN;
      }
      mantissa = mantissa * 10 + d;
      if (scale >= 0) {
        scale++;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    return scale <= 0 ? mantissa : mantissa / POW10[scale];
  }

  private void addEdge(int u, int v, float w) {
    if (edges == sources.length) {
      if (edges >= Csr.MAX_HALF_EDGES / 2) {
        throw new IllegalArgumentException("an edge list holds at most " + Csr.MAX_HALF_EDGES / 2 + " lines");
      }
      int size = grow(edges);
      sources = Arrays.copyOf(sources, size);
      targets = Arrays.copyOf(targets, size);
      weights = Arrays.copyOf(weights, size);
    }
    sources[edges] = u;
    targets[edges] = v;
    weights[edges] = w;
    edges++;
  }

  private static int grow(int size) {
    return (int) Math.min(Csr.MAX_HALF_EDGES, size + (size >> 1) + 16L);
  }

  private String idText(int node) {
    return numericValue[node] != Long.MIN_VALUE ? Long.toString(numericValue[node])
        : Objects.requireNonNull(textValue[node]);
  }

  private NetworkFormatException error(long line, int column, String message) {
    return new NetworkFormatException(new InputLocation(source, line, column, ""), message);
  }

  // ---- from provisional to final nodes --------------------------------------------------------------

  private SocialGraph finish() {
    progress.progress("assembling graph", 0, 1);
    // integers by value, then text ids in id order
    int numeric = 0;
    for (int i = 0; i < nodes; i++) {
      if (numericValue[i] != Long.MIN_VALUE) {
        numeric++;
      }
    }
    int[] numericNodes = new int[numeric];
    int[] textNodes = new int[nodes - numeric];
    int a = 0;
    int b = 0;
    for (int i = 0; i < nodes; i++) {
      if (numericValue[i] != Long.MIN_VALUE) {
        numericNodes[a++] = i;
      } else {
        textNodes[b++] = i;
      }
    }
    int[] numericSorted = sortByValue(numericNodes);
    int[] textSorted = sortByText(textNodes);
    int[] finalOf = new int[nodes];
    MemberId[] ids = new MemberId[nodes];
    int next = 0;
    for (int p : numericSorted) {
      finalOf[p] = next;
      ids[next++] = MemberId.of(Long.toString(numericValue[p]));
    }
    for (int p : textSorted) {
      finalOf[p] = next;
      ids[next++] = MemberId.of(Objects.requireNonNull(textValue[p]));
    }
    for (int e = 0; e < edges; e++) {
      sources[e] = finalOf[sources[e]];
      targets[e] = finalOf[targets[e]];
    }
    SocialGraph graph = assemble(new IdIndex(ids), sources, targets, weights, edges);
    progress.progress("assembling graph", 1, 1);
    return graph;
  }

  /** Sorts provisional nodes by their integer id (a primitive merge sort: ids may be any long). */
  private int[] sortByValue(int[] provisional) {
    mergeSort(provisional, new int[provisional.length], 0, provisional.length);
    return provisional;
  }

  private void mergeSort(int[] a, int[] tmp, int from, int to) {
    if (to - from < 32) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        long key = numericValue[x];
        int j = i - 1;
        while (j >= from && numericValue[a[j]] > key) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid);
    mergeSort(a, tmp, mid, to);
    if (numericValue[a[mid - 1]] <= numericValue[a[mid]]) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && numericValue[tmp[i]] <= numericValue[tmp[j]])) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  private int[] sortByText(int[] provisional) {
    String[] texts = new String[provisional.length];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = Objects.requireNonNull(textValue[provisional[i]]);
    }
    Arrays.sort(texts);
    int[] sorted = new int[texts.length];
    for (int i = 0; i < texts.length; i++) {
      sorted[i] = Objects.requireNonNull(textIds.get(texts[i]));
    }
    return sorted;
  }

  // ---- arrays to graph ------------------------------------------------------------------------------

  static SocialGraph fromArrays(int nodeCount, int[] sources, int[] targets, double @Nullable [] weights) {
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(targets, "targets");
    if (nodeCount < 0) {
      throw new IllegalArgumentException("nodeCount must be >= 0 but was " + nodeCount);
    }
    if (sources.length != targets.length || (weights != null && weights.length != sources.length)) {
      throw new IllegalArgumentException("sources, targets and weights must have the same length but have "
          + sources.length + ", " + targets.length + (weights == null ? "" : ", " + weights.length));
    }
    if (sources.length > Csr.MAX_HALF_EDGES / 2) {
      throw new IllegalArgumentException("a graph holds at most " + Csr.MAX_HALF_EDGES / 2 + " ties but "
          + sources.length + " were given");
    }
    float[] w = new float[sources.length];
    for (int i = 0; i < sources.length; i++) {
      int u = sources[i];
      int v = targets[i];
      if (u < 0 || u >= nodeCount || v < 0 || v >= nodeCount) {
        throw new IllegalArgumentException("tie " + i + " joins " + u + " and " + v + " but nodes must be in [0, "
            + nodeCount + ")");
      }
      if (u == v) {
        throw new IllegalArgumentException("tie " + i + " is a self-loop on node " + u);
      }
      float f = weights == null ? 1f : (float) weights[i];
      if (!(f > 0) || Float.isInfinite(f)) {
        throw new IllegalArgumentException("weights[" + i + "] must be a positive number a float can hold but was "
            + (weights == null ? f : weights[i]));
      }
      w[i] = f;
    }
    MemberId[] ids = new MemberId[nodeCount];
    for (int i = 0; i < nodeCount; i++) {
      ids[i] = MemberId.of(Integer.toString(i));
    }
    return assemble(new IdIndex(ids), sources.clone(), targets.clone(), w, sources.length);
  }

  /**
   * Merges parallel edges (summing weights) and builds the graph. Edges are bucketed by lower node; each
   * bucket of {@code (higher node << 32 | float bits)} longs is sorted, so equal pairs are adjacent.
   * Overwrites {@code us} and {@code vs}.
   */
  static SocialGraph assemble(IdIndex ids, int[] us, int[] vs, float[] ws, int count) {
    int n = ids.size();
    int[] start = new int[n + 1];
    for (int e = 0; e < count; e++) {
      start[Math.min(us[e], vs[e]) + 1]++;
    }
    for (int u = 0; u < n; u++) {
      start[u + 1] += start[u];
    }
    long[] records = new long[count];
    int[] fill = Arrays.copyOf(start, n);
    for (int e = 0; e < count; e++) {
      int low = Math.min(us[e], vs[e]);
      int high = Math.max(us[e], vs[e]);
      records[fill[low]++] = (long) high << 32 | Float.floatToRawIntBits(ws[e]);
    }
    int[] lowStart = new int[n + 1];
    int ties = 0;
    for (int u = 0; u < n; u++) {
      Arrays.sort(records, start[u], start[u + 1]);
      long previous = -1;
      for (int i = start[u]; i < start[u + 1]; i++) {
        long high = records[i] >>> 32;
        if (high != previous) {
          ties++;
          previous = high;
        }
      }
      lowStart[u + 1] = ties;
    }
    int[] partner = new int[ties];
    float[] weight = new float[ties];
    int t = -1;
    for (int u = 0; u < n; u++) {
      long previous = -1;
      double sum = 0;
      for (int i = start[u]; i < start[u + 1]; i++) {
        long high = records[i] >>> 32;
        float w = Float.intBitsToFloat((int) records[i]);
        if (high != previous) {
          if (t >= 0 && previous >= 0) {
            weight[t] = checked(sum, ids, u, (int) previous);
          }
          t++;
          partner[t] = (int) high;
          previous = high;
          sum = 0;
        }
        sum += w;
      }
      if (previous >= 0) {
        weight[t] = checked(sum, ids, u, (int) previous);
      }
    }
    return new SocialGraph(ids, Csr.assemble(n, lowStart, partner, weight, null, null), false, null, null, null);
  }

  private static float checked(double sum, IdIndex ids, int u, int v) {
    float f = (float) sum;
    if (Float.isInfinite(f)) {
      throw new IllegalArgumentException("the tie between " + ids.id(u) + " and " + ids.id(v)
          + " weighs more than a float holds (" + sum + ")");
    }
    return f;
  }

  /** An open-addressing map from long to non-negative int; no boxing. */
  private static final class LongIntTable {
    private long[] keys = new long[1024];
    private int[] values = new int[1024]; // value + 1; 0 = empty
    private int size;

    int get(long key) {
      int mask = keys.length - 1;
      int slot = hash(key) & mask;
      int v;
      while ((v = values[slot]) != 0) {
        if (keys[slot] == key) {
          return v - 1;
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }

    void put(long key, int value) {
      if (2 * (size + 1) > keys.length) {
        rehash();
      }
      int mask = keys.length - 1;
      int slot = hash(key) & mask;
      while (values[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = value + 1;
      size++;
    }

    private void rehash() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldValues.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldValues[i] != 0) {
          int slot = hash(oldKeys[i]) & mask;
          while (values[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[i];
          values[slot] = oldValues[i];
        }
      }
    }

    private static int hash(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }
}
