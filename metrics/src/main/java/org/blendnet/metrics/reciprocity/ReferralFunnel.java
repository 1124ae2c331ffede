package org.blendnet.metrics.reciprocity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Community;
import org.blendnet.core.CommunityId;
import org.blendnet.core.ConsentState;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.ReferralOutcome;
import org.blendnet.metrics.internal.Format;
import org.blendnet.metrics.internal.IdIndex;

/**
 * What happens to referrals — "I Twittered the question … I was able to send Harold's email address to
 * the person who had posed the original question": per kind (question forwards, introductions), how many
 * were requested, accepted and completed, declined and expired; how long the chains grew; how many
 * crossed a community or unit boundary; and who refers most successfully.
 *
 * <p><b>Stages</b> (by each referral's {@link ReferralOutcome}): every referral is <em>requested</em>;
 * <em>accepted</em> are those the target accepted (ACCEPTED, and those that went on to ANSWERED or
 * INTRODUCED); <em>completed</em> are ANSWERED (forwards) or INTRODUCED (introductions); the rest are
 * DECLINED, EXPIRED, REVOKED or still PENDING. Shares are of the requested, 0 when none were. The
 * {@link ConsentState}s of the targets are counted alongside.
 *
 * <p><b>Chains.</b> Each referral that is no other's parent ends a chain; its length is the number of
 * referrals from the chain's first hop to it ({@code network.referralChain(it).size()}). A referral
 * without parent or children is a chain of length 1.
 *
 * <p><b>Crossing.</b> A question forward <em>crosses communities</em> when its question was asked in a
 * community and the target ({@code to}) is not a member of it; forwards of questions asked outside any
 * community are not classified. An introduction crosses communities when the two members introduced
 * ({@code from}, {@code to}) both belong to some community but to none in common; otherwise (either in
 * none) it is not classified. A referral <em>crosses units</em> when the {@link Affiliation}s of
 * {@code from} and {@code to}, cut to {@link Options#unitDepth()} segments (default 2: organisation /
 * unit), differ; it is classified only when both affiliations are at least that deep.
 *
 * <p><b>Referrers.</b> Per referrer, the referrals made (as referrer, any kind, any beneficiary) and the
 * completed ones; ranked by completed count, then success rate, then id, for referrers with at least
 * {@link Options#minReferrals()} referrals (default 3).
 *
 * <p>O(r) time and space for r referrals (plus the members' community look-ups).
 *
 * @implNote Thread-safe: immutable.
 * @param options the options used
 * @param forwards the funnel of question forwards
 * @param introductions the funnel of introductions
 * @param chainLengths chain length → number of chains, ascending
 * @param referrers the successful referrers, best first
 * @since 0.1
 */
