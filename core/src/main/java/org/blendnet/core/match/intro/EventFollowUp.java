package org.blendnet.core.match.intro;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.Topic;
import org.blendnet.core.match.Match;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.MatchRequest;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.MemberPair;

/**
 * Event follow-up — social reporting: after an event, for members who were not in the room, the
 * participants they should be introduced to, as {@linkplain org.blendnet.core.ReferralKind#INTRODUCTION
 * introduction} suggestions for the double opt-in flow ({@link IntroductionBook}). So the event joins up
 * people beyond its walls.
 *
 * <pre>{@code
 * FollowUp followUp = EventFollowUp.suggest(matchmaker, EventId.of("summit"),
 *     FollowUpOptions.defaults().withBlocked(book.declinedPairs()));
 * followUp.referrals().forEach(book::suggest);
 * }</pre>
 *
 * <h2>Who is suggested to whom</h2>
 * The absent members are {@link FollowUpOptions#absentees()}, or everyone interested in one of the event's
 * topics; participants (hosts and attendees) are never absent. For an absent member a, a participant p is
 * suggested when all of these hold:
 * <ul>
 *   <li><b>consent:</b> both agreed to be recommended and to be contacted
 *       ({@link org.blendnet.core.Consent#recommendable()}, {@link org.blendnet.core.Consent#contactable()})
 *       — an introduction asks one about the other; the reporter is never suggested;
 *   <li><b>topic fit:</b> p has expertise in a topic a wants to learn;
 *   <li><b>not yet tied:</b> the network holds no touchpoint between them, and the pair is not
 *       {@linkplain FollowUpOptions#blocked() blocked} (a declined introduction);
 *   <li><b>score:</b> the matchmaker's peer score of p for a ({@link Matchmaker#score}, as of the event's
 *       end) is above 0 and at least {@link FollowUpOptions#minScore()};
 * </ul>
 * and each absent member gets their {@link FollowUpOptions#perAbsentee()} best by score (ties by id). Each
 * suggestion is a fresh referral: referrer the reporter (who vouches), from the absent member, to the
 * participant, at the event's end, consent not requested, pending; its id is
 * {@code "intro:" + len(event) + ":" + event + ":" + len(a) + ":" + a + ":" + p} (or {@code "intro:"} and
 * a SHA-256 of that when it would exceed the id length limit), so the same follow-up suggests the same ids.
 *
 * <p><b>Complexity.</b> O(A · P) pair checks for A absent members and P participants (topic sets are
 * sorted; the tie check is a hash look-up), plus one {@link Matchmaker#score} call per pair that passes the
 * topic check. Deterministic: no random choice; absent members in id order.
 *
 * @implNote Thread-safe: stateless; the matchmaker is thread-safe.
 * @since 0.1
 */
public final class EventFollowUp {

  private static final int MAX_ID_LENGTH = 256;

  private EventFollowUp() {}

  /**
   * Suggests introductions after {@code event}, an event of {@code matchmaker}'s network.
   *
   * @throws IllegalArgumentException if the network lacks the event, the reporter or an absentee, or the
   *     event has no host and no reporter was named
   */
  public static FollowUp suggest(Matchmaker matchmaker, EventId event, FollowUpOptions options) {
    Objects.requireNonNull(matchmaker, "matchmaker");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(options, "options");
    Network network = matchmaker.network();
    Event e = network.event(event).orElseThrow(() -> new IllegalArgumentException("Unknown event: " + event));
    MemberId reporter = options.reporter().orElseGet(() -> e.hosts().stream().findFirst().orElseThrow(
        () -> new IllegalArgumentException("event " + event + " has no host; name a reporter with "
            + "FollowUpOptions.withReporter")));
    if (!network.hasMember(reporter)) {
      throw new IllegalArgumentException("Unknown member: " + reporter);
    }
    Set<MemberId> participants = e.participants();
    List<Member> open = new ArrayList<>();
    for (MemberId id : participants) {
      Member p = network.member(id).orElseThrow(() -> new IllegalArgumentException("Unknown member: " + id));
      if (!id.equals(reporter) && p.consent().recommendable() && p.consent().contactable()) {
        open.add(p);
      }
    }
    Set<MemberId> absentees = options.absentees().orElseGet(() -> interested(network, e));
    MatchOptions at = MatchOptions.defaults().withAsOf(e.end());
    List<FollowUpSuggestion> suggestions = new ArrayList<>();
    int considered = 0;
    for (MemberId id : absentees) {
      Member a = network.member(id).orElseThrow(() -> new IllegalArgumentException("Unknown member: " + id));
      if (participants.contains(id) || !a.consent().recommendable() || !a.consent().contactable()) {
        continue;
      }
      considered++;
      MatchRequest request = MatchRequest.peers(a);
      List<Match> matches = new ArrayList<>();
      for (Member p : open) {
        if (options.blocked().contains(MemberPair.of(id, p.id())) || taught(a, p).isEmpty()
            || !network.touchpointsBetween(id, p.id()).isEmpty()) {
          continue;
        }
        Match m = matchmaker.score(request, p.id(), at);
        if (m.score() > 0 && m.score() >= options.minScore()) {
          matches.add(m);
        }
      }
      matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::candidate));
      for (Match m : matches.subList(0, Math.min(options.perAbsentee(), matches.size()))) {
        Member p = network.member(m.candidate()).orElseThrow();
        List<String> reasons = new ArrayList<>();
        reasons.add("was at " + e.title());
        List<String> topics = new ArrayList<>();
        for (Topic t : taught(a, p)) {
          topics.add(t.name());
        }
        reasons.add("knows " + String.join(", ", topics) + ", which you want to learn");
        for (String why : m.explanation()) {
          if (!reasons.contains(why)) {
            reasons.add(why);
          }
        }
        Referral r = Referral.introduction(referralId(event, id, p.id()), reporter, id, p.id(), e.end());
        suggestions.add(new FollowUpSuggestion(r, m.score(), reasons));
      }
    }
    return new FollowUp(event, considered, suggestions);
  }

  /** The topics {@code a} wants to learn and {@code p} knows, in topic order. */
  private static List<Topic> taught(Member a, Member p) {
    List<Topic> common = new ArrayList<>();
    for (Topic t : a.interests()) {
      if (p.expertise().containsKey(t)) {
        common.add(t);
      }
    }
    return common;
  }

  /** Everyone interested in one of the event's topics who did not take part, in id order. */
  private static Set<MemberId> interested(Network network, Event e) {
    TreeSet<MemberId> ids = new TreeSet<>();
    for (Topic t : e.topics()) {
      for (Member m : network.membersInterestedIn(t)) {
        ids.add(m.id());
      }
    }
    ids.removeAll(e.participants());
    return ids;
  }

  /** The id of the follow-up introduction of {@code from} to {@code to} after {@code event}. */
  static ReferralId referralId(EventId event, MemberId from, MemberId to) {
    String readable = "intro:" + event.value().length() + ":" + event.value() + ":" + from.value().length() + ":"
        + from.value() + ":" + to.value();
    if (readable.length() <= MAX_ID_LENGTH) {
      return ReferralId.of(readable);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(readable.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder("intro:");
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return ReferralId.of(hex.toString());
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
    }
  }
}
