package org.blendnet.examples;

import java.io.PrintStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.blendnet.core.Channel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.match.Match;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.io.NetworkJson;
import org.blendnet.examples.datasets.CsAarhus;
import org.blendnet.examples.generate.BlendedCommunity;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.Leiden;
import org.blendnet.graph.community.Partition;
import org.blendnet.graph.silo.SiloDetector;
import org.blendnet.graph.silo.SiloGroup;
import org.blendnet.graph.silo.SiloOptions;
import org.blendnet.graph.path.ReferralPaths;
import org.blendnet.graph.silo.SiloReport;
import org.blendnet.metrics.reciprocity.GiveTakeProfile;
import org.blendnet.metrics.reciprocity.GiveTakeProfiles;
import org.blendnet.metrics.reciprocity.GivingConcentration;
import org.blendnet.metrics.reciprocity.NetworkReciprocity;
import org.blendnet.metrics.reciprocity.ReciprocityLedger;
import org.blendnet.metrics.report.NetworkHealthReport;
import org.blendnet.metrics.report.ReportOptions;

/**
 * The flagship tour, on real data: the CS-Aarhus department, whose 61 members meet over lunch, at work,
 * in their free time and on Facebook. Run it with the README's first command.
 *
 * <p>It loads the bundled network; shows how its ties split between the face-to-face and the online
 * channel (which ties are <em>blended</em>); finds communities and compares them with the research groups;
 * looks for silos — groups that mostly talk among themselves — face to face and online; shows one member's
 * touchpoints; erases a member to show that nothing naming them is left; and, since the real data has no
 * topics, questions or directed contact, shows give and take, peer recommendations and a routed question
 * on a {@linkplain BlendedCommunity generated blended community}; and writes the HTML
 * {@linkplain NetworkHealthReport health report} of the department.
 *
 * @implNote Thread-safe: stateless.
 * @since 0.1
 */
public final class FlagshipDemo {

  /** Where {@link #main} and {@link #run(PrintStream)} write the health report: the system's temporary folder. */
  public static final Path DEFAULT_REPORT = Path.of(System.getProperty("java.io.tmpdir"), "blendnet-health-report.html");

  private FlagshipDemo() {}

  /**
   * Runs the tour, printing to standard output.
   *
   * @param args where to write the health report (default {@link #DEFAULT_REPORT})
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    run(out, args.length > 0 ? Path.of(args[0]) : DEFAULT_REPORT);
    out.flush();
  }

  /** Runs the tour, printing to {@code out}. */
  public static void run(PrintStream out) {
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    run(writer);
    writer.flush();
  }

  /** Runs the tour, printing to {@code out} and writing the health report to {@link #DEFAULT_REPORT}. */
  public static void run(PrintWriter out) {
    run(out, DEFAULT_REPORT);
  }

  /** Runs the tour, printing to {@code out} and writing the HTML health report of CS-Aarhus to {@code report}. */
  public static void run(PrintWriter out, Path report) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(report, "report");
    Network network = CsAarhus.load();
    out.println("== The CS-Aarhus department (Magnani, Micenkova & Rossi 2013) ==");
    out.println(network);
    out.println();

    out.println("-- Touchpoints by medium --");
    Map<Medium, Integer> byMedium = new EnumMap<>(Medium.class);
    for (Touchpoint t : network.touchpoints()) {
      byMedium.merge(t.medium(), 1, Integer::sum);
    }
    byMedium.forEach((m, n) -> out.printf("  %-17s %-7s %4d%n", m, m.channel(), n));
    out.println();

    out.println("-- Ties by channel: who meets face to face, who only online, who both --");
    SocialGraph graph = SocialGraph.of(network);
    out.println("  " + graph);
    int[] kinds = new int[3]; // offline only, online only, blended
    for (int u = 0; u < graph.nodeCount(); u++) {
      for (int e = graph.edgeStart(u); e < graph.edgeEnd(u); e++) {
        if (graph.target(e) > u) {
          kinds[graph.isBlended(e) ? 2 : graph.onlineWeight(e) > 0 ? 1 : 0]++;
        }
      }
    }
    out.printf(Locale.ROOT, "  %d ties: %d face to face only, %d online only, %d blended (%.0f%% of all ties)%n",
        graph.tieCount(), kinds[0], kinds[1], kinds[2], 100.0 * kinds[2] / graph.tieCount());
    out.println();

    out.println("-- Communities (Leiden) against the research groups --");
    Partition communities = Leiden.withDefaults().detect(graph);
    out.println("  " + communities);
    SiloOptions byGroup = SiloOptions.builder().unitDepth(3).build();
    SiloReport silos = SiloDetector.withOptions(byGroup).unitsAndCommunities(graph, communities);
    out.println("  communities vs research groups: " + silos.alignment().orElseThrow());
    out.println();

    out.println("-- Silos: research groups that mostly talk among themselves (both channels) --");
    out.println(indent(silos.toString()));
    out.println();

