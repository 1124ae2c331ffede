package org.blendnet.core.match;

import java.util.Optional;
import org.blendnet.core.MemberId;

/** See {@link CoreSignals#availability()}. */
final class Availability extends CoreSignal {

  static final Availability INSTANCE = new Availability();

  private Availability() {
    super(CoreSignals.AVAILABILITY);
  }

  @Override
  Scorer begin(MatchContext context) {
    return new Request(context);
  }

  /** The matches the member at {@code candidate} has taken on at the request's instant, checked to be >= 0. */
  static int load(MatchContext context, int candidate) {
    MemberLoad loads = context.matchLoad();
    if (loads == MemberLoad.none()) {
      return 0;
    }
    MemberId id = context.member(candidate).id();
    int load = loads.load(id, context.asOf());
    if (load < 0) {
      throw new IllegalStateException(
          "the match load of " + id + " was " + load + "; a MemberLoad must return values >= 0");
    }
    return load;
  }

  /** The scorer of one request. */
  static final class Request implements Scorer {
    private final MatchContext context;
    private final TopicIndex index;

    Request(MatchContext context) {
      this.context = context;
      this.index = context.index();
    }

    @Override
    public double score(int candidate) {
      int capacity = index.capacity(candidate);
      if (capacity == 0) {
        return 0;
      }
      int remaining = Math.max(0, capacity - load(context, candidate));
      return (double) remaining / capacity;
    }

    @Override
    public Optional<String> explain(int candidate) {
      int capacity = index.capacity(candidate);
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
