package org.blendnet.core.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.Topic;

/**
 * The inverted index behind candidate generation: for each topic, the members who know it — split into
 * four tiers by level, experts first (an impact-ordered index in the sense of Anh &amp; Moffat, "Pruned
 * query evaluation using pre-computed impacts", SIGIR 2006, doi:10.1145/1148170.1148235) — and the members
 * who want to learn it. Postings are member positions, in ascending order within a tier, stored as one
 * array per kind with offsets (compressed sparse rows).
 *
 * <p>It also holds the forward index the topic signals score from: each member's expertise (topic id and
 * level) and interests (topic id), in topic order, as one block of ints per member — so that scoring a
 * candidate reads one short run of an array instead of the member's maps of topics and their names.
 *
 * <p>O(e + i) time and space to build for e expertise entries and i interests over all members, plus one
 * hash look-up per entry; a topic's postings are then found in O(1). Immutable once built.
 */
final class TopicIndex {

  /** Tiers per topic in the expertise postings. */
  static final int TIERS = 4;

  private final Map<Topic, Integer> ids;
  /** Expertise postings of topic t, tier r (0 = expert … 3 = beginner): [expertOffsets[4t + r], expertOffsets[4t + r + 1]). */
  private final int[] expertOffsets;
  private final int[] experts;
  /** Interest postings of topic t: [interestOffsets[t], interestOffsets[t + 1]). */
  private final int[] interestOffsets;
  private final int[] learners;
  private final MemberTable table;
  /** The members' profiles, each where {@link MemberTable#profileStart(int)} says (see {@link #profileStart(int)}). */
  private final int[] profiles;

  TopicIndex(MemberTable table) {
    this.table = table;
    int n = table.size();
    ids = new HashMap<>();
    // pass 1: topic ids in first-seen order, and posting counts
    int[] expertCounts = new int[64 * TIERS];
    int[] interestCounts = new int[64];
    long profileLength = 0;
    for (int i = 0; i < n; i++) {
      Member m = table.member(i);
      profileLength += profileSize(m);
      for (Map.Entry<Topic, ExpertiseLevel> e : m.expertise().entrySet()) {
        int t = idOf(e.getKey());
        if ((t + 1) * TIERS > expertCounts.length) {
          expertCounts = Arrays.copyOf(expertCounts, expertCounts.length * 2);
        }
        expertCounts[t * TIERS + tier(e.getValue())]++;
      }
      for (Topic topic : m.interests()) {
        int t = idOf(topic);
        if (t >= interestCounts.length) {
          interestCounts = Arrays.copyOf(interestCounts, interestCounts.length * 2);
        }
        interestCounts[t]++;
      }
    }
    int topics = ids.size();
    expertOffsets = prefixSums(expertCounts, topics * TIERS);
    interestOffsets = prefixSums(interestCounts, topics);
    experts = new int[expertOffsets[topics * TIERS]];
    learners = new int[interestOffsets[topics]];
    // pass 2: fill, members in ascending position within each list
    int[] expertNext = Arrays.copyOf(expertOffsets, topics * TIERS);
    int[] interestNext = Arrays.copyOf(interestOffsets, topics);
    profiles = new int[Math.toIntExact(profileLength)];
    for (int i = 0; i < n; i++) {
      Member m = table.member(i);
      int p = table.profileStart(i);
      profiles[p++] = m.capacity();
      profiles[p++] = m.expertise().size();
      profiles[p++] = m.interests().size();
      for (Map.Entry<Topic, ExpertiseLevel> e : m.expertise().entrySet()) {
        int t = Objects.requireNonNull(ids.get(e.getKey()));
        experts[expertNext[t * TIERS + tier(e.getValue())]++] = i;
        profiles[p++] = t << 2 | e.getValue().ordinal();
      }
      for (Topic topic : m.interests()) {
        int t = Objects.requireNonNull(ids.get(topic));
        learners[interestNext[t]++] = i;
        profiles[p++] = t;
      }
    }
  }

  private int idOf(Topic topic) {
    Integer id = ids.get(topic);
    if (id == null) {
      id = ids.size();
      ids.put(topic, id);
    }
    return id;
  }

  /** 0 for experts, 3 for beginners. */
  static int tier(ExpertiseLevel level) {
    return TIERS - 1 - level.ordinal();
  }

  private static int[] prefixSums(int[] counts, int length) {
    int[] offsets = new int[length + 1];
    for (int i = 0; i < length; i++) {
      offsets[i + 1] = offsets[i] + (i < counts.length ? counts[i] : 0);
    }
    return offsets;
  }

  /** The number of distinct topics. */
  int topics() {
    return ids.size();
  }

  /** The topic's id, or -1 if no member knows or wants to learn it. */
  int id(Topic topic) {
    Integer id = ids.get(topic);
    return id == null ? -1 : id;
  }

  int[] experts() {
    return experts;
  }

  int expertStart(int topic, int tier) {
    return expertOffsets[topic * TIERS + tier];
  }

  int expertEnd(int topic, int tier) {
    return expertOffsets[topic * TIERS + tier + 1];
  }

  int[] learners() {
    return learners;
  }

  int learnerStart(int topic) {
    return interestOffsets[topic];
  }

  int learnerEnd(int topic) {
    return interestOffsets[topic + 1];
  }

  /** The ints of a member's profile: capacity, two counts, and an int per expertise entry and interest. */
  static long profileSize(Member m) {
    return 3L + m.expertise().size() + m.interests().size();
  }

  /** The packed profiles (see {@link #profileStart(int)}). */
  int[] profiles() {
    return profiles;
  }

  /**
   * Where member c's profile starts. From there: the member's capacity, its number of expertise entries
   * e, its number of interests i, then e entries {@code topic << 2 | level ordinal} and i interest topic
   * ids, each run in topic order.
   */
  int profileStart(int member) {
    return table.profileStart(member);
  }

  /** The member's capacity (matches per period). */
  int capacity(int member) {
    return profiles[table.profileStart(member)];
  }

  /** The weight of a level ordinal, as {@link ExpertiseLevel#weight()} gives it. */
  static double weight(int levelOrdinal) {
    return WEIGHTS[levelOrdinal];
  }

  private static final double[] WEIGHTS = weights();

  private static double[] weights() {
    ExpertiseLevel[] levels = ExpertiseLevel.values();
    double[] w = new double[levels.length];
    for (ExpertiseLevel l : levels) {
      w[l.ordinal()] = l.weight();
    }
    return w;
  }
}
