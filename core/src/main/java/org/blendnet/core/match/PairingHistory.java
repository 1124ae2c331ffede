package org.blendnet.core.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.blendnet.core.MemberId;

/**
 * The pairs of the last few rounds, so that a {@link PairingRound} does not pair people again too soon:
 * no pair of {@link #recent()} is made again while it is remembered. The host keeps the history between
 * rounds and adds each round it runs:
 *
 * <pre>{@code
 * PairingHistory history = PairingHistory.keeping(4);          // no repeats within 4 rounds
 * Pairing round = rounds.pair(population, PairingOptions.defaults().withHistory(history));
 * history = history.plus(round);                                // the oldest round is forgotten
 * }</pre>
 *
 * <p>A history remembers at most {@link #rounds()} rounds; adding one more forgets the oldest. Each
 * round's pairs are kept in id order ({@code first}, then {@code second}), so a history prints and
 * compares the same on every JVM. Immutable and thread-safe.
 *
 * @param rounds how many rounds are remembered (0: none)
 * @param recent the remembered rounds, oldest first, at most {@code rounds} of them
 * @since 0.1
 */
public record PairingHistory(int rounds, List<Set<MemberPair>> recent) {

  private static final Comparator<MemberPair> ORDER =
      Comparator.comparing(MemberPair::first).thenComparing(MemberPair::second);

  /**
   * Creates a history, keeping the last {@code rounds} of {@code recent}.
   *
   * @throws IllegalArgumentException if {@code rounds} is negative
   */
  public PairingHistory {
    if (rounds < 0) {
      throw new IllegalArgumentException("rounds must be >= 0 but was " + rounds);
    }
    Objects.requireNonNull(recent, "recent");
    List<Set<MemberPair>> kept = new ArrayList<>();
    for (int r = Math.max(0, recent.size() - rounds); r < recent.size(); r++) {
      kept.add(sorted(Objects.requireNonNull(recent.get(r), "recent must not contain null")));
    }
    recent = List.copyOf(kept);
  }

  /**
   * An empty history that remembers the last {@code rounds} rounds.
   *
   * @throws IllegalArgumentException if {@code rounds} is negative
   */
  public static PairingHistory keeping(int rounds) {
    return new PairingHistory(rounds, List.of());
  }

  /** A history that remembers nothing: pairs may repeat from one round to the next. */
  public static PairingHistory none() {
    return keeping(0);
  }

  private static Set<MemberPair> sorted(Collection<MemberPair> pairs) {
    List<MemberPair> list = new ArrayList<>(pairs.size());
    for (MemberPair p : pairs) {
      list.add(Objects.requireNonNull(p, "a round must not contain null"));
    }
    list.sort(ORDER);
    return Collections.unmodifiableSet(new LinkedHashSet<>(list));
  }

  /** This history with the pairs of {@code round} added as the newest round. */
  public PairingHistory plus(Pairing round) {
    Objects.requireNonNull(round, "round");
    return plus(round.memberPairs());
  }

  /** This history with {@code pairs} (a round made elsewhere) added as the newest round. */
  public PairingHistory plus(Collection<MemberPair> pairs) {
    Objects.requireNonNull(pairs, "pairs");
    if (rounds == 0) {
      return this;
    }
    List<Set<MemberPair>> next = new ArrayList<>(recent);
    next.add(sorted(pairs));
    return new PairingHistory(rounds, next);
  }

  /** True if {@code pair} was made in one of the remembered rounds. */
  public boolean contains(MemberPair pair) {
    Objects.requireNonNull(pair, "pair");
    for (Set<MemberPair> round : recent) {
      if (round.contains(pair)) {
        return true;
      }
    }
    return false;
  }

  /** This history without any pair of {@code member} (for erasure). */
  public PairingHistory without(MemberId member) {
    Objects.requireNonNull(member, "member");
    List<Set<MemberPair>> next = new ArrayList<>(recent.size());
    for (Set<MemberPair> round : recent) {
      List<MemberPair> kept = new ArrayList<>(round.size());
      for (MemberPair p : round) {
        if (!p.contains(member)) {
          kept.add(p);
        }
      }
      next.add(sorted(kept));
    }
    return new PairingHistory(rounds, next);
  }

  /** The number of pairs remembered, over all rounds (a pair made twice counts twice). */
  public int pairCount() {
    int n = 0;
    for (Set<MemberPair> round : recent) {
      n += round.size();
    }
    return n;
  }

  /** {@code PairingHistory[2 of 4 rounds, 57 pairs]}. */
  @Override
  public String toString() {
    return "PairingHistory[" + recent.size() + " of " + Phrases.count(rounds, "round") + ", "
        + Phrases.count(pairCount(), "pair") + "]";
  }
}
