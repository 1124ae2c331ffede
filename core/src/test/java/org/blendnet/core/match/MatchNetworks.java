package org.blendnet.core.match;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.blendnet.core.Channel;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.blendnet.core.testing.Networks;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated cases for the matchmaking properties: a network from {@link Networks} whose members' topics
 * are folded into a handful (so that members share topics, as they do in life), and the request's
 * parameters. Also the brute-force reference every property compares the matchmaker with.
 */
final class MatchNetworks {

  /** Topics after folding: t0 … t4. */
  static final int VOCABULARY = 5;

  private MatchNetworks() {}

  /**
   * One generated case.
   *
   * @param network the network
   * @param k results asked for
   * @param seed the tie-breaking seed, or empty
   * @param asOf the request's instant
   * @param excludeEvery members whose position is a multiple of this (from 1) are excluded; 0 for none
   * @param filtered whether a filter rejects members with an even-length id
   * @param maxCandidates the index cap
   */
  record Case(Network network, int k, OptionalLong seed, Instant asOf, int excludeEvery, boolean filtered,
      int maxCandidates) {

    @Override
    public String toString() {
      return "k=" + k + ", seed=" + seed + ", asOf=" + asOf + ", excludeEvery=" + excludeEvery + ", filtered="
          + filtered + ", maxCandidates=" + maxCandidates + "\n" + Networks.describe(network);
    }
  }

  /** Cases over medium networks (2 to 40 members); {@code smallCap} draws caps of 1 to 6 candidates. */
  static Gen<Case> cases(boolean smallCap) {
    Gen<Network> networks = Networks.networks(Networks.Sizes.medium().withTouchpoints(10).withReferrals(5));
    Gen<Integer> ks = Generate.range(1, 8);
    Gen<Long> seeds = Generate.longRange(-1_000, 1_000);
    Gen<Instant> instants = Networks.instants();
    Gen<Integer> excludes = Generate.range(0, 6);
    Gen<Integer> caps = smallCap ? Generate.range(1, 6) : Generate.constant(MatchOptions.DEFAULT_MAX_CANDIDATES);
    return in -> {
      Network n = folded(networks.generate(in));
      int k = ks.generate(in);
      long seed = seeds.generate(in);
      return new Case(n, k, seed % 2 == 0 ? OptionalLong.empty() : OptionalLong.of(seed), instants.generate(in),
          excludes.generate(in), seed % 3 == 0, caps.generate(in));
    };
  }

  /** The network with every member's topics folded into {@link #VOCABULARY} topics. */
  static Network folded(Network n) {
    Network.Builder b = Network.builder();
    for (Member m : n.members()) {
      Member.Builder f = Member.builder(m.id()).name(m.name()).affiliation(m.affiliation()).timeZone(m.timeZone())
          .capacity(m.capacity()).consent(m.consent());
      for (Map.Entry<Topic, ExpertiseLevel> e : m.expertise().entrySet()) {
        f.expertise(fold(e.getKey()), e.getValue());
      }
      for (Topic t : m.interests()) {
        f.interest(fold(t));
      }
      for (Channel c : m.preferredChannels()) {
        f.prefers(c);
      }
      m.attributes().forEach(f::attribute);
      b.member(f.build());
    }
    return b.events(n.events()).communities(n.communities()).touchpoints(n.touchpoints()).questions(n.questions())
        .answers(n.answers()).referrals(n.referrals()).build();
  }

  private static Topic fold(Topic t) {
    return Topic.of("t" + Math.floorMod(t.name().hashCode(), VOCABULARY));
  }

