package org.blendnet.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;

/** See {@link CoreSignals#topicFit()}. */
final class TopicFit implements MatchSignal {

  static final TopicFit INSTANCE = new TopicFit();

  private TopicFit() {}

  @Override
  public String name() {
    return CoreSignals.TOPIC_FIT;
  }

  @Override
  public Prepared prepare(Network network) {
    return Request::new;
  }

  @Override
  public String toString() {
    return name();
  }

  /**
   * Level-weighted coverage of {@code sought} by {@code expertise}: the mean over the sought topics of
   * the level's weight (0 for a topic not known); 0 if nothing is sought.
   */
  static double coverage(Topic[] sought, Map<Topic, ExpertiseLevel> expertise) {
    if (sought.length == 0 || expertise.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (Topic t : sought) {
      ExpertiseLevel level = expertise.get(t);
      if (level != null) {
        sum += level.weight();
      }
    }
    return sum / sought.length;
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

  /** The scorer of one request. */
  private static final class Request implements Scorer {
    private final Topic[] sought;
    private final boolean peers;

    Request(MatchContext context) {
      sought = context.soughtTopics().toArray(new Topic[0]);
      peers = context.purpose() == MatchRequest.Purpose.PEERS;
    }

    @Override
    public double score(Member candidate, int index) {
      return coverage(sought, candidate.expertise());
    }

    @Override
    public Optional<String> explain(Member candidate, int index) {
      String known = known(sought, candidate.expertise());
      if (known.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(peers ? "can teach you " + known : "knows " + known + " from the question");
    }
  }
}
