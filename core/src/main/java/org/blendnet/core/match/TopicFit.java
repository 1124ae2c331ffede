package org.blendnet.core.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Topic;

/** See {@link CoreSignals#topicFit()}. */
final class TopicFit extends CoreSignal {

  static final TopicFit INSTANCE = new TopicFit();

  private TopicFit() {
    super(CoreSignals.TOPIC_FIT);
  }

  @Override
  Scorer begin(MatchContext context) {
    return new Request(context);
  }

  /** "negotiation (expert) and pricing (beginner)": the sought topics the candidate knows, best level first. */
  static String known(Topic[] sought, Map<Topic, ExpertiseLevel> expertise) {
    List<Map.Entry<Topic, ExpertiseLevel>> known = new ArrayList<>();
    for (Topic t : sought) {
      ExpertiseLevel level = expertise.get(t);
      if (level != null) {
        known.add(Map.entry(t, level));
      }
    }
    known.sort((a, b) -> a.getValue() != b.getValue() ? b.getValue().compareTo(a.getValue())
        : a.getKey().compareTo(b.getKey()));
    List<String> words = new ArrayList<>(known.size());
    for (Map.Entry<Topic, ExpertiseLevel> e : known) {
      words.add(e.getKey().name() + " (" + Phrases.level(e.getValue()) + ")");
    }
    return Phrases.list(words);
  }

  /**
   * The sum of the level weights of the candidate's expertise in the topics {@code ids} (ascending), read
   * from the index's card of the candidate: O(e · |ids|) for e expertise entries, no allocation.
   */
  static double weightIn(TopicIndex index, int member, int[] ids) {
    int[] cards = index.cards();
    int start = index.entries(member);
    int end = start + index.expertiseCount(member);
    double sum = 0;
    for (int k = start; k < end; k++) {
      int entry = cards[k];
      if (contains(ids, entry >>> 2)) {
        sum += TopicIndex.weight(entry & 3);
      }
    }
    return sum;
  }

  /** True if the ascending array {@code ids} holds {@code id}. */
  static boolean contains(int[] ids, int id) {
    if (ids.length <= 8) {
      for (int x : ids) {
        if (x == id) {
          return true;
        }
      }
      return false;
    }
    return Arrays.binarySearch(ids, id) >= 0;
  }

  /** The scorer of one request. */
  static final class Request implements Scorer {
    private final MatchContext context;
    private final TopicIndex index;
    private final Topic[] sought;
    private final int[] ids;
    private final boolean peers;

    Request(MatchContext context) {
      this.context = context;
      index = context.index();
      sought = context.soughtTopics().toArray(new Topic[0]);
      ids = context.soughtTopicIds();
      peers = context.purpose() == MatchRequest.Purpose.PEERS;
    }

    @Override
    public double score(int candidate) {
      return ids.length == 0 ? 0 : weightIn(index, candidate, ids) / sought.length;
    }

    @Override
    public Optional<String> explain(int candidate) {
      String known = known(sought, context.member(candidate).expertise());
      if (known.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(peers ? "can teach you " + known : "knows " + known + " from the question");
    }
  }
}