  /** The options of a case for {@code seeker}: exclusions, a blocked pair, the filter, seed and cap. */
  static MatchOptions options(Case c, Member seeker) {
    MatchOptions o = MatchOptions.defaults().withK(c.k()).withAsOf(c.asOf()).withMaxCandidates(c.maxCandidates());
    if (c.seed().isPresent()) {
      o = o.withSeed(c.seed().getAsLong());
    }
    List<Member> members = c.network().members();
    if (c.excludeEvery() > 0) {
      List<org.blendnet.core.MemberId> excluded = new ArrayList<>();
      for (int i = 0; i < members.size(); i += c.excludeEvery()) {
        excluded.add(members.get(i).id());
      }
      o = o.withExcluded(new java.util.HashSet<>(excluded));
      Member last = members.get(members.size() - 1);
      if (!last.id().equals(seeker.id())) {
        o = o.withBlocked(java.util.Set.of(MemberPair.of(seeker.id(), last.id())));
      }
    }
    if (c.filtered()) {
      o = o.withFilter(m -> m.id().value().length() % 2 == 1);
    }
    return o;
  }

  /** A deterministic load: 0, 1 or 2 matches, from the id. */
  static final MemberLoad LOAD = (member, asOf) -> Math.floorMod(member.value().hashCode(), 3);

  /** The members whose budget a case uses up: those whose id hashes to 0 mod 4. */
  static boolean overBudget(Member m) {
    return Math.floorMod(m.id().value().hashCode(), 4) == 0;
  }

  /** A request budget of one a day, used up at {@code asOf} by the members {@link #overBudget(Member)} picks. */
  static RequestBudget budget(Network n, Instant asOf) {
    RequestBudget budget = RequestBudget.perDay(1);
    for (Member m : n.members()) {
      if (overBudget(m)) {
        budget.record(m.id(), asOf);
      }
    }
    return budget;
  }

  /**
   * The reference result: every member of the network, through hard filters written out again here from
   * the members' fields, optionally restricted to the candidate definition (knows a sought topic or wants
   * an offered one), scored one by one with {@link Matchmaker#score}, positive scores only, sorted by
   * score, then the seeded hash or nothing, then id; the first k.
   */
  static List<Match> bruteForce(Matchmaker matchmaker, MatchRequest request, MatchOptions options,
      boolean candidatesOnly, boolean limited) {
    return bruteForce(matchmaker, request, options, candidatesOnly, limited, m -> false);
  }

  /** {@link #bruteForce(Matchmaker, MatchRequest, MatchOptions, boolean, boolean)}, counting the members a source proposes. */
  static List<Match> bruteForce(Matchmaker matchmaker, MatchRequest request, MatchOptions options,
      boolean candidatesOnly, boolean limited, java.util.function.Predicate<Member> sourced) {
    Network n = matchmaker.network();
    Instant asOf = options.asOf().orElseThrow();
    boolean peers = request.purpose() == MatchRequest.Purpose.PEERS;
    List<Match> all = new ArrayList<>();
    for (Member c : n.members()) {
      if (c.id().equals(request.seeker()) || !c.consent().recommendable()
          || !peers && !c.consent().contactable()
          || peers && (c.capacity() == 0 || limited && LOAD.load(c.id(), asOf) >= c.capacity())
          || !peers && limited && overBudget(c)
          || options.excluded().contains(c.id())
          || options.blocked().contains(MemberPair.of(request.seeker(), c.id()))
          || !options.filter().test(c)) {
        continue;
      }
      if (candidatesOnly && !proposed(c, request) && !sourced.test(c)) {
        continue;
      }
      Match m = matchmaker.score(request, c.id(), options);
      if (m.score() > 0) {
        all.add(m);
      }
    }
    all.sort(order(options));
    return all.subList(0, Math.min(options.k(), all.size()));
  }

  /** True if the topic index proposes {@code c} for the request. */
  static boolean proposed(Member c, MatchRequest request) {
    for (Topic t : request.soughtTopics()) {
      if (c.expertise().containsKey(t)) {
        return true;
      }
    }
    for (Topic t : request.offeredTopics()) {
      if (c.interests().contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** The result order: score, then (with a seed) the seeded hash of the id, then the id. */
  static Comparator<Match> order(MatchOptions options) {
    Comparator<Match> byScore = Comparator.comparingDouble(Match::score).reversed();
    if (options.seed().isPresent()) {
      long seed = options.seed().getAsLong();
      byScore = byScore.thenComparingLong(m -> Hashing.hash(seed, m.candidate().value()));
    }
    return byScore.thenComparing(Match::candidate);
  }
}
