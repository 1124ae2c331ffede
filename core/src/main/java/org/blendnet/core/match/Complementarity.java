package org.blendnet.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Topic;

/** See {@link CoreSignals#complementarity()}. */
final class Complementarity extends CoreSignal {

  static final Complementarity INSTANCE = new Complementarity();

  private Complementarity() {
    super(CoreSignals.COMPLEMENTARITY);
  }

  @Override
  Scorer begin(MatchContext context) {
    return new Request(context);
  }

  /** The scorer of one request. */
  static final class Request implements Scorer {
    private final MatchContext context;
    private final TopicIndex index;
    private final int[] sought;
    private final int soughtCount;
    /** The seeker's expertise: topic ids (ascending) and level weights. */
    private final int[] seekerTopics;
    private final double[] seekerWeights;
    private final Map<Topic, ExpertiseLevel> seekerExpertise;

    Request(MatchContext context) {
      this.context = context;
      index = context.index();
      sought = context.soughtTopicIds();
      soughtCount = context.soughtTopics().size();
      int[] cards = index.cards();
      int seeker = context.seekerIndex();
      int start = index.entries(seeker);
      int e = index.expertiseCount(seeker);
      seekerTopics = new int[e];
      seekerWeights = new double[e];
      for (int k = 0; k < e; k++) {
        int entry = cards[start + k];
        seekerTopics[k] = entry >>> 2;
        seekerWeights[k] = TopicIndex.weight(entry & 3);
      }
      seekerExpertise = context.seeker().expertise();
    }

    @Override
    public double score(int candidate) {
      return score(candidate, Double.NaN);
    }

    /**
     * The score, with the candidate's topic fit for this request given if already known ({@code teaches},
     * which must then be what {@link TopicFit} scores) or NaN to work it out when needed.
     */
    double score(int candidate, double teachesIfKnown) {
      if (sought.length == 0 || seekerTopics.length == 0) {
        return 0;
      }
      // what the candidate would learn first: it is usually 0, and then nothing else need be read
      int[] cards = index.cards();
      int from = index.entries(candidate) + index.expertiseCount(candidate);
      int end = from + index.interestCount(candidate);
      if (from == end) {
        return 0;
      }
      double sum = 0;
      for (int k = from; k < end; k++) {
        sum += seekerWeight(cards[k]);
      }
      if (sum == 0) {
        return 0;
      }
      double learns = sum / (end - from);
      double teaches = Double.isNaN(teachesIfKnown) ? TopicFit.weightIn(index, candidate, sought) / soughtCount
          : teachesIfKnown;
      return teaches == 0 ? 0 : Math.sqrt(teaches * learns);
    }

    private double seekerWeight(int topic) {
      for (int k = 0; k < seekerTopics.length; k++) {
        if (seekerTopics[k] == topic) {
          return seekerWeights[k];
        }
      }
      return 0;
    }

    @Override
    public Optional<String> explain(int candidate) {
      if (score(candidate) == 0) {
        return Optional.empty();
      }
      List<String> wanted = new ArrayList<>();
      for (Topic t : context.member(candidate).interests()) {
        if (seekerExpertise.containsKey(t)) {
          wanted.add(t.name());
        }
      }
      return Optional.of("wants to learn " + Phrases.list(wanted) + " from you in return");
    }
  }
}
