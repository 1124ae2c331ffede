package org.blendnet.core.match;

import java.util.Optional;
import org.blendnet.core.Member;
import org.blendnet.core.Network;

/** See {@link CoreSignals#availability()}. */
final class Availability implements MatchSignal {

  static final Availability INSTANCE = new Availability();

  private Availability() {}

  @Override
  public String name() {
    return CoreSignals.AVAILABILITY;
  }

  @Override
  public Prepared prepare(Network network) {
    return Request::new;
  }

  @Override
  public String toString() {
    return name();
  }

  /** The matches the member has taken on at the request's instant, checked to be >= 0. */
  static int load(MatchContext context, Member member) {
    MemberLoad loads = context.matchLoad();
    if (loads == MemberLoad.none()) {
      return 0;
    }
    int load = loads.load(member.id(), context.asOf());
    if (load < 0) {
      throw new IllegalStateException(
          "the match load of " + member.id() + " was " + load + "; a MemberLoad must return values >= 0");
    }
    return load;
  }

  /** The scorer of one request. */
  private static final class Request implements Scorer {
    private final MatchContext context;
    private final MemberTable table;

    Request(MatchContext context) {
      this.context = context;
      this.table = context.table();
    }

    @Override
    public double score(Member candidate, int index) {
      int capacity = table.capacity(index);
      if (capacity == 0) {
        return 0;
      }
      int remaining = Math.max(0, capacity - load(context, candidate));
      return (double) remaining / capacity;
    }

    @Override
    public Optional<String> explain(Member candidate, int index) {
      int capacity = candidate.capacity();
      if (capacity == 0) {
        return Optional.of("takes no matches");
      }
      int remaining = Math.max(0, capacity - load(context, candidate));
      if (remaining == 0) {
        return Optional.of("has no room left this period");
      }
      if (capacity == Integer.MAX_VALUE) {
        return Optional.of("sets no limit on matches");
      }
      return Optional.of("has room for " + remaining + " of " + capacity + (capacity == 1 ? " match" : " matches")
          + " this period");
    }
  }
}
