package org.blendnet.core.match.groups;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;

/**
 * Learning groups: splits a population into groups of a size range so that members share interests
 * inside their group while no group is one department — the social learning groups of about 17 people
 * from the design's seeds.
 *
 * <pre>{@code
 * GroupPlan plan = LearningGroups.form(network, signedUp, GroupOptions.sizes(15, 20).withTargetSize(17).withSeed(7));
 * plan.groups().get(0).explanation();
 * // 17 members; share negotiation (9), pricing (6), …; from Acme / Sales 4, Acme / Finance 3, …; 41 shared topic pairs
 * }</pre>
 *
 * <h2>Objective and constraints</h2>
 * A member's topics are their interests and their expertise together. The plan maximises
 * <pre>
 *   shared topic pairs = Σ_groups Σ_topics C(c_{g,t}, 2)       (c_{g,t}: members of group g holding topic t)
 * </pre>
 * — the number of (pair of group members, topic both hold) triples, i.e. Σ over pairs in a group of the
 * topics they share — subject to hard constraints: every member in exactly one group; every group within
 * [minSize, maxSize]; no more than {@link GroupOptions#maxSameUnit()} members of one unit in a group.
 *
 * <h2>How</h2>
 * <ol>
 *   <li>The number of groups g: the one in [⌈n / maxSize⌉, ⌊n / minSize⌋] whose even split is closest to
 *       the target size; raised (within that range) if the largest unit needs more groups to respect the
 *       cap.
 *   <li>A seeded, unit-balanced deal (each unit spread as evenly as any split can) gives a feasible start.
 *   <li>Local search by moves and swaps (after Kernighan &amp; Lin, 1970, doi:10.1002/j.1538-7305.1970.tb01770.x),
 *       each step feasible and strictly improving, until a pass changes nothing or
 *       {@link GroupOptions#maxPasses()} passes. The problem is NP-hard (it contains graph partitioning), so
 *       the result is a local optimum, not a proven optimum; {@link GroupPlan#dealtObjective()} shows what the
 *       search gained.
 * </ol>
 *
 * <p><b>Complexity.</b> O(n log n + e) to prepare, for e topic entries; a pass O(n · (m · g + S · maxSize · m))
 * for m topics a member and S = 3 swap groups; memory O(n + e + T · g) ints for T topics held by two or more
 * members (a hash map of O(e) entries instead when T · g exceeds 2^24, slower by the cost of a hash look-up
 * per count). A pass is thus O(n² · m / size): 10,000 members with 5 topics each in groups of 17 take about
 * 0.2 s of CPU a pass, 4 s for the default 20 passes ({@code benchmarks/README.md}); populations of 100,000
 * take minutes and are not what this planner is for.
 *
 * <p><b>Determinism.</b> The population is taken in member-id order whatever the collection's order, and
 * every random choice comes from {@link GroupOptions#seed()}: same population, network and options, same plan.
 *
 * <p><b>Consent.</b> The population is the members who chose to join; they are all placed. Explanations name
 * topics and units, never members, so no one is shown to others as a recommendation.
 *
 * @implNote Thread-safe: stateless; each call works on its own data.
 * @since 0.1
 */
public final class LearningGroups {

  private LearningGroups() {}

  /**
   * Forms groups of every member of {@code network}.
   *
   * @throws IllegalArgumentException if the network has no members, or its members cannot be split as asked
   */
  public static GroupPlan form(Network network, GroupOptions options) {
    Objects.requireNonNull(network, "network");
    List<MemberId> everyone = new ArrayList<>(network.members().size());
    for (Member m : network.members()) {
      everyone.add(m.id());
    }
    return form(network, everyone, options);
  }

