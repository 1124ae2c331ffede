package org.blendnet.examples.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.io.NetworkJson;

/**
 * The CS-Aarhus multiplex: 61 employees of a university computer-science department, tied on Facebook
 * (online) and over lunch, in leisure time, at work and as co-authors (face to face) — the same people on
 * both channels, which makes it the natural first blended network.
 *
 * <p>Magnani M., Micenkova B., Rossi L., "Combinatorial Analysis of Multiple Networks",
 * arXiv:1303.4986 (2013). The raw files and their provenance ({@code SOURCE.md}) ship beside the JSON
 * under {@code datasets/cs-aarhus/}.
 *
 * <p>How the raw files become a {@link Network} ({@link #fromRawFiles()}):
 * <ul>
 *   <li>each actor ({@code U1}…{@code U142}) is a member with that id and name (the data is anonymous);
 *       affiliation Aarhus University / Computer Science / research group; time zone Europe/Copenhagen; the two members listed in two
 *       groups ({@code G2/G3}, {@code G2/G6}) sit in the first, with the full value kept in the
 *       {@code research_groups} attribute; {@code NA} groups stop at the department; the role (PhD,
 *       Postdoc, …) is the {@code role} attribute;
 *   <li>each undirected edge of each layer is one touchpoint without a direction: facebook →
 *       {@link Medium#SOCIAL_MEDIA}, lunch → {@link Medium#MEAL}, leisure → {@link Medium#LEISURE}, work →
 *       {@link Medium#WORKING_TOGETHER}, coauthor → {@link Medium#CO_AUTHORING}; id
 *       {@code <layer>-<a>-<b>};
 *   <li>the data has no times: every touchpoint carries {@link #OBSERVED}, so channel precedence cannot
 *       be read from it.
 * </ul>
 *
 * @implNote Thread-safe: stateless.
 * @since 0.1
 */
public final class CsAarhus {

  /** The instant every touchpoint carries (the data set has no times; the paper is from 2013). */
  public static final Instant OBSERVED = Instant.parse("2013-01-01T00:00:00Z");

  /** The department's time zone, every member's. */
  public static final ZoneId AARHUS = ZoneId.of("Europe/Copenhagen");

  /** The class-path folder of the bundled files. */
  public static final String RESOURCE_FOLDER = "/datasets/cs-aarhus/";

  /** The bundled network, in the Blendnet JSON format. */
  public static final String JSON = RESOURCE_FOLDER + "cs-aarhus.json";

  private static final Map<String, Medium> LAYERS = Map.of(
      "lunch", Medium.MEAL,
      "facebook", Medium.SOCIAL_MEDIA,
      "coauthor", Medium.CO_AUTHORING,
      "leisure", Medium.LEISURE,
      "work", Medium.WORKING_TOGETHER);

  private CsAarhus() {}

  /** The bundled network, read from its JSON file. */
  public static Network load() {
    try (InputStream in = open(JSON)) {
      return NetworkJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The network converted afresh from the bundled raw files, as described in the class comment. */
  public static Network fromRawFiles() {
    Map<String, String> labels = table("CS-Aarhus_nodes.txt", 2, true).stream()
        .collect(LinkedHashMap::new, (m, row) -> m.put(row[0], row[1]), Map::putAll);
    Map<String, String> layerNames = new HashMap<>();
    for (String[] row : table("CS-Aarhus_layers.txt", 2, true)) {
      layerNames.put(row[0], row[1]);
    }
    Network.Builder network = Network.builder();
    for (String line : lines("aucs_nodelist.txt")) {
      String[] f = line.split(",", -1);
      if (f.length != 3) {
        throw new IllegalStateException("aucs_nodelist.txt: expected actor,group,role but got: " + line);
      }
      String groups = f[1];
      Affiliation affiliation = groups.equals("NA")
          ? Affiliation.of("Aarhus University", "Computer Science")
          : Affiliation.of("Aarhus University", "Computer Science", groups.substring(0, groups.contains("/") ? groups.indexOf('/') : groups.length()));
      Member.Builder member = Member.builder(MemberId.of(f[0])).affiliation(affiliation).timeZone(AARHUS);
      if (groups.contains("/")) {
        member.attribute("research_groups", groups);
      }
      if (!f[2].equals("NA")) {
        member.attribute("role", f[2]);
      }
      network.member(member.build());
    }
    List<Touchpoint> touchpoints = new ArrayList<>();
    for (String[] row : table("CS-Aarhus_multiplex.edges", 4, false)) {
      String layer = layerNames.get(row[0]);
      Medium medium = LAYERS.get(layer);
      String a = labels.get(row[1]);
      String b = labels.get(row[2]);
      if (medium == null || a == null || b == null) {
        throw new IllegalStateException("CS-Aarhus_multiplex.edges: unknown layer or node in " + String.join(" ", row));
      }
      touchpoints.add(Touchpoint.between(TouchpointId.of(layer + "-" + a + "-" + b), OBSERVED, medium,
          MemberId.of(a), MemberId.of(b)));
    }
    return network.touchpoints(touchpoints).build();
  }

  /**
   * Converts the raw files and writes the JSON the demo ships: {@code java … CsAarhus <out.json>}.
   *
   * @param args the output file
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: CsAarhus <output.json>");
      System.exit(2);
    }
    Network network = fromRawFiles();
    NetworkJson.write(network, Path.of(args[0]));
    System.out.println("wrote " + network + " to " + args[0]);
  }

  /** The rows of a space-separated file, its header line skipped if it has one. */
  private static List<String[]> table(String file, int columns, boolean header) {
    List<String> lines = lines(file);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(header ? 1 : 0, lines.size())) {
      String[] f = line.trim().split("\\s+");
      if (f.length != columns) {
        throw new IllegalStateException(file + ": expected " + columns + " fields but got: " + line);
      }
      rows.add(f);
    }
    return rows;
  }

  private static List<String> lines(String file) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(RESOURCE_FOLDER + file),
        StandardCharsets.UTF_8))) {
      return reader.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = CsAarhus.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + resource);
    }
    return in;
  }
}
