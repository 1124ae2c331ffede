package org.blendnet.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Channel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.io.NetworkJson;
import org.blendnet.examples.datasets.CsAarhus;

/**
 * The flagship tour, on real data: the CS-Aarhus department, whose 61 members meet over lunch, at work,
 * in their free time and on Facebook. Run it with the README's first command.
 *
 * <p>It loads the bundled network, shows how its ties split between the online and the face-to-face
 * channel (which ties are <em>blended</em>), how the research groups are connected, one member's
 * touchpoints, and erases a member to show that nothing naming them is left.
 *
 * @since 0.1
 */
public final class FlagshipDemo {

  private static final String NO_GROUP = "(no group)";

  private FlagshipDemo() {}

  /**
   * Runs the tour, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the tour, printing to {@code out}. */
  public static void run(PrintStream out) {
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
    Map<String, Set<Channel>> ties = new TreeMap<>();
    for (Touchpoint t : network.touchpoints()) {
      List<MemberId> p = t.participants();
      for (int i = 0; i < p.size(); i++) {
        for (int j = i + 1; j < p.size(); j++) {
          String key = p.get(i).compareTo(p.get(j)) < 0 ? p.get(i) + " " + p.get(j) : p.get(j) + " " + p.get(i);
          ties.computeIfAbsent(key, k -> EnumSet.noneOf(Channel.class)).add(t.channel());
        }
      }
    }
    long blended = ties.values().stream().filter(c -> c.size() == 2).count();
    long onlineOnly = ties.values().stream().filter(c -> c.equals(EnumSet.of(Channel.ONLINE))).count();
    long offlineOnly = ties.size() - blended - onlineOnly;
    out.printf("  %d ties: %d face to face only, %d online only, %d blended (%.0f%% of all ties)%n",
        ties.size(), offlineOnly, onlineOnly, blended, 100.0 * blended / ties.size());
    out.println();

    out.println("-- Research groups: ties inside and across --");
    Affiliation department = Affiliation.of("Aarhus University", "Computer Science");
    Map<String, int[]> groups = new TreeMap<>();
    for (Member m : network.membersIn(department)) {
      groups.computeIfAbsent(group(m), g -> new int[3])[0]++;
    }
    for (String tie : ties.keySet()) {
      String[] pair = tie.split(" ");
      String a = group(network.member(MemberId.of(pair[0])).orElseThrow());
      String b = group(network.member(MemberId.of(pair[1])).orElseThrow());
      boolean inside = a.equals(b) && !a.equals(NO_GROUP);
      groups.get(a)[inside ? 1 : 2]++;
      groups.get(b)[inside ? 1 : 2]++;
    }
    out.printf("  %-11s %7s %13s %13s%n", "group", "members", "tie ends in", "tie ends out");
    groups.forEach((g, c) -> out.printf("  %-11s %7d %13d %13d%n", g, c[0], c[1], c[2]));
    out.println();

    MemberId someone = MemberId.of("U4");
    out.println("-- One member: " + someone + " --");
    Member member = network.member(someone).orElseThrow();
    out.println("  " + member.affiliation() + ", " + member.attributes());
    List<String> contacts = new ArrayList<>();
    for (Touchpoint t : network.touchpointsOf(someone)) {
      contacts.add(t.medium().name().toLowerCase() + ":" + other(t, someone));
    }
    out.println("  " + contacts.size() + " touchpoints: " + cap(contacts, 8));
    out.println();

    out.println("-- The right to erasure --");
    Network erased = network.erase(someone);
    String json = NetworkJson.toJson(erased);
    out.println("  after erase(" + someone + "): " + erased);
    out.println("  '\"" + someone + "\"' appears in the erased network's JSON: " + json.contains("\"" + someone + "\""));
    out.println("  JSON round trip gives an equal network: " + NetworkJson.fromJson(json).equals(erased));
  }

  private static String group(Member m) {
    return m.affiliation().depth() > 2 ? m.affiliation().path().get(2) : NO_GROUP;
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
