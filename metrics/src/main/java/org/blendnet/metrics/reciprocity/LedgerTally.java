package org.blendnet.metrics.reciprocity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.blendnet.core.Answer;
import org.blendnet.core.Event;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.Touchpoint;
import org.blendnet.metrics.TimeWindows;
import org.blendnet.metrics.internal.IdIndex;
import org.blendnet.metrics.internal.LongIntMap;
import org.jspecify.annotations.Nullable;

/**
 * The one pass behind a {@link ReciprocityLedger}: counts every act of {@link GiveTakeCounts} into
 * primitive arrays indexed by kind, window and member position. O(n) over the records, plus the sort of
 * each pair's directed touchpoints by time when the touchpoints are not already in time order (see
 * {@link #countReplies}). Not thread-safe; confined to the computation.
 */
final class LedgerTally {

  static final int ANSWERS_GIVEN = 0;
  static final int HELPFUL_ANSWERS_GIVEN = 1;
  static final int FORWARDS_MADE = 2;
  static final int INTRODUCTIONS_MADE = 3;
  static final int EVENTS_HOSTED = 4;
  static final int REPLIES_GIVEN = 5;
  static final int QUESTIONS_ASKED = 6;
  static final int ANSWERS_RECEIVED = 7;
  static final int FORWARDS_RECEIVED = 8;
  static final int INTRODUCTIONS_RECEIVED = 9;
  static final int KINDS = 10;

  final IdIndex<MemberId> index;
  final int n;
  final int windowCount;
  /** counts[window][kind][position]. */
  final int[][][] counts;
  private final @Nullable TimeWindows windows;

  private LedgerTally(IdIndex<MemberId> index, @Nullable TimeWindows windows) {
    this.index = index;
    this.n = index.size();
    this.windows = windows;
    this.windowCount = windows == null ? 1 : windows.size();
    this.counts = new int[windowCount][KINDS][n];
  }

  /** Counts every act in {@code network}; per window of {@code windows}, or all in one if it is null. */
  static LedgerTally count(Network network, IdIndex<MemberId> index, @Nullable TimeWindows windows) {
    LedgerTally tally = new LedgerTally(index, windows);
    tally.countQuestionsAndAnswers(network);
    tally.countReferrals(network.referrals());
    tally.countEvents(network.events());
    tally.countReplies(network.touchpoints());
    return tally;
  }

  /** The window of {@code at}: 0 when counting all time, −1 when outside every window. */
  private int window(Instant at) {
    return windows == null ? 0 : windows.indexOf(at);
  }

  private void add(int kind, int window, int position) {
    counts[window][kind][position]++;
  }

  private void countQuestionsAndAnswers(Network network) {
    IdIndex<QuestionId> questions = IdIndex.questions(network);
    int[] askerOf = new int[questions.size()];
    for (int i = 0; i < askerOf.length; i++) {
      Question q = network.questions().get(i);
      askerOf[i] = index.positionOfKnown(q.asker());
      int w = window(q.askedAt());
      if (w >= 0) {
        add(QUESTIONS_ASKED, w, askerOf[i]);
      }
    }
    for (Answer a : network.answers()) {
      int w = window(a.answeredAt());
      if (w < 0) {
        continue;
      }
      int asker = askerOf[questions.positionOfKnown(a.question())];
      int responder = index.positionOfKnown(a.responder());
      if (asker == responder) {
        continue;
      }
      add(ANSWERS_GIVEN, w, responder);
      if (a.isHelpful()) {
        add(HELPFUL_ANSWERS_GIVEN, w, responder);
      }
      add(ANSWERS_RECEIVED, w, asker);
    }
  }

  private void countReferrals(List<Referral> referrals) {
    for (Referral r : referrals) {
      MemberId beneficiary = r.onBehalfOf().orElse(r.from());
      int w = window(r.at());
      if (w < 0 || beneficiary.equals(r.referrer())) {
        continue;
      }
      boolean forward = r.kind() == ReferralKind.QUESTION_FORWARD;
      add(forward ? FORWARDS_MADE : INTRODUCTIONS_MADE, w, index.positionOfKnown(r.referrer()));
      add(forward ? FORWARDS_RECEIVED : INTRODUCTIONS_RECEIVED, w, index.positionOfKnown(beneficiary));
    }
  }

