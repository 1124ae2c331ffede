package org.blendnet.core.match;

import java.util.Optional;
import java.util.Set;
import org.blendnet.core.Channel;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.jspecify.annotations.Nullable;

/** See {@link CoreSignals#channelCompatibility()}. */
final class ChannelCompatibility implements MatchSignal {

  static final ChannelCompatibility INSTANCE = new ChannelCompatibility();

  private ChannelCompatibility() {}

  @Override
  public String name() {
    return CoreSignals.CHANNEL;
  }

  @Override
  public Prepared prepare(Network network) {
    return Request::new;
  }

  @Override
  public String toString() {
    return name();
  }

  /** The one channel a member prefers, or null if they prefer none or both. */
  static @Nullable Channel preference(Set<Channel> preferred) {
    return preferred.size() == 1 ? preferred.iterator().next() : null;
  }

  /** The scorer of one request. */
  private static final class Request implements Scorer {
    private final @Nullable Channel seeker;

    Request(MatchContext context) {
      seeker = preference(context.seeker().preferredChannels());
    }

    @Override
    public double score(Member candidate, int index) {
      Channel other = preference(candidate.preferredChannels());
      if (seeker == null || other == null) {
        return 0.5;
      }
      return seeker == other ? 1 : 0;
    }

    @Override
    public Optional<String> explain(Member candidate, int index) {
      Channel other = preference(candidate.preferredChannels());
      if (seeker == null || other == null) {
        return Optional.empty();
      }
      return Optional.of(seeker == other ? "prefers " + Phrases.channel(other) + ", as you do"
          : "prefers " + Phrases.channel(other) + "; you prefer " + Phrases.channel(seeker));
    }
  }
}
