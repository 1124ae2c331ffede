package org.blendnet.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blendnet.core.Answer;
import org.blendnet.core.Community;
import org.blendnet.core.Event;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.Referral;
import org.blendnet.core.Touchpoint;

/**
 * A copy of a network with every member id replaced: the member at position i of n becomes
 * {@code z<n − i>} (zero-padded), so that the ids sort in the reverse of the network order — any measure
 * that leans on id order rather than on the records shows up. Everything else is kept, in the same order.
 */
public final class Relabel {

  private final Map<MemberId, MemberId> map = new HashMap<>();
  private final Network relabelled;

  private Relabel(Network network) {
    int n = network.members().size();
    for (int i = 0; i < n; i++) {
      map.put(network.members().get(i).id(), MemberId.of(String.format("z%06d", n - i)));
    }
    Network.Builder b = Network.builder();
    for (Member m : network.members()) {
      b.member(new Member(of(m.id()), m.name(), m.affiliation(), m.expertise(), m.interests(), m.preferredChannels(),
          m.timeZone(), m.capacity(), m.consent(), m.attributes()));
    }
    for (Event e : network.events()) {
      b.event(new Event(e.id(), e.title(), e.medium(), e.start(), e.end(), e.place(), e.link(), e.topics(),
          of(e.hosts()), of(e.attendees())));
    }
    for (Community c : network.communities()) {
      b.community(new Community(c.id(), c.name(), c.kind(), c.topics(), of(c.members())));
    }
    for (Touchpoint t : network.touchpoints()) {
      b.touchpoint(new Touchpoint(t.id(), t.at(), t.medium(), t.participants().stream().map(this::of).toList(),
          t.initiator().map(this::of), t.event(), t.community(), t.topics(), t.weight()));
    }
    for (Question q : network.questions()) {
      b.question(new Question(q.id(), of(q.asker()), q.text(), q.topics(), q.askedAt(), q.medium(), q.community(),
          q.status()));
    }
    for (Answer a : network.answers()) {
      b.answer(new Answer(a.id(), a.question(), of(a.responder()), a.answeredAt(), a.text(), a.rating()));
    }
    for (Referral r : network.referrals()) {
      b.referral(new Referral(r.id(), r.kind(), of(r.referrer()), of(r.from()), of(r.to()), r.onBehalfOf().map(this::of),
          r.question(), r.parent(), r.at(), r.consent(), r.contactDetailsShared(), r.outcome()));
    }
    relabelled = b.build();
  }

  /** The relabelling of {@code network}. */
  public static Relabel of(Network network) {
    return new Relabel(network);
  }

  /** The relabelled network. */
  public Network network() {
    return relabelled;
  }

  /** The new id of {@code id}. */
  public MemberId of(MemberId id) {
    return map.get(id);
  }

  private Set<MemberId> of(Set<MemberId> ids) {
    Set<MemberId> result = new LinkedHashSet<>();
    ids.forEach(i -> result.add(of(i)));
    return result;
  }

  /** The new ids of {@code ids}, in the same order. */
  public List<MemberId> of(List<MemberId> ids) {
    List<MemberId> result = new ArrayList<>();
    ids.forEach(i -> result.add(of(i)));
    return result;
  }
}