  /**
   * Forms groups of {@code population}.
   *
   * @throws IllegalArgumentException naming the value if the population is empty, names a member twice or
   *     one the network lacks, has fewer members than {@code minSize}, cannot be split into groups of the
   *     size range, or has a unit too large for the unit cap in any number of groups the range allows
   */
  public static GroupPlan form(Network network, Collection<MemberId> population, GroupOptions options) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(options, "options");
    if (population.isEmpty()) {
      throw new IllegalArgumentException("population must not be empty");
    }
    TreeSet<MemberId> sorted = new TreeSet<>();
    for (MemberId id : population) {
      Objects.requireNonNull(id, "population must not contain null");
      if (!sorted.add(id)) {
        throw new IllegalArgumentException("population names member " + id + " more than once");
      }
    }
    List<Member> members = new ArrayList<>(sorted.size());
    for (MemberId id : sorted) {
      members.add(network.member(id).orElseThrow(() -> new IllegalArgumentException("Unknown member: " + id)));
    }
    int n = members.size();
    int fewest = (n + options.maxSize() - 1) / options.maxSize();
    int most = n / options.minSize();
    if (fewest > most) {
      throw new IllegalArgumentException("population of " + n + " members cannot be split into groups of "
          + options.minSize() + "–" + options.maxSize());
    }
    int groups = (int) Math.round((double) n / options.targetSize());
    groups = Math.max(fewest, Math.min(most, Math.max(1, groups)));
    Units units = new Units(members, options.unitDepth());
    int cap = options.maxSameUnit();
    int largest = units.largest();
    if (largest >= 0 && cap != Integer.MAX_VALUE) {
      int needed = (units.sizes[largest] + cap - 1) / cap;
      if (needed > most) {
        throw new IllegalArgumentException("maxUnitShare " + options.maxUnitShare() + " cannot be met: unit "
            + units.units.get(largest) + " has " + units.sizes[largest] + " of the " + n + " members, but at most "
            + most + " groups of " + options.minSize() + "–" + options.maxSize() + " hold at most " + cap
            + " of one unit each (" + (long) most * cap + ")");
      }
      groups = Math.max(groups, needed);
    }
    TopicTable topics = new TopicTable(members);
    PartitionSearch search = new PartitionSearch(units.unitOf, cap, groups, options.minSize(), options.maxSize(),
        new TopicAffinity(topics.topicsOf, topics.shared.size()), options.seed());
    PartitionSearch.Result result = search.run(options.maxPasses());
    return plan(members, units, result, groups, options);
  }

  private static GroupPlan plan(List<Member> members, Units units, PartitionSearch.Result result, int groups,
      GroupOptions options) {
    List<List<Integer>> byGroup = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      byGroup.add(new ArrayList<>());
    }
    for (int i = 0; i < members.size(); i++) {
      byGroup.get(result.groupOf()[i]).add(i);
    }
    // number the groups by their smallest member id, so that the numbering does not depend on the deal
    byGroup.sort(Comparator.comparing(g -> members.get(g.get(0)).id()));
    List<LearningGroup> out = new ArrayList<>(groups);
    for (List<Integer> group : byGroup) {
      List<MemberId> ids = new ArrayList<>(group.size());
      TreeMap<Topic, Integer> topicCounts = new TreeMap<>();
      Map<Integer, Integer> unitCounts = new HashMap<>();
      for (int i : group) {
        Member m = members.get(i);
        ids.add(m.id());
        for (Topic t : topicsOf(m)) {
          topicCounts.merge(t, 1, Integer::sum);
        }
        unitCounts.merge(units.unitOf[i], 1, Integer::sum);
      }
      long pairs = 0;
      List<Map.Entry<Topic, Integer>> shared = new ArrayList<>();
      for (Map.Entry<Topic, Integer> e : topicCounts.entrySet()) {
        if (e.getValue() >= 2) {
          shared.add(e);
          pairs += (long) e.getValue() * (e.getValue() - 1) / 2;
        }
      }
      shared.sort(Map.Entry.<Topic, Integer>comparingByValue().reversed()); // stable: ties stay in topic order
      Map<Topic, Integer> sharedTopics = new LinkedHashMap<>();
      for (Map.Entry<Topic, Integer> e : shared) {
        sharedTopics.put(e.getKey(), e.getValue());
      }
      List<Integer> unitIds = new ArrayList<>(unitCounts.keySet());
      unitIds.sort(Comparator.<Integer>comparingInt(u -> -unitCounts.getOrDefault(u, 0))
          .thenComparing(u -> name(units, u)));
      Map<Affiliation, Integer> unitMap = new LinkedHashMap<>();
      for (int u : unitIds) {
        unitMap.put(u < 0 ? Affiliation.none() : units.units.get(u), unitCounts.get(u));
      }
      out.add(new LearningGroup(out.size() + 1, ids, sharedTopics, unitMap, pairs));
    }
    return new GroupPlan(out, options, Math.round(result.objective()), Math.round(result.initial()),
        result.passes(), result.converged());
  }

  private static String name(Units units, int u) {
    return u < 0 ? "" : units.units.get(u).toString();
  }

  /** A member's topics: interests and expertise together, in topic order. */
  static SortedSet<Topic> topicsOf(Member m) {
    TreeSet<Topic> all = new TreeSet<>(m.interests());
    all.addAll(m.expertise().keySet());
    return all;
  }

  /** The topics held by two or more members, numbered in topic order, and each member's as sorted ids. */
  private static final class TopicTable {
    final List<Topic> shared = new ArrayList<>();
    final int[][] topicsOf;

    TopicTable(List<Member> members) {
      TreeMap<Topic, Integer> holders = new TreeMap<>();
      for (Member m : members) {
        for (Topic t : topicsOf(m)) {
          holders.merge(t, 1, Integer::sum);
        }
      }
      Map<Topic, Integer> ids = new HashMap<>();
      for (Map.Entry<Topic, Integer> e : holders.entrySet()) {
        if (e.getValue() >= 2) {
          ids.put(e.getKey(), shared.size());
          shared.add(e.getKey());
        }
      }
      topicsOf = new int[members.size()][];
      for (int i = 0; i < members.size(); i++) {
        SortedSet<Topic> mine = topicsOf(members.get(i));
        int[] t = new int[mine.size()];
        int k = 0;
        for (Topic topic : mine) {
          Integer id = ids.get(topic);
          if (id != null) {
            t[k++] = id;
          }
        }
        topicsOf[i] = java.util.Arrays.copyOf(t, k);
      }
    }
  }
}
