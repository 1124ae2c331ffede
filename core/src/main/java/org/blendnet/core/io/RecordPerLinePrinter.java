package org.blendnet.core.io;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * The layout of {@link NetworkJson} output: each root field and each record on a line of its own, and no
 * other white space, so that files diff and grep well and an error's line number points at one record.
 *
 * <pre>
 * {
 * "format":"blendnet/1",
 * "members":[
 * {"id":"ana","name":"Ana"},
 * {"id":"bo","name":"Bo"}
 * ],
 * "events":[],
 * …
 * }
 * </pre>
 *
 * <p>Stateless (it asks the generator for the nesting depth); one instance serves every generator.
 * Thread-safe.
 */
final class RecordPerLinePrinter implements PrettyPrinter {

  static final RecordPerLinePrinter INSTANCE = new RecordPerLinePrinter();

  /** Nesting depth of the root object. */
  private static final int ROOT = 1;
  /** Nesting depth of the section arrays. */
  private static final int SECTION = 2;

  private RecordPerLinePrinter() {}

  private static int depth(JsonGenerator g) {
    return g.streamWriteContext().getNestingDepth();
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    // a document has one root value
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    if (depth(g) == ROOT) {
      g.writeRaw('\n');
    }
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(':');
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(depth(g) == ROOT ? ",\n" : ",");
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    g.writeRaw(depth(g) == ROOT && entries > 0 ? "\n}" : "}");
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    if (depth(g) == SECTION) {
      g.writeRaw('\n');
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    g.writeRaw(depth(g) == SECTION ? ",\n" : ",");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    g.writeRaw(depth(g) == SECTION && values > 0 ? "\n]" : "]");
  }
}
