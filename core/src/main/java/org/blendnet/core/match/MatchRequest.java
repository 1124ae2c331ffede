package org.blendnet.core.match;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Topic;

/**
 * What a request asks the {@link Matchmaker} for: whom it is for, what it seeks and what the seeker
 * offers. The planners make these for you ({@link Matchmaker#recommendPeers}, {@link Matchmaker#routeQuestion});
 * make one yourself to ask for something else through {@link Matchmaker#match(MatchRequest, MatchOptions)},
 * such as people who know an event's topics.
 *
 * <p>The topic sets decide the candidates: members who know a sought topic (at any level) and members
 * who want to learn an offered topic. Signals read them too: topic fit scores how well a candidate covers
 * the sought topics. Immutable and thread-safe; topic sets iterate in topic order.
 *
 * @param purpose what the seeker wants: peers to meet, or people to ask
 * @param seeker the member the request is for (the asker, for a question)
 * @param soughtTopics the topics the seeker wants to learn, or the question is about
 * @param offeredTopics the topics the seeker can teach (empty for a question)
 * @param question the question being routed, if the request is for one with an id
 * @since 0.1
 */
public record MatchRequest(Purpose purpose, MemberId seeker, Set<Topic> soughtTopics, Set<Topic> offeredTopics,
    Optional<QuestionId> question) {

  /**
   * What a request is for. It decides which hard filters apply (see {@link Matchmaker}) and lets
   * signals word their explanations.
   *
   * @since 0.1
   */
  public enum Purpose {
    /** People the seeker should meet: filtered on consent to be recommended and on remaining capacity. */
    PEERS,
    /**
     * People to ask a question: filtered on consent to be recommended <em>and</em> to be contacted, and
     * on the request budget.
     */
    ANSWERERS
  }

  /**
   * Creates a request.
   *
   * @throws IllegalArgumentException if a {@link Purpose#PEERS} request names a question
   */
  public MatchRequest {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(seeker, "seeker");
    soughtTopics = sortedCopy(soughtTopics, "soughtTopics");
    offeredTopics = sortedCopy(offeredTopics, "offeredTopics");
    Objects.requireNonNull(question, "question");
    if (purpose == Purpose.PEERS && question.isPresent()) {
      throw new IllegalArgumentException("a PEERS request cannot name a question but named " + question.get());
    }
  }

  /** Peers for {@code seeker}: seeking the seeker's interests, offering their expertise. */
  public static MatchRequest peers(Member seeker) {
    Objects.requireNonNull(seeker, "seeker");
    return new MatchRequest(Purpose.PEERS, seeker.id(), seeker.interests(), seeker.expertise().keySet(),
        Optional.empty());
  }

  /** Answerers for {@code question}: seeking its topics, for its asker. */
  public static MatchRequest answerers(Question question) {
    Objects.requireNonNull(question, "question");
    return new MatchRequest(Purpose.ANSWERERS, question.asker(), question.topics(), Set.of(),
        Optional.of(question.id()));
  }

  /** Answerers for a question not (yet) recorded: {@code asker} seeking {@code topics}. */
  public static MatchRequest answerers(MemberId asker, Set<Topic> topics) {
    return new MatchRequest(Purpose.ANSWERERS, asker, topics, Set.of(), Optional.empty());
  }

  private static Set<Topic> sortedCopy(Collection<Topic> topics, String name) {
    Objects.requireNonNull(topics, name);
    TreeSet<Topic> copy = new TreeSet<>();
    for (Topic t : topics) {
      copy.add(Objects.requireNonNull(t, () -> name + " must not contain null"));
    }
    return Collections.unmodifiableSet(copy);
  }

  /**
   * {@code MatchRequest[PEERS for ana, seeks 2 topics, offers 1 topic]}: ids and counts only, since a
   * peer request's topics are the seeker's own interests and expertise.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("MatchRequest[").append(purpose).append(" for ").append(seeker);
    question.ifPresent(q -> s.append(", question ").append(q));
    s.append(", seeks ").append(Phrases.count(soughtTopics.size(), "topic"));
    if (!offeredTopics.isEmpty()) {
      s.append(", offers ").append(Phrases.count(offeredTopics.size(), "topic"));
    }
    return s.append(']').toString();
  }
}
