package org.blendnet.core.io;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.blendnet.core.Answer;
import org.blendnet.core.AnswerId;
import org.blendnet.core.Community;
import org.blendnet.core.CommunityId;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.Identifier;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;

/**
 * Pseudonymises a network for sharing with researchers: every id is replaced by a keyed pseudonym, and
 * free text is dropped unless asked for. Write the result with {@link NetworkJson}:
 *
 * <pre>{@code
 * Pseudonymiser pseudonymiser = Pseudonymiser.withKey(key);   // the caller's secret, >= 16 bytes
 * NetworkJson.write(pseudonymiser.apply(network), Path.of("for-research.json"));
 * }</pre>
 *
 * <p><b>Pseudonyms.</b> The pseudonym of an id is its kind's letter ({@code m} member, {@code t}
 * touchpoint, {@code e} event, {@code c} community, {@code q} question, {@code a} answer, {@code r}
 * referral), a dash and the first 16 bytes (32 hex digits) of HMAC-SHA256 (RFC 2104; FIPS 180-4) of the
 * kind's letter, a colon and the id's text under the key. So a member has the same pseudonym in every
 * export made with the same key — datasets shared over time can be joined — and no one without the key
 * can tell which member it is, nor recompute it from a guessed id. Different keys give unlinkable
 * pseudonyms. Collisions are as likely as for a random 128-bit value (for a million ids, about 10<sup>-27</sup>).
 *
 * <p><b>What is kept.</b> Structure and numbers: who met whom, when, through which medium and with what
 * weight; topics, expertise and interests; affiliations (organisation, unit, team: the silo analyses need
 * them); preferred channels, time zones, capacities and consent; events' times and media, communities'
 * kinds, questions' status, answers' ratings, referrals' kinds, consent states and outcomes. Affiliations
 * and timestamps can help re-identify someone in a small unit: share them only as far as the research
 * needs.
 *
 * <p><b>What is dropped</b> (unless {@link #keepingFreeText()}): free text, which may name or describe
 * people — members' names (replaced by their pseudonym) and custom attributes, events' titles (replaced
 * by the event's pseudonym), places and links, communities' names (replaced by their pseudonym),
 * questions' text (replaced by {@code "(withheld)"}), answers' text.
 *
 * <p>Records keep their order; the result is a valid network (its records refer to each other by the
 * pseudonyms). O(size of the network) time and memory.
 *
 * @implNote Thread-safe: immutable; {@link #apply(Network)} uses its own {@link Mac}.
 * @since 0.1
 */
public final class Pseudonymiser {

  /** The shortest key accepted, in bytes (128 bits). */
  public static final int MIN_KEY_LENGTH = 16;

  /** What a question's text becomes when free text is dropped (the model requires some text). */
  public static final String WITHHELD = "(withheld)";

  private static final String ALGORITHM = "HmacSHA256";
  private static final int PSEUDONYM_BYTES = 16;

  private final byte[] key;
  private final boolean keepFreeText;

  private Pseudonymiser(byte[] key, boolean keepFreeText) {
    this.key = key;
    this.keepFreeText = keepFreeText;
  }