  private void countEvents(List<Event> events) {
    for (Event e : events) {
      int w = window(e.start());
      if (w >= 0) {
        for (MemberId host : e.hosts()) {
          add(EVENTS_HOSTED, w, index.positionOfKnown(host));
        }
      }
    }
  }

  /**
   * Replies (see {@link GiveTakeCounts}). The directed two-participant touchpoints are collected in network
   * order, numbered by unordered pair (a primitive hash map), and grouped by pair with a stable counting
   * sort. When the touchpoints were added in time order, each group is then already in time order;
   * otherwise each group of two or more is sorted by (time, network order). A scan of each group counts a
   * reply whenever the initiator changes. O(d) for d directed touchpoints in time order; otherwise
   * O(d + Σ g log g) over the pair groups g.
   */
  private void countReplies(List<Touchpoint> touchpoints) {
    DirectedContacts c = DirectedContacts.collect(touchpoints, index);
    int d = c.size;
    if (d < 2) {
      return;
    }
    LongIntMap pairs = new LongIntMap(d);
    int[] pairOf = new int[d];
    int pairCount = 0;
    for (int k = 0; k < d; k++) {
      int a = c.initiator[k];
      int b = c.other[k];
      long key = a < b ? LongIntMap.pair(a, b) : LongIntMap.pair(b, a);
      int id = pairs.putIfAbsent(key, pairCount);
      if (id == pairCount) {
        pairCount++;
      }
      pairOf[k] = id;
    }
    int[] start = new int[pairCount + 1];
    for (int k = 0; k < d; k++) {
      start[pairOf[k] + 1]++;
    }
    for (int p = 0; p < pairCount; p++) {
      start[p + 1] += start[p];
    }
    int[] next = Arrays.copyOf(start, pairCount);
    int[] order = new int[d];
    for (int k = 0; k < d; k++) {
      order[next[pairOf[k]]++] = k;
    }
    for (int p = 0; p < pairCount; p++) {
      int from = start[p];
      int to = start[p + 1];
      if (to - from < 2) {
        continue;
      }
      if (!c.inTimeOrder) {
        TimeSort.sort(order, from, to, c.second, c.nano);
      }
      for (int j = from + 1; j < to; j++) {
        int cur = order[j];
        if (c.initiator[cur] != c.initiator[order[j - 1]]) {
          int w = windows == null ? 0 : windows.indexOf(Instant.ofEpochSecond(c.second[cur], c.nano[cur]));
          if (w >= 0) {
            add(REPLIES_GIVEN, w, index.positionOfKey(c.initiator[cur]));
          }
        }
      }
    }
  }

  /**
   * The directed two-participant touchpoints of a network, as primitive columns in network order; members
   * by {@link IdIndex#keyOf key}, which needs no table look-up.
   */
  static final class DirectedContacts {
    int size;
    int[] initiator = new int[16];
    int[] other = new int[16];
    long[] second = new long[16];
    int[] nano = new int[16];
    boolean inTimeOrder = true;

    static DirectedContacts collect(List<Touchpoint> touchpoints, IdIndex<MemberId> index) {
      DirectedContacts c = new DirectedContacts();
      long lastSecond = Long.MIN_VALUE;
      int lastNano = 0;
      for (Touchpoint t : touchpoints) {
        Optional<MemberId> initiator = t.initiator();
        if (initiator.isEmpty()) {
          continue;
        }
        List<MemberId> participants = t.participants();
        if (participants.size() != 2) {
          continue;
        }
        MemberId a = initiator.get();
        MemberId first = participants.get(0);
        MemberId b = first.equals(a) ? participants.get(1) : first;
        Instant at = t.at();
        long s = at.getEpochSecond();
        int ns = at.getNano();
        if (s < lastSecond || (s == lastSecond && ns < lastNano)) {
          c.inTimeOrder = false;
        }
        lastSecond = s;
        lastNano = ns;
        c.add(index.keyOf(a), index.keyOf(b), s, ns);
      }
      return c;
    }

    private void add(int a, int b, long s, int ns) {
      if (size == initiator.length) {
        int capacity = size + (size >> 1);
        initiator = Arrays.copyOf(initiator, capacity);
        other = Arrays.copyOf(other, capacity);
        second = Arrays.copyOf(second, capacity);
        nano = Arrays.copyOf(nano, capacity);
      }
      initiator[size] = a;
      other[size] = b;
      second[size] = s;
      nano[size] = ns;
      size++;
    }
  }
}