public record ReferralFunnel(Options options, Stages forwards, Stages introductions,
    SortedMap<Integer, Integer> chainLengths, List<ReferrerSuccess> referrers) {

  /** Creates the figures. */
  public ReferralFunnel {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(forwards, "forwards");
    Objects.requireNonNull(introductions, "introductions");
    chainLengths = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(chainLengths,
        "chainLengths")));
    referrers = List.copyOf(Objects.requireNonNull(referrers, "referrers"));
  }

  /** The funnel with {@link Options#defaults()}. */
  public static ReferralFunnel of(Network network) {
    return of(network, Options.defaults());
  }

  /** The funnel of {@code network}'s referrals. */
  public static ReferralFunnel of(Network network, Options options) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(options, "options");
    List<Referral> referrals = network.referrals();
    Tally forwards = new Tally();
    Tally introductions = new Tally();
    IdIndex<MemberId> index = IdIndex.members(network);
    int[] made = new int[index.size()];
    int[] succeeded = new int[index.size()];
    for (Referral r : referrals) {
      boolean forward = r.kind() == ReferralKind.QUESTION_FORWARD;
      Tally t = forward ? forwards : introductions;
      t.add(r);
      int communities = forward ? forwardCrossesCommunities(network, r) : introductionCrossesCommunities(network, r);
      if (communities >= 0) {
        t.communitiesClassified++;
        t.communitiesCrossed += communities;
      }
      Affiliation from = network.member(r.from()).orElseThrow().affiliation();
      Affiliation to = network.member(r.to()).orElseThrow().affiliation();
      if (from.depth() >= options.unitDepth() && to.depth() >= options.unitDepth()) {
        t.unitsClassified++;
        if (!from.truncate(options.unitDepth()).equals(to.truncate(options.unitDepth()))) {
          t.unitsCrossed++;
        }
      }
      int p = index.positionOfKnown(r.referrer());
      made[p]++;
      if (completed(r.outcome())) {
        succeeded[p]++;
      }
    }
    List<ReferrerSuccess> ranked = new ArrayList<>();
    for (int p = 0; p < made.length; p++) {
      if (made[p] > 0 && made[p] >= options.minReferrals()) {
        ranked.add(new ReferrerSuccess(index.id(p), made[p], succeeded[p]));
      }
    }
    ranked.sort(Comparator.comparingInt(ReferrerSuccess::succeeded).reversed()
        .thenComparing(Comparator.comparingDouble(ReferrerSuccess::rate).reversed())
        .thenComparing(ReferrerSuccess::member));
    return new ReferralFunnel(options, forwards.stages(ReferralKind.QUESTION_FORWARD),
        introductions.stages(ReferralKind.INTRODUCTION), chainLengths(referrals), ranked);
  }

  private static boolean completed(ReferralOutcome o) {
    return o == ReferralOutcome.ANSWERED || o == ReferralOutcome.INTRODUCED;
  }

  /** 1 if crossed, 0 if not, −1 if not classified. */
  private static int forwardCrossesCommunities(Network network, Referral r) {
    Question q = network.question(r.question().orElseThrow()).orElseThrow();
    if (q.community().isEmpty()) {
      return -1;
    }
    CommunityId c = q.community().get();
    for (Community mine : network.communitiesOf(r.to())) {
      if (mine.id().equals(c)) {
        return 0;
      }
    }
    return 1;
  }

  /** 1 if crossed, 0 if not, −1 if not classified. */
  private static int introductionCrossesCommunities(Network network, Referral r) {
    List<Community> from = network.communitiesOf(r.from());
    List<Community> to = network.communitiesOf(r.to());
    if (from.isEmpty() || to.isEmpty()) {
      return -1;
    }
    for (Community c : from) {
      if (to.contains(c)) {
        return 0;
      }
    }
    return 1;
  }

  /** Chain length → number of chains: the depth of every referral that is no other's parent. O(r). */
  private static SortedMap<Integer, Integer> chainLengths(List<Referral> referrals) {
    int r = referrals.size();
    Map<ReferralId, Integer> position = new HashMap<>(Math.max(16, r * 2));
    for (int i = 0; i < r; i++) {
      position.put(referrals.get(i).id(), i);
    }
    int[] parent = new int[r];
    boolean[] hasChild = new boolean[r];
    for (int i = 0; i < r; i++) {
      parent[i] = referrals.get(i).parent().map(position::get).orElse(-1);
      if (parent[i] >= 0) {
        hasChild[parent[i]] = true;
      }
    }
    int[] depth = new int[r];
    int[] stack = new int[r];
    for (int i = 0; i < r; i++) {
      int top = 0;
      int j = i;
      while (j >= 0 && depth[j] == 0) {
        stack[top++] = j;
        j = parent[j];
      }
      int d = j >= 0 ? depth[j] : 0;
      while (top > 0) {
        depth[stack[--top]] = ++d;
      }
    }
    SortedMap<Integer, Integer> lengths = new TreeMap<>();
    for (int i = 0; i < r; i++) {
      if (!hasChild[i]) {
        lengths.merge(depth[i], 1, Integer::sum);
      }
    }
    return lengths;
  }

  /** The number of chains. */
  public int chains() {
    int c = 0;
    for (int count : chainLengths.values()) {
      c += count;
    }
    return c;
  }

  /** The longest chain; 0 when there are no referrals. */
  public int longestChain() {
    return chainLengths.isEmpty() ? 0 : chainLengths.lastKey();
  }

  /** {@code ReferralFunnel[forwards=…, introductions=…, chainLengths={1=4, 3=1}, referrers=[…]]}. */
  @Override
  public String toString() {
    return "ReferralFunnel[forwards=" + forwards + ", introductions=" + introductions + ", chainLengths="
        + chainLengths + ", referrers=" + Format.capped(referrers) + "]";
  }

  private static final class Tally {
    final Map<ReferralOutcome, Integer> outcomes = new EnumMap<>(ReferralOutcome.class);
    final Map<ConsentState, Integer> consent = new EnumMap<>(ConsentState.class);
    int communitiesClassified;
    int communitiesCrossed;
    int unitsClassified;
    int unitsCrossed;

    void add(Referral r) {
      outcomes.merge(r.outcome(), 1, Integer::sum);
      consent.merge(r.consent(), 1, Integer::sum);
    }

    int count(ReferralOutcome o) {
      return outcomes.getOrDefault(o, 0);
    }

    Stages stages(ReferralKind kind) {
      int completed = count(ReferralOutcome.ANSWERED) + count(ReferralOutcome.INTRODUCED);
      int requested = 0;
      for (int c : outcomes.values()) {
        requested += c;
      }
      Map<ConsentState, Integer> consents = new EnumMap<>(ConsentState.class);
      for (ConsentState s : ConsentState.values()) {
        consents.put(s, consent.getOrDefault(s, 0));
      }
      return new Stages(kind, requested, count(ReferralOutcome.ACCEPTED) + completed, completed,
          count(ReferralOutcome.DECLINED), count(ReferralOutcome.EXPIRED), count(ReferralOutcome.REVOKED),
          count(ReferralOutcome.PENDING), consents, new Crossing(communitiesClassified, communitiesCrossed),
          new Crossing(unitsClassified, unitsCrossed));
    }
  }

  /**
   * The options of the funnel.
   *
   * @implNote Thread-safe: immutable.
   * @param unitDepth how many segments of an {@link Affiliation} make a unit (2: organisation / unit), ≥ 1
   * @param minReferrals the fewest referrals a referrer must have made to be ranked, ≥ 1
   * @since 0.1
   */
  public record Options(int unitDepth, int minReferrals) {

    private static final Options DEFAULTS = new Options(2, 3);

    /**
     * Creates options.
     *
     * @throws IllegalArgumentException if a value is below 1
     */
    public Options {
      if (unitDepth < 1) {
        throw new IllegalArgumentException("unitDepth must be >= 1 but was " + unitDepth);
      }
      if (minReferrals < 1) {
        throw new IllegalArgumentException("minReferrals must be >= 1 but was " + minReferrals);
      }
    }

    /** Units at depth 2, referrers ranked from 3 referrals. */
    public static Options defaults() {
      return DEFAULTS;
    }

    /** These options with another {@link #unitDepth()}. */
    public Options withUnitDepth(int depth) {
      return new Options(depth, minReferrals);
    }

    /** These options with another {@link #minReferrals()}. */
    public Options withMinReferrals(int min) {
      return new Options(unitDepth, min);
    }
  }

  /**
   * The funnel of one kind of referral.
   *
   * @implNote Thread-safe: immutable.
   * @param kind the kind
   * @param requested all referrals of the kind
   * @param accepted accepted by the target (outcome ACCEPTED, ANSWERED or INTRODUCED)
   * @param completed answered (forwards) or introduced (introductions)
   * @param declined declined by the target
   * @param expired nothing happened in time
   * @param revoked withdrawn
   * @param pending still under way
   * @param consent the targets' consent states, every state present (possibly 0)
   * @param communities community crossings
   * @param units unit crossings
   * @since 0.1
   */
  public record Stages(ReferralKind kind, int requested, int accepted, int completed, int declined, int expired,
      int revoked, int pending, Map<ConsentState, Integer> consent, Crossing communities, Crossing units) {

    /**
     * Creates a funnel.
     *
     * @throws IllegalArgumentException if the counts are negative or do not add up
     */
    public Stages {
      Objects.requireNonNull(kind, "kind");
      Map<ConsentState, Integer> copy = new EnumMap<>(ConsentState.class);
      copy.putAll(Objects.requireNonNull(consent, "consent"));
      consent = Collections.unmodifiableMap(copy);
      Objects.requireNonNull(communities, "communities");
      Objects.requireNonNull(units, "units");
      if (requested < 0 || completed < 0 || declined < 0 || expired < 0 || revoked < 0 || pending < 0
          || accepted < completed) {
        throw new IllegalArgumentException("counts must be >= 0 and accepted >= completed but were requested="
            + requested + ", accepted=" + accepted + ", completed=" + completed + ", declined=" + declined
            + ", expired=" + expired + ", revoked=" + revoked + ", pending=" + pending);
      }
      if (accepted + declined + expired + revoked + pending != requested) {
        throw new IllegalArgumentException("accepted + declined + expired + revoked + pending must be requested ("
            + requested + ") but was " + (accepted + declined + expired + revoked + pending));
      }
    }

    private double share(int count) {
      return requested == 0 ? 0 : (double) count / requested;
    }

    /** accepted / requested; 0 when none were requested. */
    public double acceptedShare() {
      return share(accepted);
    }

    /** completed / requested; 0 when none were requested. */
    public double completedShare() {
      return share(completed);
    }

    /** declined / requested; 0 when none were requested. */
    public double declinedShare() {
      return share(declined);
    }

    /** expired / requested; 0 when none were requested. */
    public double expiredShare() {
      return share(expired);
    }

    /** {@code QUESTION_FORWARD: requested 10 → accepted 6 (0.600) → completed 4 (0.400); declined 2, …}. */
    @Override
    public String toString() {
      return kind + ": requested " + requested + " → accepted " + accepted + " (" + Format.ratio(acceptedShare())
          + ") → completed " + completed + " (" + Format.ratio(completedShare()) + "); declined " + declined
          + ", expired " + expired + ", revoked " + revoked + ", pending " + pending + "; consent " + consent
          + "; communities " + communities + ", units " + units;
    }
  }

  /**
   * How many referrals could be classified as crossing a boundary or not, and how many crossed.
   *
   * @implNote Thread-safe: immutable.
   * @param classified referrals whose crossing could be decided
   * @param crossed of those, referrals that crossed
   * @since 0.1
   */
  public record Crossing(int classified, int crossed) {

    /**
     * Creates the counts.
     *
     * @throws IllegalArgumentException unless {@code 0 <= crossed <= classified}
     */
    public Crossing {
      if (crossed < 0 || crossed > classified) {
        throw new IllegalArgumentException(
            "need 0 <= crossed <= classified but was crossed=" + crossed + ", classified=" + classified);
      }
    }

    /** crossed / classified; 0 when none could be classified. */
    public double share() {
      return classified == 0 ? 0 : (double) crossed / classified;
    }

    /** {@code 3/5 crossed (0.600)}. */
    @Override
    public String toString() {
      return crossed + "/" + classified + " crossed (" + Format.ratio(share()) + ")";
    }
  }

  /**
   * A referrer's record.
   *
   * @implNote Thread-safe: immutable.
   * @param member the referrer
   * @param made referrals made
   * @param succeeded of those, completed (answered or introduced)
   * @since 0.1
   */
  public record ReferrerSuccess(MemberId member, int made, int succeeded) {

    /**
     * Creates a record.
     *
     * @throws IllegalArgumentException unless {@code 0 <= succeeded <= made}
     */
    public ReferrerSuccess {
      Objects.requireNonNull(member, "member");
      if (succeeded < 0 || succeeded > made) {
        throw new IllegalArgumentException(
            "need 0 <= succeeded <= made but was succeeded=" + succeeded + ", made=" + made);
      }
    }

    /** succeeded / made; 0 when none were made. */
    public double rate() {
      return made == 0 ? 0 : (double) succeeded / made;
    }

    /** {@code karyn: 4/5 (0.800)}. */
    @Override
    public String toString() {
      return member + ": " + succeeded + "/" + made + " (" + Format.ratio(rate()) + ")";
    }
  }
}
