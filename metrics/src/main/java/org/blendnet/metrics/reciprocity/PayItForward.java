package org.blendnet.metrics.reciprocity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendnet.core.Answer;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.metrics.internal.Durations;
import org.blendnet.metrics.internal.Format;
import org.blendnet.metrics.internal.IdIndex;
import org.blendnet.metrics.internal.LongIntMap;

/**
 * Generalized ("pay it forward") reciprocity: of the members who were helped, how many later helped a
 * third party, and how soon. "Somebody taking an engineering qualification who initially wanted help
 * from those with experience and later provided similar help to others", as a source text puts it.
 *
 * <p><b>Definitions.</b> An <em>act of help</em> is an answer to another member's question (responder
 * helps asker, at the answer's time) or a referral made for someone else (referrer helps beneficiary —
 * {@code onBehalfOf}, else {@code from} — at the referral's time): the help-flow graph of
 * {@link NetworkReciprocity}. A member is <em>helped</em> from the time t₀ of the first act of help they
 * received. They <em>paid it forward</em> when, at some time t &gt; t₀, they helped a member who had not
 * helped them at or before t — paying back one's own helpers is direct reciprocity, not generalized
 * (help received at the same instant t counts as "before"). The <em>delay</em> is t − t₀ for their
 * first such act.
 *
 * <p>After W. E. Baker &amp; N. Bulkley, "Paying it forward vs. rewarding reputation: mechanisms of
 * generalized reciprocity", <i>Organization Science</i> 25(5):1493–1510, 2014,
 * doi:10.1287/orsc.2014.0918; and M. A. Nowak &amp; S. Roch, "Upstream reciprocity and the evolution of
 * gratitude", <i>Proc. R. Soc. B</i> 274:605–610, 2007, doi:10.1098/rspb.2006.0125.
 *
 * <p>O(h log h) time for h acts of help (sorted by time), O(m + h) space for m members.
 *
 * @implNote Thread-safe: immutable.
 * @param helped members who received at least one act of help
 * @param paidForward of those, members who later helped a third party
 * @param payers the members who paid it forward, in network order
 * @param medianDelay median delay from first help received to first help paid forward; empty when nobody paid forward
 * @param meanDelay mean of the same delays; empty when nobody paid forward
 * @since 0.1
 */
public record PayItForward(int helped, int paidForward, List<MemberId> payers, Optional<Duration> medianDelay,
    Optional<Duration> meanDelay) {

  /**
   * Creates the figures.
   *
   * @throws IllegalArgumentException if the counts are negative, more paid forward than were helped, or
   *     the payers do not number {@code paidForward}
   */
  public PayItForward {
    payers = List.copyOf(Objects.requireNonNull(payers, "payers"));
    Objects.requireNonNull(medianDelay, "medianDelay");
    Objects.requireNonNull(meanDelay, "meanDelay");
    if (helped < 0 || paidForward < 0 || paidForward > helped) {
      throw new IllegalArgumentException(
          "need 0 <= paidForward <= helped but was paidForward=" + paidForward + ", helped=" + helped);
    }
    if (payers.size() != paidForward) {
      throw new IllegalArgumentException(
          "payers must list paidForward (" + paidForward + ") members but listed " + payers.size());
    }
  }

  /** The figures for {@code network} over all time. */
  public static PayItForward of(Network network) {
    Objects.requireNonNull(network, "network");
    IdIndex<MemberId> index = IdIndex.members(network);
    List<Help> acts = new ArrayList<>();
    IdIndex<QuestionId> questions = IdIndex.questions(network);
    int[] askerOf = Arcs.askers(network, index);
    for (Answer a : network.answers()) {
      int asker = askerOf[questions.positionOfKnown(a.question())];
      int responder = index.positionOfKnown(a.responder());
      if (asker != responder) {
        acts.add(new Help(responder, asker, a.answeredAt()));
      }
    }
    for (Referral r : network.referrals()) {
      MemberId beneficiary = r.onBehalfOf().orElse(r.from());
      if (!beneficiary.equals(r.referrer())) {
        acts.add(new Help(index.positionOfKnown(r.referrer()), index.positionOfKnown(beneficiary), r.at()));
      }
    }
    acts.sort(Comparator.comparing(Help::at));

    int n = index.size();
    Instant[] firstHelped = new Instant[n];
    Instant[] firstPaid = new Instant[n];
    LongIntMap helpers = new LongIntMap(acts.size());
    for (int from = 0; from < acts.size();) {
      int to = from;
      while (to < acts.size() && acts.get(to).at().equals(acts.get(from).at())) {
        to++;
      }
      for (int i = from; i < to; i++) {
        Help h = acts.get(i);
        if (firstHelped[h.receiver()] == null) {
          firstHelped[h.receiver()] = h.at();
        }
        helpers.putIfAbsent(LongIntMap.pair(h.receiver(), h.giver()), 1);
      }
      for (int i = from; i < to; i++) {
        Help h = acts.get(i);
        int g = h.giver();
        if (firstPaid[g] == null && firstHelped[g] != null && h.at().isAfter(firstHelped[g])
            && helpers.get(LongIntMap.pair(g, h.receiver()), 0) == 0) {
          firstPaid[g] = h.at();
        }
      }
      from = to;
    }
    int helped = 0;
    List<MemberId> payers = new ArrayList<>();
    List<Duration> delays = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      if (firstHelped[p] != null) {
        helped++;
      }
      if (firstPaid[p] != null) {
        payers.add(index.id(p));
        delays.add(Duration.between(firstHelped[p], firstPaid[p]));
      }
    }
    return new PayItForward(helped, payers.size(), payers, Durations.median(delays), Durations.mean(delays));
  }

  /** paidForward / helped; 0 when nobody was helped. */
  public double share() {
    return helped == 0 ? 0 : (double) paidForward / helped;
  }

  /** {@code PayItForward[helped=12, paidForward=5 (0.417), medianDelay=PT72H, payers=[…]]}. */
  @Override
  public String toString() {
    return "PayItForward[helped=" + helped + ", paidForward=" + paidForward + " (" + Format.ratio(share())
        + "), medianDelay=" + medianDelay.map(Duration::toString).orElse("none") + ", meanDelay="
        + meanDelay.map(Duration::toString).orElse("none") + ", payers=" + Format.capped(payers) + "]";
  }

  /** One act of help between member positions. */
  private record Help(int giver, int receiver, Instant at) {}
}
