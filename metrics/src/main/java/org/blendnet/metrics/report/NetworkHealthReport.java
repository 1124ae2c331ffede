package org.blendnet.metrics.report;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.blendnet.core.Network;
import org.blendnet.core.ProgressListener;
import org.blendnet.core.TimeWindow;

/**
 * The health of a network in one call: engagement, give and take, blended ties, silos, knowledge at risk and
 * network shape, computed for a window of time and rendered as JSON (stable field names, documented in
 * {@code docs/health-report.md}), as Markdown, and as one self-contained HTML page with SVG charts — activity
 * over time, a cohort retention heat-map, a give/take scatter, blendedness bars, the unit × unit silo matrix — that
 * opens in any browser without scripts or network access. Every figure carries its definition.
 *
 * <pre>{@code
 * NetworkHealthReport report = NetworkHealthReport.of(network);
 * Files.writeString(Path.of("health.html"), report.toHtml());
 * report.number("engagement", "active_share");    // OptionalDouble[0.76]
 * NetworkHealthReport weekly = NetworkHealthReport.of(network,
 *     ReportOptions.builder().period(Period.ofWeeks(1)).topN(5).build());
 * }</pre>
 *
 * <p><b>Sections</b>, in this order and with these JSON keys: {@code network} (what is covered),
 * {@code engagement} ({@link org.blendnet.metrics.engagement.Engagement}, with cohort retention, participation by
 * unit or by an attribute chosen in the options, and {@link org.blendnet.metrics.engagement.GroupSizes community
 * sizes}), {@code reciprocity} (package
 * {@link org.blendnet.metrics.reciprocity}), {@code blendedness} ({@link org.blendnet.metrics.blended.Blendedness}
 * and {@link org.blendnet.metrics.blended.EventCatalysis}), {@code silos}
 * ({@link org.blendnet.metrics.silo.SiloIndices} and the graph module's silo report by declared unit),
 * {@code knowledge_at_risk} ({@link org.blendnet.metrics.expertise.KnowledgeAtRisk}) and {@code shape}
 * ({@link org.blendnet.graph.shape.ShapeAnalysis}). Each measure is the one
 * its class defines, and cites its paper there.
 *
 * <p><b>Privacy.</b> Members are shown by id unless {@link ReportOptions#names()} is set, and then by name only
 * if they consented to be recommended to others. Groups smaller than the silo options' privacy floor are never
 * named — units, and the groups of the participation table — and communities are counted, never named. An erased member ({@link Network#erase}) is not in the network and so appears nowhere. All text from
 * the data is escaped for its output: a name cannot inject markup into the HTML or the Markdown.
 *
 * <p><b>Determinism.</b> The same network and options give byte-identical JSON, Markdown and HTML on every
 * run and JDK: nothing depends on hash order, the clock or the platform's line separator or locale.
 *
 * <p><b>Complexity.</b> The sum of the measures': about O(r log r + m log m) for r records and m members,
 * plus the social graph's construction and the shape analysis's betweenness — O(n · m) exactly up to
 * {@link org.blendnet.graph.shape.ShapeOptions#exactUpTo()} members, sampled above. Rendering is linear in
 * the report's size.
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class NetworkHealthReport {

  private static final List<Function<ReportContext, Section>> SECTIONS = List.of(
      NetworkSection::build,
      EngagementSection::build,
      ReciprocitySection::build,
      BlendednessSection::build,
      SiloSection::build,
      KnowledgeSection::build,
      ShapeSection::build);

  private static final String SECTIONS_STAGE = "health report sections";

  private final ReportOptions options;
  private final TimeWindow window;
  private final List<Section> sections;

  private NetworkHealthReport(ReportOptions options, TimeWindow window, List<Section> sections) {
    this.options = options;
    this.window = window;
    this.sections = List.copyOf(sections);
  }

  /** The report of {@code network} with {@link ReportOptions#defaults()}. */
  public static NetworkHealthReport of(Network network) {
    return of(network, ReportOptions.defaults());
  }

  /**
   * The report of {@code network} with {@code options}.
   *
   * @throws IllegalArgumentException if the options' window holds more than
   *     {@link TimeWindow#MAX_WINDOWS} periods
   */
  public static NetworkHealthReport of(Network network, ReportOptions options) {
    return of(network, options, ProgressListener.NONE);
  }

  /**
   * The report of {@code network} with {@code options}, telling {@code progress} how far it has got: the
   * social graph's construction, then one step per section (stage {@code "health report sections"}), and
   * within the shape section the betweenness runs.
   *
   * @throws IllegalArgumentException if the options' window holds more than
   *     {@link TimeWindow#MAX_WINDOWS} periods
   */
  public static NetworkHealthReport of(Network network, ReportOptions options, ProgressListener progress) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    ReportContext context = new ReportContext(network, options, progress);
    List<Section> sections = new ArrayList<>();
    for (Function<ReportContext, Section> section : SECTIONS) {
      progress.progress(SECTIONS_STAGE, sections.size(), SECTIONS.size());
      sections.add(section.apply(context));
    }
    progress.progress(SECTIONS_STAGE, sections.size(), SECTIONS.size());
    return new NetworkHealthReport(options, context.window, sections);
  }

  /** The options the report was made with. */
  public ReportOptions options() {
    return options;
  }

  /** The window of time the report covers. */
  public TimeWindow window() {
    return window;
  }

  /** The JSON keys of the sections, in order. */
  public List<String> sections() {
    return sections.stream().map(Section::key).toList();
  }

  /**
   * A numeric figure: {@code number("engagement", "active_share")}. Empty when the figure is undefined (JSON
   * {@code null}), for instance a time to first answer when nothing was answered.
   *
   * @throws IllegalArgumentException if the report has no such section or figure, or the figure is not a number
   */
  public OptionalDouble number(String section, String field) {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(field, "field");
    Figure f = section(section).figure(field)
        .orElseThrow(() -> new IllegalArgumentException("Unknown field: " + section + "." + field));
    Object v = f.value();
    if (v == null) {
      return OptionalDouble.empty();
    }
    if (!(v instanceof Number n)) {
      throw new IllegalArgumentException(section + "." + field + " is not a number but " + v);
    }
    return OptionalDouble.of(n.doubleValue());
  }

  /** The section with this key; package-private for the tests. */
  Section section(String key) {
    for (Section s : sections) {
      if (s.key().equals(key)) {
        return s;
      }
    }
    throw new IllegalArgumentException("Unknown section: " + key + " (sections: " + sections() + ")");
  }

  /** The report as JSON, UTF-8 (see {@code docs/health-report.md} for the fields). */
  public String toJson() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeJson(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the report as JSON, UTF-8, to {@code out}, which stays open.
   *
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void writeJson(OutputStream out) {
    JsonRenderer.write(sections, options, Objects.requireNonNull(out, "out"));
  }

  /** The report as Markdown: figures and tables with their definitions (the charts are in the HTML). */
  public String toMarkdown() {
    return MarkdownRenderer.render(sections, window, options);
  }

  /** The report as one self-contained HTML page (well-formed XHTML syntax) with inline SVG charts. */
  public String toHtml() {
    return HtmlRenderer.render(sections, window, options);
  }

  /** {@code NetworkHealthReport[window=[…), sections=[network, engagement, …], members=61, active share=0.770, …]}. */
  @Override
  public String toString() {
    return "NetworkHealthReport[window=" + window + ", sections=" + sections() + ", members="
        + show("network", "members") + ", active share=" + show("engagement", "active_share") + ", help-flow r="
        + show("reciprocity", "help_flow_r") + ", silos=" + show("silos", "silo_count") + ", shape="
        + section("shape").figure("shape").map(Figure::value).orElse("—") + "]";
  }

  private String show(String section, String field) {
    Figure f = section(section).figure(field).orElseThrow();
    return Values.show(f.kind(), f.value());
  }
}
