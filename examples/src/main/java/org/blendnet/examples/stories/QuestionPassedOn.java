package org.blendnet.examples.stories;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Answer;
import org.blendnet.core.AnswerId;
import org.blendnet.core.ConsentState;
import org.blendnet.core.Consent;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.ReferralOutcome;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.Routing;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.path.ReferralPath;
import org.blendnet.graph.path.ReferralPaths;

/**
 * The question passed on across communities. A member of an online Q&amp;A board asks which organisations
 * have a culture of collaborative learning. Nobody on the board knows. Karyn, who answers there often,
 * passes the question to her friends on other networks; one of them, Jane, knows Harold, who knows the
 * answer. Harold agrees to have his contact details passed back — and only then are they shared.
 *
 * <p>Blendnet's part: the matchmaker finds who can answer (Harold; never the expert who asked not to be
 * contacted), {@link ReferralPaths} finds the strongest chain of acquaintances from the asker to him,
 * and the chain becomes a list of question forwards, each waiting for consent.
 *
 * @implNote Thread-safe: stateless; each run builds its own networks.
 * @since 0.1
 */
public final class QuestionPassedOn {

  /**
   * What happened.
   *
   * @param answerers who the matchmaker would ask, best first
   * @param chain the members the question passed through, asker first
   * @param referrals the question forwards, the last one resolved with Harold's consent
   * @param contactShared whether Harold's contact details reached the asker
   * @implNote Thread-safe: immutable.
   */
  public record Outcome(List<MemberId> answerers, List<MemberId> chain, List<Referral> referrals,
      boolean contactShared) { }

  static final MemberId ASKER = MemberId.of("asker");
  static final MemberId KARYN = MemberId.of("karyn");
  static final MemberId JANE = MemberId.of("jane");
  static final MemberId HAROLD = MemberId.of("harold");
  static final MemberId QUIET_EXPERT = MemberId.of("quiet-expert");
  private static final Topic TOPIC = Topic.of("collaborative learning");
  private static final Instant DAY = Instant.parse("2007-08-27T09:00:00Z");

  private QuestionPassedOn() {}

  /**
   * Tells the story on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Tells the story on {@code out}. */
  public static Outcome run(PrintStream out) {
    java.util.Objects.requireNonNull(out, "out");
    // the people: a Q&A board (asker, karyn, two regulars, an expert who asked not to be contacted),
    // Karyn's friend Jane on another network, and Jane's acquaintance Harold
    Network network = Network.builder()
        .member(Member.builder(ASKER).name("The asker").affiliation(Affiliation.of("Q&A board"))
            .interest(TOPIC).build())
        .member(Member.builder(KARYN).name("Karyn").affiliation(Affiliation.of("Q&A board"))
            .expertise(Topic.of("online communities"), ExpertiseLevel.ADVANCED).build())
        .member(Member.builder(MemberId.of("regular-1")).name("Regular 1").affiliation(Affiliation.of("Q&A board"))
            .build())
        .member(Member.builder(MemberId.of("regular-2")).name("Regular 2").affiliation(Affiliation.of("Q&A board"))
            .build())
        .member(Member.builder(QUIET_EXPERT).name("Quiet expert").affiliation(Affiliation.of("Q&A board"))
            .expertise(TOPIC, ExpertiseLevel.EXPERT).consent(Consent.none()).build())
        .member(Member.builder(JANE).name("Jane").affiliation(Affiliation.of("Elsewhere")).build())
        .member(Member.builder(HAROLD).name("Harold").affiliation(Affiliation.of("Elsewhere"))
            .expertise(TOPIC, ExpertiseLevel.EXPERT).consent(Consent.defaults().withShareContactDetails(true)).build())
        .touchpoint(tie("t1", Medium.QA_BOARD, ASKER, KARYN))
        .touchpoint(tie("t2", Medium.QA_BOARD, ASKER, MemberId.of("regular-1")))
        .touchpoint(tie("t3", Medium.QA_BOARD, KARYN, MemberId.of("regular-2")))
        .touchpoint(tie("t4", Medium.QA_BOARD, MemberId.of("regular-1"), QUIET_EXPERT))
        .touchpoint(tie("t5", Medium.SOCIAL_MEDIA, KARYN, JANE))
        .touchpoint(tie("t6", Medium.MICROBLOG, JANE, HAROLD))
        .question(Question.of(QuestionId.of("q1"), ASKER,
            "Which organisations have a culture of collaborative learning?", Set.of(TOPIC), DAY))
        .build();
    Question question = network.question(QuestionId.of("q1")).orElseThrow();
    out.println("Question: " + question.text());

    // 1. who can answer? The quiet expert knows the topic but may not be contacted: never suggested
    Routing routing = Matchmaker.withCoreSignals(network).routeQuestion(question, MatchOptions.defaults().withK(3));
    out.println("1. the matchmaker would ask: " + routing.answerers().members()
        + " (not " + QUIET_EXPERT + ", who asked not to be contacted)");

    // 2. how to reach Harold: the strongest chain of acquaintances, through members who agreed to pass things on
    ReferralPath path = ReferralPaths.on(SocialGraph.of(network)).best(ASKER, HAROLD).orElseThrow();
    out.println("2. the question travels " + String.join(" -> ", path.members().stream().map(MemberId::value).toList())
        + " (" + path.hops() + " hops)");

    // 3. each hop is a question forward, each the child of the one before; none shares anything yet
    List<Referral> forwards = path.questionForwards(question.id(), i -> ReferralId.of("fwd-" + (i + 1)),
        DAY.plusSeconds(600));
    for (Referral r : forwards) {
      out.println("   " + r.from() + " passes it to " + r.to() + r.onBehalfOf().map(m -> " for " + m).orElse("")
          + ": consent " + r.consent() + ", contact details shared: " + r.contactDetailsShared());
    }

    // 4. Harold answers and agrees to be put in touch: only now are his details shared, because he consented
    Member harold = network.member(HAROLD).orElseThrow();
    Referral last = forwards.get(forwards.size() - 1);
    Referral resolved = last.resolved(ConsentState.GRANTED, harold.consent().shareContactDetails(),
        ReferralOutcome.ANSWERED);
    List<Referral> referrals = new java.util.ArrayList<>(forwards.subList(0, forwards.size() - 1));
    referrals.add(resolved);
    Network after = network.toBuilder().referrals(referrals)
        .answer(Answer.of(AnswerId.of("a1"), question.id(), HAROLD, DAY.plusSeconds(3600))).build();
    out.println("3. Harold answers; consent " + resolved.consent() + ", contact details shared with the asker: "
        + resolved.contactDetailsShared());
    out.println("   the chain on record: " + after.referralChain(resolved.id()).stream().map(r -> r.id().value()).toList());
    return new Outcome(routing.answerers().members(), path.members(), referrals, resolved.contactDetailsShared());
  }

  private static Touchpoint tie(String id, Medium medium, MemberId a, MemberId b) {
    return Touchpoint.between(TouchpointId.of(id), DAY.minusSeconds(86_400L * 30), medium, a, b);
  }
}