  /**
   * A pseudonymiser with the caller's secret key. Keep the key secret and the same across exports that
   * should be joinable; the key is copied.
   *
   * @throws IllegalArgumentException if the key is shorter than {@value #MIN_KEY_LENGTH} bytes
   */
  public static Pseudonymiser withKey(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException("key must be at least " + MIN_KEY_LENGTH + " bytes but was " + key.length);
    }
    return new Pseudonymiser(key.clone(), false);
  }

  /** This pseudonymiser, keeping free text (names excepted: they are always replaced). */
  public Pseudonymiser keepingFreeText() {
    return new Pseudonymiser(key, true);
  }

  /** True if free text other than names is kept. */
  public boolean keepsFreeText() {
    return keepFreeText;
  }

  /** The pseudonym of a member id, as {@link #apply(Network)} gives it. */
  public MemberId pseudonym(MemberId member) {
    Objects.requireNonNull(member, "member");
    return MemberId.of(pseudonym(newMac(), 'm', member));
  }

  /**
   * The network with every id replaced by its pseudonym and free text dropped (see the class
   * description).
   */
  public Network apply(Network network) {
    Objects.requireNonNull(network, "network");
    Mac mac = newMac();
    Network.Builder b = Network.builder();
    for (Member m : network.members()) {
      MemberId id = member(mac, m.id());
      b.member(new Member(id, id.value(), m.affiliation(), m.expertise(), m.interests(), m.preferredChannels(),
          m.timeZone(), m.capacity(), m.consent(), keepFreeText ? m.attributes() : Map.of()));
    }
    for (Event e : network.events()) {
      EventId id = EventId.of(pseudonym(mac, 'e', e.id()));
      b.event(new Event(id, keepFreeText ? e.title() : id.value(), e.medium(), e.start(), e.end(),
          keepFreeText ? e.place() : Optional.empty(), keepFreeText ? e.link() : Optional.empty(), e.topics(),
          members(mac, e.hosts()), members(mac, e.attendees())));
    }
    for (Community c : network.communities()) {
      CommunityId id = community(mac, c.id());
      b.community(new Community(id, keepFreeText ? c.name() : id.value(), c.kind(), c.topics(),
          members(mac, c.members())));
    }
    for (Touchpoint t : network.touchpoints()) {
      List<MemberId> participants = new ArrayList<>(t.participants().size());
      for (MemberId p : t.participants()) {
        participants.add(member(mac, p));
      }
      b.touchpoint(new Touchpoint(TouchpointId.of(pseudonym(mac, 't', t.id())), t.at(), t.medium(), participants,
          t.initiator().map(i -> member(mac, i)), t.event().map(e -> EventId.of(pseudonym(mac, 'e', e))),
          t.community().map(c -> community(mac, c)), t.topics(), t.weight()));
    }
    for (Question q : network.questions()) {
      b.question(new Question(question(mac, q.id()), member(mac, q.asker()), keepFreeText ? q.text() : WITHHELD,
          q.topics(), q.askedAt(), q.medium(), q.community().map(c -> community(mac, c)), q.status()));
    }
    for (Answer a : network.answers()) {
      b.answer(new Answer(AnswerId.of(pseudonym(mac, 'a', a.id())), question(mac, a.question()),
          member(mac, a.responder()), a.answeredAt(), keepFreeText ? a.text() : Optional.empty(), a.rating()));
    }
    for (Referral r : network.referrals()) {
      b.referral(new Referral(referral(mac, r.id()), r.kind(), member(mac, r.referrer()), member(mac, r.from()),
          member(mac, r.to()), r.onBehalfOf().map(m -> member(mac, m)), r.question().map(q -> question(mac, q)),
          r.parent().map(p -> referral(mac, p)), r.at(), r.consent(), r.contactDetailsShared(), r.outcome()));
    }
    return b.build();
  }

  private static MemberId member(Mac mac, MemberId id) {
    return MemberId.of(pseudonym(mac, 'm', id));
  }

  private static CommunityId community(Mac mac, CommunityId id) {
    return CommunityId.of(pseudonym(mac, 'c', id));
  }

  private static QuestionId question(Mac mac, QuestionId id) {
    return QuestionId.of(pseudonym(mac, 'q', id));
  }

  private static ReferralId referral(Mac mac, ReferralId id) {
    return ReferralId.of(pseudonym(mac, 'r', id));
  }

  private static Set<MemberId> members(Mac mac, Set<MemberId> ids) {
    Set<MemberId> out = new TreeSet<>();
    for (MemberId id : ids) {
      out.add(member(mac, id));
    }
    return out;
  }

  private static String pseudonym(Mac mac, char kind, Identifier id) {
    byte[] digest = mac.doFinal((kind + ":" + id.value()).getBytes(StandardCharsets.UTF_8));
    return kind + "-" + HexFormat.of().formatHex(Arrays.copyOf(digest, PSEUDONYM_BYTES));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // every Java platform must support HmacSHA256, and any non-empty key is valid for it
      throw new IllegalStateException("HMAC-SHA256 is not available: " + e.getMessage(), e);
    }
  }

  /** Says whether free text is kept; never shows the key. */
  @Override
  public String toString() {
    return "Pseudonymiser[HMAC-SHA256, " + (keepFreeText ? "free text kept" : "free text dropped") + "]";
  }
}
