package org.blendnet.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;

/** See {@link CoreSignals#complementarity()}. */
final class Complementarity implements MatchSignal {

  static final Complementarity INSTANCE = new Complementarity();

  private Complementarity() {}

  @Override
  public String name() {
    return CoreSignals.COMPLEMENTARITY;
  }

  @Override
  public Prepared prepare(Network network) {
    return Request::new;
  }

  @Override
  public String toString() {
    return name();
  }

  /** Level-weighted coverage of the candidate's interests by the seeker's expertise. */
  static double teachBack(Set<Topic> interests, Map<Topic, ExpertiseLevel> seekerExpertise) {
    if (interests.isEmpty() || seekerExpertise.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (Topic t : interests) {
      ExpertiseLevel level = seekerExpertise.get(t);
      if (level != null) {
        sum += level.weight();
      }
    }
    return sum / interests.size();
  }

  /** The scorer of one request. */
  private static final class Request implements Scorer {
    private final Topic[] sought;
    private final Map<Topic, ExpertiseLevel> seekerExpertise;

    Request(MatchContext context) {
      sought = context.soughtTopics().toArray(new Topic[0]);
      seekerExpertise = context.seeker().expertise();
    }

    @Override
    public double score(Member candidate, int index) {
      double teaches = TopicFit.coverage(sought, candidate.expertise());
      if (teaches == 0) {
        return 0;
      }
      double learns = teachBack(candidate.interests(), seekerExpertise);
      return learns == 0 ? 0 : Math.sqrt(teaches * learns);
    }

    @Override
    public Optional<String> explain(Member candidate, int index) {
      if (score(candidate, index) == 0) {
        return Optional.empty();
      }
      List<String> wanted = new ArrayList<>();
      for (Topic t : candidate.interests()) {
        if (seekerExpertise.containsKey(t)) {
          wanted.add(t.name());
        }
      }
      return Optional.of("wants to learn " + Phrases.list(wanted) + " from you in return");
    }
  }
}
