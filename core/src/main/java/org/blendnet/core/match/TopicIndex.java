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
 * <p>It also holds what the filters and the core signals read of every candidate, as one <em>card</em> of
 * {@value #CARD} ints per member at a place computed from the member's position (no look-up first): the
 * member's packed word from the {@link MemberTable} (consent, channel, time zone), capacity, numbers of
 * expertise entries and interests, and — when they number at most {@value #INLINE} together, as they
 * usually do — the entries themselves (topic id and level, then interest topic ids, each run in topic
 * order); a member with more has them in an overflow area after the cards. A card is 32 bytes, placed so
 * that on HotSpot, where large arrays start at a 64-byte boundary plus a 16-byte header, no card straddles
 * two cache lines: a candidate costs one cache miss rather than a walk through its {@link Member} object,
 * or two dependent misses (a pointer, then a variable-length profile).
 *
 * <p>O(e + i) time and space to build for e expertise entries and i interests over all members, plus one
 * hash look-up per entry, and 32 bytes a member; a topic's postings are then found in O(1). Immutable once
 * built.
 */
final class TopicIndex {

  /** Tiers per topic in the expertise postings. */
  static final int TIERS = 4;

  /** Ints per member card: 32 bytes. */
  static final int CARD = 8;

  /** The most expertise entries and interests together a card holds itself. */
  static final int INLINE = CARD - 3;

  /**
   * Ints before the first card: HotSpot puts an int array's first element 16 bytes after the array's
   * start, and large arrays (G1's humongous objects) start at a region boundary, so 4 more ints put every
   * card on a 32-byte boundary — inside one cache line. Elsewhere cards are merely 8-byte aligned.
   */
  private static final int PAD = 4;

  /** The counts int of a card whose entries are in the overflow area. */
  private static final int OVERFLOW = -1;

  private final Map<Topic, Integer> ids;
  /** Expertise postings of topic t, tier r (0 = expert … 3 = beginner): [expertOffsets[4t + r], expertOffsets[4t + r + 1]). */
  private final int[] expertOffsets;
  private final int[] experts;
  /** Interest postings of topic t: [interestOffsets[t], interestOffsets[t + 1]). */
  private final int[] interestOffsets;
  private final int[] learners;
  /** The members' cards (see {@link #card(int)}), then the overflow area. */
  private final int[] cards;

  TopicIndex(MemberTable table) {
    int n = table.size();
    ids = new HashMap<>();
    // pass 1: topic ids in first-seen order, and posting counts
    int[] expertCounts = new int[64 * TIERS];
    int[] interestCounts = new int[64];
    long length = PAD + (long) n * CARD;
    for (int i = 0; i < n; i++) {
      Member m = table.member(i);
      int entries = m.expertise().size() + m.interests().size();
      if (entries > INLINE) {
        length += 2 + entries;
      }
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
    if (length > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("a matchmaker takes at most " + (Integer.MAX_VALUE - 8 - PAD) / CARD
          + " members, and fewer when many have more than " + INLINE + " topics");
    }
    cards = new int[(int) length];
    int overflow = PAD + n * CARD;
    for (int i = 0; i < n; i++) {
      Member m = table.member(i);
      int card = card(i);
      int expertise = m.expertise().size();
      int interests = m.interests().size();
      cards[card] = table.word(i);
      cards[card + 1] = m.capacity();
      int p;
      if (expertise + interests <= INLINE) {
        cards[card + 2] = expertise << 16 | interests;
        p = card + 3;
      } else {
        cards[card + 2] = OVERFLOW;
        cards[card + 3] = overflow;
        cards[overflow] = expertise;
        cards[overflow + 1] = interests;
        p = overflow + 2;
        overflow = p + expertise + interests;
      }
      for (Map.Entry<Topic, ExpertiseLevel> e : m.expertise().entrySet()) {
        int t = Objects.requireNonNull(ids.get(e.getKey()));
        experts[expertNext[t * TIERS + tier(e.getValue())]++] = i;
        cards[p++] = t << 2 | e.getValue().ordinal();
      }
      for (Topic topic : m.interests()) {
        int t = Objects.requireNonNull(ids.get(topic));
        learners[interestNext[t]++] = i;
        cards[p++] = t;
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

  /**
   * Where member c's card starts in {@link #cards()} — computed, not looked up. From there: the member's
   * packed word ({@link MemberTable#word(int)}), capacity, then {@code e << 16 | i} for e expertise
   * entries and i interests when e + i &lt;= {@value #INLINE} (followed by the e entries
   * {@code topic << 2 | level ordinal} and the i interest topic ids), else -1 and where in the overflow
   * area e, i and the entries are.
   */
  static int card(int member) {
    return PAD + member * CARD;
  }

  /** The cards and the overflow area (see {@link #card(int)}); read, never written. */
  int[] cards() {
    return cards;
  }

  /** Where in {@link #cards()} the member's expertise entries start; its interests follow them. */
  int entries(int member) {
    int card = card(member);
    return cards[card + 2] != OVERFLOW ? card + 3 : cards[card + 3] + 2;
  }

  /** The member's number of expertise entries. */
  int expertiseCount(int member) {
    int card = card(member);
    int counts = cards[card + 2];
    return counts != OVERFLOW ? counts >>> 16 : cards[cards[card + 3]];
  }

  /** The member's number of interests. */
  int interestCount(int member) {
    int card = card(member);
    int counts = cards[card + 2];
    return counts != OVERFLOW ? counts & 0xffff : cards[cards[card + 3] + 1];
  }

  /** The member's capacity (matches per period). */
  int capacity(int member) {
    return cards[card(member) + 1];
  }

  /** True if the member has every bit of {@code required} in its word: see {@link MemberTable#consents}. */
  boolean consents(int member, int required) {
    return (cards[card(member)] & required) == required;
  }

  /** The member's channel code, as {@link MemberTable#channel(int)} gives it. */
  int channel(int member) {
    return MemberTable.channelOf(cards[card(member)]);
  }

  /** The member's time zone, as {@link MemberTable#zone(int)} gives it. */
  int zone(int member) {
    return MemberTable.zoneOf(cards[card(member)]);
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
