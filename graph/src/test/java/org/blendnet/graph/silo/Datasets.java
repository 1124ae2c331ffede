package org.blendnet.graph.silo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;

/**
 * Real networks from the test resources (each folder has its SOURCE.md), turned into Blendnet networks the
 * way graph/src/test/reference/silo_reference.py reads them.
 */
final class Datasets {

  private static final Instant OBSERVED = Instant.parse("2013-01-01T00:00:00Z");

  private Datasets() {}

  /**
   * Lazega's law firm: 71 lawyers ({@code L1} … {@code L71}), affiliation Lazega / office / practice, or Lazega /
   * practice / office when {@code practiceFirst}; one face-to-face co-work touchpoint per mutual co-work
   * nomination (378 ties).
   */
  static Network lazega(boolean practiceFirst) {
    String[] office = {"", "Boston", "Hartford", "Providence"};
    String[] practice = {"", "litigation", "corporate"};
    Network.Builder b = Network.builder();
    List<String> nodes = lines("/datasets/lazega-law-firm/Lazega-Law-Firm_nodes.txt");
    for (String line : nodes.subList(1, nodes.size())) {
      String[] p = line.trim().split("\\s+");
      String o = office[Integer.parseInt(p[3])];
      String pr = practice[Integer.parseInt(p[6])];
      b.member(Member.builder(MemberId.of("L" + p[0]))
          .affiliation(practiceFirst ? Affiliation.of("Lazega", pr, o) : Affiliation.of("Lazega", o, pr)).build());
    }
    Set<Long> arcs = new HashSet<>();
    for (String line : lines("/datasets/lazega-law-firm/Lazega-Law-Firm_multiplex.edges")) {
      String[] p = line.trim().split("\\s+");
      if (p[0].equals("3")) {
        arcs.add(Long.parseLong(p[1]) << 32 | Long.parseLong(p[2]));
      }
    }
    int t = 0;
    for (int a = 1; a <= 71; a++) {
      for (int c = a + 1; c <= 71; c++) {
        if (arcs.contains((long) a << 32 | c) && arcs.contains((long) c << 32 | a)) {
          b.touchpoint(Touchpoint.builder(TouchpointId.of("cowork-" + t++)).at(OBSERVED)
              .medium(Medium.WORKING_TOGETHER).between(MemberId.of("L" + a), MemberId.of("L" + c)).build());
        }
      }
    }
    return b.build();
  }

  /**
   * CS-Aarhus: 61 employees, affiliation Aarhus University / Computer Science / research group (the first of
   * two; none for {@code NA}); one touchpoint per edge of each layer — facebook as {@link Medium#SOCIAL_MEDIA}
   * (online), lunch, co-authorship, leisure and work as face-to-face media.
   */
  static Network csAarhus() {
    Map<String, String> labels = new HashMap<>();
    List<String> nodes = lines("/datasets/cs-aarhus/CS-Aarhus_nodes.txt");
    for (String line : nodes.subList(1, nodes.size())) {
      String[] p = line.trim().split("\\s+");
      labels.put(p[0], p[1]);
    }
    Network.Builder b = Network.builder();
    for (String line : lines("/datasets/cs-aarhus/aucs_nodelist.txt")) {
      String[] p = line.trim().split(",");
      String group = p[1].split("/")[0];
      b.member(Member.builder(MemberId.of(p[0])).affiliation(group.equals("NA")
          ? Affiliation.of("Aarhus University", "Computer Science")
          : Affiliation.of("Aarhus University", "Computer Science", group)).build());
    }
    Medium[] media = {null, Medium.MEAL, Medium.SOCIAL_MEDIA, Medium.CO_AUTHORING, Medium.LEISURE,
        Medium.WORKING_TOGETHER};
    int t = 0;
    for (String line : lines("/datasets/cs-aarhus/CS-Aarhus_multiplex.edges")) {
      String[] p = line.trim().split("\\s+");
      b.touchpoint(Touchpoint.builder(TouchpointId.of("aucs-" + t++)).at(OBSERVED)
          .medium(media[Integer.parseInt(p[0])])
          .between(MemberId.of(labels.get(p[1])), MemberId.of(labels.get(p[2]))).build());
    }
    return b.build();
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Objects.requireNonNull(Datasets.class.getResourceAsStream(resource), resource);
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
