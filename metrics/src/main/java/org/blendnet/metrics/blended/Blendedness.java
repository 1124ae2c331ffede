package org.blendnet.metrics.blended;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Channel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.silo.SiloOptions;
import org.blendnet.metrics.internal.Format;
import org.blendnet.metrics.internal.Units;

/**
 * How blended a network's ties are: the {@link TieMix} — online only, face to face only, blended, and for
 * blended ties which channel came first — of the whole network, of each member's ties and of each declared
 * unit's ties.
 *
 * <pre>{@code
 * Blendedness b = Blendedness.of(SocialGraph.of(network));
 * b.network().blendedShare();             // 0.25
 * b.network().offlineFirstShare();        // 0.80: most blended ties began face to face
 * b.member(MemberId.of("ana"));           // ana's ties
 * b.units();                              // per unit, at depth 2, units of 5 or more members
 * }</pre>
 *
 * <p><b>Ties</b> are those of the {@link SocialGraph}, so its {@link org.blendnet.graph.TieModel} decides what
 * counts as contact (by default one-way contact does not, and sharing an event does, on the event's
 * channel). A tie is blended when it carries weight on both layers; {@link SocialGraph#firstChannel(int)}
 * says which came first. The distinction follows the media-multiplexity view that ties maintained through
 * more channels are stronger (C. Haythornthwaite, "Social networks and Internet connectivity effects",
 * Information, Communication &amp; Society 8(2) (2005) 125–147, doi:10.1080/13691180500146185).
 *
 * <p><b>Per member</b>: the member's own ties. <b>Per unit</b>: members are grouped by their affiliation
 * cut to a depth (default {@link SiloOptions#DEFAULT_UNIT_DEPTH}), as in the graph module's silo report, and
 * a unit's ties are those with at least one end in it, each counted once. Units smaller than the privacy
 * floor (default {@link SiloOptions#DEFAULT_PRIVACY_FLOOR}) are not listed — their members are counted in
 * {@link #unreportedMembers()} — so that no small group can be singled out. Units are listed in path order.
 *
 * <p><b>Totals.</b> The network's mix counts every tie once; the members' mixes add up to twice it (every
 * tie has two ends). O(n log n + m) for n members and m ties; O(n) memory besides the graph.
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class Blendedness {

  private final TieMix network;
  private final List<MemberMix> members;
  private final List<UnitMix> units;
  private final int unitDepth;
  private final int unreportedMembers;
  private final Map<MemberId, Integer> positions;

  private Blendedness(TieMix network, List<MemberMix> members, List<UnitMix> units, int unitDepth,
      int unreportedMembers) {
    this.network = network;
    this.members = List.copyOf(members);
    this.units = List.copyOf(units);
    this.unitDepth = unitDepth;
    this.unreportedMembers = unreportedMembers;
    Map<MemberId, Integer> p = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      p.put(members.get(i).member(), i);
    }
    this.positions = p;
  }

  /**
   * The blendedness of a graph with units at depth {@value SiloOptions#DEFAULT_UNIT_DEPTH} and a privacy floor
   * of {@value SiloOptions#DEFAULT_PRIVACY_FLOOR}.
   *
   * @throws IllegalArgumentException if the graph has no channel layers or was not made from a network
   */
  public static Blendedness of(SocialGraph graph) {
    return of(graph, SiloOptions.DEFAULT_UNIT_DEPTH, SiloOptions.DEFAULT_PRIVACY_FLOOR);
  }

  /**
   * The blendedness of a graph, with units cut to {@code unitDepth} segments and listed from
   * {@code privacyFloor} members.
   *
   * @throws IllegalArgumentException if the graph has no channel layers or was not made from a network, or
   *     {@code unitDepth < 1} or {@code privacyFloor < 1}
   */
  public static Blendedness of(SocialGraph graph, int unitDepth, int privacyFloor) {
    Objects.requireNonNull(graph, "graph");
    if (unitDepth < 1) {
      throw new IllegalArgumentException("unitDepth must be >= 1 but was " + unitDepth);
    }
    if (privacyFloor < 1) {
      throw new IllegalArgumentException("privacyFloor must be >= 1 but was " + privacyFloor);
    }
    if (!graph.hasChannels()) {
      throw new IllegalArgumentException(
          "blendedness needs a graph with channel layers, but this one was read from an edge list or arrays");
    }
    Network source = graph.network().orElseThrow(() -> new IllegalArgumentException(
        "blendedness needs a graph made from a network, but this one has none"));
    int n = graph.nodeCount();
    // units, numbered in path order
    Affiliation[] unitOf = new Affiliation[n];
    Map<Affiliation, Integer> sizes = new HashMap<>();
    for (int v = 0; v < n; v++) {
      MemberId id = graph.member(v);
      Member m = source.member(id).orElseThrow(() -> new IllegalStateException(
          "member " + id + " of the graph is not in its network"));
      unitOf[v] = m.affiliation().truncate(unitDepth);
      sizes.merge(unitOf[v], 1, Integer::sum);
    }
    List<Affiliation> listed = new ArrayList<>();
    int unreported = 0;
    for (Map.Entry<Affiliation, Integer> e : sizes.entrySet()) {
      if (e.getValue() >= privacyFloor) {
        listed.add(e.getKey());
      } else {
        unreported += e.getValue();
      }
    }
    listed.sort(Units.PATH_ORDER);
    Map<Affiliation, Integer> unitIndex = new HashMap<>();
    for (int u = 0; u < listed.size(); u++) {
      unitIndex.put(listed.get(u), u);
    }
    int[] unitNumber = new int[n];
    for (int v = 0; v < n; v++) {
      unitNumber[v] = unitIndex.getOrDefault(unitOf[v], -1);
    }
    long[][] unitCounts = new long[listed.size()][KINDS];
    long[] total = new long[KINDS];
    List<MemberMix> memberMixes = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      long[] mine = new long[KINDS];
      int uv = unitNumber[v];
      for (int e = graph.edgeStart(v), end = graph.edgeEnd(v); e < end; e++) {
        int kind = kind(graph, e);
        mine[kind]++;
        int w = graph.target(e);
        if (w > v) {
          total[kind]++;
        }
        int uw = unitNumber[w];
        // a unit counts a tie once: from its lower end when both ends are inside it
        if (uv >= 0 && (uw != uv || w > v)) {
          unitCounts[uv][kind]++;
        }
      }
      memberMixes.add(new MemberMix(graph.member(v), mix(mine)));
    }
    List<UnitMix> unitMixes = new ArrayList<>(listed.size());
    for (int u = 0; u < listed.size(); u++) {
      unitMixes.add(new UnitMix(listed.get(u), sizes.get(listed.get(u)), mix(unitCounts[u])));
    }
    return new Blendedness(mix(total), memberMixes, unitMixes, unitDepth, unreported);
  }

  private static final int KINDS = 4;
  private static final int ONLINE_ONLY = 0;
  private static final int OFFLINE_ONLY = 1;
  private static final int OFFLINE_FIRST = 2;
  private static final int ONLINE_FIRST = 3;

  private static int kind(SocialGraph graph, int e) {
    if (graph.isBlended(e)) {
      return graph.firstChannel(e) == Channel.ONLINE ? ONLINE_FIRST : OFFLINE_FIRST;
    }
    return graph.onlineWeight(e) > 0 ? ONLINE_ONLY : OFFLINE_ONLY;
  }

  private static TieMix mix(long[] c) {
    return new TieMix(c[ONLINE_ONLY], c[OFFLINE_ONLY], c[OFFLINE_FIRST] + c[ONLINE_FIRST], c[OFFLINE_FIRST],
        c[ONLINE_FIRST]);
  }


  /** The mix of all ties, each counted once. */
  public TieMix network() {
    return network;
  }

  /** Every member's mix, in the graph's node order (member-id order). */
  public List<MemberMix> members() {
    return members;
  }

  /**
   * The mix of one member's ties.
   *
   * @throws IllegalArgumentException if the graph has no such member
   */
  public TieMix member(MemberId member) {
    Integer p = positions.get(Objects.requireNonNull(member, "member"));
    if (p == null) {
      throw new IllegalArgumentException("Unknown member: " + member);
    }
    return members.get(p).mix();
  }

  /** The units of at least the privacy floor's size, in path order. */
  public List<UnitMix> units() {
    return units;
  }

  /** The listed unit whose path is {@code unit}'s cut to the unit depth; empty if it is not listed. */
  public Optional<UnitMix> unit(Affiliation unit) {
    Affiliation cut = Objects.requireNonNull(unit, "unit").truncate(unitDepth);
    for (UnitMix u : units) {
      if (u.unit().equals(cut)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /** The depth units are cut to. */
  public int unitDepth() {
    return unitDepth;
  }

  /** How many members are in units below the privacy floor (not listed). */
  public int unreportedMembers() {
    return unreportedMembers;
  }

  /**
   * {@code Blendedness[40 ties: online only 0.250, …; members=34, units=[Acme / Sales: 12 members, 18 ties: …],
   * unreported=3]}.
   */
  @Override
  public String toString() {
    return "Blendedness[" + network + "; members=" + members.size() + ", units=" + Format.capped(units)
        + (unreportedMembers > 0 ? ", unreported=" + unreportedMembers : "") + "]";
  }

  /**
   * One member's ties.
   *
   * @implNote Thread-safe: immutable.
   * @param member the member
   * @param mix their ties' mix
   * @since 0.1
   */
  public record MemberMix(MemberId member, TieMix mix) {

    /** Creates an entry. */
    public MemberMix {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(mix, "mix");
    }

    /** {@code ana: 4 ties: online only 0.250, …}. */
    @Override
    public String toString() {
      return member + ": " + mix;
    }
  }

  /**
   * One unit's ties: those with at least one end in the unit, each counted once.
   *
   * @implNote Thread-safe: immutable.
   * @param unit the unit, cut to the unit depth
   * @param members how many members it has
   * @param mix its ties' mix
   * @since 0.1
   */
  public record UnitMix(Affiliation unit, int members, TieMix mix) {

    /**
     * Creates an entry.
     *
     * @throws IllegalArgumentException if {@code members < 1}
     */
    public UnitMix {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(mix, "mix");
      if (members < 1) {
        throw new IllegalArgumentException("members must be >= 1 but was " + members);
      }
    }

    /** {@code Acme / Sales: 12 members, 18 ties: online only 0.250, …}. */
    @Override
    public String toString() {
      return unit + ": " + members + " members, " + mix;
    }
  }
}
