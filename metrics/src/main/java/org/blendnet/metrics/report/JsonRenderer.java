package org.blendnet.metrics.report;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.core.util.Separators.Spacing;
import org.jspecify.annotations.Nullable;

/**
 * Writes a report as JSON with Jackson's streaming generator: UTF-8, two-space indentation and {@code \n}
 * line ends on every platform, keys in a fixed order, doubles written by Jackson's own shortest-digits writer
 * (the same text on every JDK), undefined values as {@code null}. Same report, same bytes.
 *
 * @implNote Thread-safe: the factory is immutable; each call makes its own generator and printer.
 */
final class JsonRenderer {

  /** The report's {@code "report"} field. */
  static final String FORMAT = "blendnet-network-health";
  /** The report's {@code "schema_version"}: raised when a field changes meaning or disappears. */
  static final int SCHEMA_VERSION = 1;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
      .enable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
      .enable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)
      .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
      .build();

  private static final ObjectWriteContext CONTEXT = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter(Separators.createDefaultInstance().withObjectNameValueSpacing(Spacing.AFTER))
          .withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private JsonRenderer() {}

  static void write(List<Section> sections, ReportOptions options, OutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(CONTEXT, out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringProperty("report", FORMAT);
      g.writeNumberProperty("schema_version", SCHEMA_VERSION);
      g.writeName("options");
      g.writeStartObject();
      g.writeStringProperty("period", options.period().toString());
      g.writeStringProperty("zone", options.zone().getId());
      g.writeNumberProperty("top_n", options.topN());
      g.writeNumberProperty("max_groups", options.maxGroups());
      g.writeNumberProperty("max_points", options.maxPoints());
      g.writeNumberProperty("max_cohorts", options.maxCohorts());
      g.writeName("participation_attribute");
      value(g, options.participationAttribute().orElse(null));
      g.writeBooleanProperty("names", options.names());
      g.writeNumberProperty("privacy_floor", options.siloOptions().privacyFloor());
      g.writeEndObject();
      g.writeName("sections");
      g.writeStartObject();
      for (Section s : sections) {
        g.writeName(s.key());
        g.writeStartObject();
        for (Figure f : s.figures()) {
          g.writeName(f.key());
          value(g, f.value());
        }
        for (Table t : s.tables()) {
          g.writeName(t.key());
          g.writeStartArray();
          for (List<Object> row : t.rows()) {
            g.writeStartObject();
            for (int c = 0; c < row.size(); c++) {
              g.writeName(t.columns().get(c).key());
              value(g, row.get(c));
            }
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeNumberProperty(t.key() + "_omitted", t.omitted());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    } catch (JacksonIOException e) {
      java.io.IOException cause = e.getCause();
      throw cause == null ? new UncheckedIOException("could not write the report", new java.io.IOException(e))
          : new UncheckedIOException("could not write the report: " + cause.getMessage(), cause);
    }
  }

  private static void value(JsonGenerator g, @Nullable Object v) {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Long n) {
      g.writeNumber(n);
    } else if (v instanceof Double d) {
      if (Double.isFinite(d)) {
        g.writeNumber(d);
      } else {
        g.writeNull();
      }
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        value(g, o);
      }
      g.writeEndArray();
    } else {
      g.writeString(v.toString());
    }
  }
}