    out.println("-- The same groups, face to face and online apart --");
    SiloReport offline = SiloDetector.withOptions(byGroup.toBuilder().layer(Channel.OFFLINE).build()).units(graph);
    SiloReport online = SiloDetector.withOptions(byGroup.toBuilder().layer(Channel.ONLINE).build()).units(graph);
    out.printf("  %-12s %10s %10s %14s%n", "group", "E-I offl.", "E-I onl.", "silo");
    for (SiloGroup g : offline.groups()) {
      SiloGroup o = online.group(g.name()).orElseThrow();
      String silo = g.silo() && o.silo() ? "both channels" : g.silo() ? "face to face" : o.silo() ? "online" : "";
      out.printf(Locale.ROOT, "  %-12s %10.2f %10.2f %14s%n", shortName(g), g.eiIndex(), o.eiIndex(), silo);
    }
    out.println();

    MemberId someone = MemberId.of("U4");
    out.println("-- One member: " + someone + " --");
    Member member = network.member(someone).orElseThrow();
    out.println("  " + member.affiliation() + ", " + member.attributes());
    List<String> contacts = new ArrayList<>();
    for (Touchpoint t : network.touchpointsOf(someone)) {
      contacts.add(t.medium().name().toLowerCase(Locale.ROOT) + ":" + other(t, someone));
    }
    out.println("  " + contacts.size() + " touchpoints: " + cap(contacts, 8));
    out.println();

    out.println("-- The right to erasure --");
    Network erased = network.erase(someone);
    String json = NetworkJson.toJson(erased);
    out.println("  after erase(" + someone + "): " + erased);
    out.println("  '\"" + someone + "\"' appears in the erased network's JSON: " + json.contains("\"" + someone + "\""));
    out.println("  JSON round trip gives an equal network: " + NetworkJson.fromJson(json).equals(erased));
    out.println();

    out.println("-- Give and take --");
    GiveTakeProfiles realProfiles = GiveTakeProfiles.of(network, ReciprocityLedger.of(network));
    out.println("  CS-Aarhus records who is tied, not who asked or gave: no directed contact, no questions, so "
        + realProfiles.count(GiveTakeProfile.INACTIVE) + " of " + network.members().size()
        + " members show no give or take.");
    out.println("  For that, and for matchmaking, which needs topics, a generated blended community:");
    Network community = BlendedCommunity.builder().seed(1).build().generate();
    out.println("  " + community);
    ReciprocityLedger ledger = ReciprocityLedger.of(community);
    out.println("  contact returned: " + NetworkReciprocity.of(community).contact());
    out.println("  profiles: " + GiveTakeProfiles.of(community, ledger).counts());
    out.println("  " + GivingConcentration.of(ledger));
    out.println();

    MemberId seeker = MemberId.of("m001");
    Instant asOf = Instant.parse("2026-04-06T09:00:00Z");
    Matchmaker matchmaker = Matchmaker.withCoreSignals(community);
    out.println("-- Whom should " + seeker + " meet? --");
    for (Match m : matchmaker.recommendPeers(seeker, MatchOptions.defaults().withK(3).withAsOf(asOf)).matches()) {
      out.printf(Locale.ROOT, "  %s %.3f: %s%n", m.candidate(), m.score(), String.join("; ", m.explanation()));
    }
    out.println();

    Set<Topic> topics = Set.of(Topic.of("export"));
    out.println("-- " + seeker + " asks about " + topics + ": who can answer, and through whom --");
    ReferralPaths paths = ReferralPaths.on(SocialGraph.of(community));
    for (Match m : matchmaker.routeQuestion(seeker, topics, MatchOptions.defaults().withK(3).withAsOf(asOf))
        .answerers().matches()) {
      String chain = paths.best(seeker, m.candidate())
          .map(p -> String.join(" -> ", p.members().stream().map(MemberId::value).toList()))
          .orElse("(no chain of consenting acquaintances)");
      out.printf(Locale.ROOT, "  %s %.3f: %s%n     passed on %s%n", m.candidate(), m.score(), m.explanation().get(0),
          chain);
    }
    out.println();

    out.println("-- The health report of CS-Aarhus, by research group --");
    NetworkHealthReport health = NetworkHealthReport.of(network, ReportOptions.builder().siloOptions(byGroup).build());
    try {
      Files.writeString(report, health.toHtml(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the health report to " + report + ": " + e.getMessage(), e);
    }
    out.println("  " + health);
    out.println("  written to " + report.toAbsolutePath() + " (open it in a browser)");
  }

  /** The research group's own name ({@code G2}), {@code (no group)}, or {@code (other)}. */
  private static String shortName(SiloGroup g) {
    return g.unit().map(u -> u.depth() < 3 ? "(no group)" : u.path().get(2)).orElse(g.name());
  }

  private static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }

  private static MemberId other(Touchpoint t, MemberId self) {
    return t.participants().get(0).equals(self) ? t.participants().get(1) : t.participants().get(0);
  }

  private static String cap(List<String> items, int max) {
    if (items.size() <= max) {
      return items.toString();
    }
    return items.subList(0, max) + "…(+" + (items.size() - max) + " more)";
  }
}
