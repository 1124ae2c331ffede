package org.blendnet.core.match;

import java.util.Optional;
import org.blendnet.core.Channel;

/** See {@link CoreSignals#channelCompatibility()}. */
final class ChannelCompatibility extends CoreSignal {

  static final ChannelCompatibility INSTANCE = new ChannelCompatibility();

  private ChannelCompatibility() {
    super(CoreSignals.CHANNEL);
  }

  @Override
  Scorer begin(MatchContext context) {
    return new Request(context);
  }

  /** The scorer of one request. */
  private static final class Request implements Scorer {
    private final MemberTable table;
    private final int seeker;

    Request(MatchContext context) {
      table = context.table();
      seeker = MemberTable.channelCode(context.seeker().preferredChannels());
    }

    @Override
    public double score(int candidate) {
      int other = table.channel(candidate);
      if (seeker == MemberTable.NO_CHANNEL || other == MemberTable.NO_CHANNEL) {
        return 0.5;
      }
      return seeker == other ? 1 : 0;
    }

    @Override
    public Optional<String> explain(int candidate) {
      int other = table.channel(candidate);
      if (seeker == MemberTable.NO_CHANNEL || other == MemberTable.NO_CHANNEL) {
        return Optional.empty();
      }
      String theirs = Phrases.channel(Channel.values()[other - 1]);
      return Optional.of(seeker == other ? "prefers " + theirs + ", as you do"
          : "prefers " + theirs + "; you prefer " + Phrases.channel(Channel.values()[seeker - 1]));
    }
  }
}
