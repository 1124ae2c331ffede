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
  static final class Request implements Scorer {
    private final MemberTable table;
    private final TopicIndex index;
    private final int seeker;
    /** The score by the candidate's channel code: a look-up rather than branches on random codes. */
    private final double[] byCode = new double[1 + Channel.values().length];

    Request(MatchContext context) {
      table = context.table();
      index = context.index();
      seeker = MemberTable.channelCode(context.seeker().preferredChannels());
      for (int other = 0; other < byCode.length; other++) {
        byCode[other] = seeker == MemberTable.NO_CHANNEL || other == MemberTable.NO_CHANNEL ? 0.5
            : seeker == other ? 1 : 0;
      }
    }

    @Override
    public double score(int candidate) {
      return byCode[index.channel(candidate)];
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
