package org.blendnet.metrics.reciprocity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.blendnet.core.Answer;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TimeWindow;
import org.blendnet.metrics.internal.IdIndex;
import org.jspecify.annotations.Nullable;

/**
 * A directed graph on member positions as sorted, distinct arcs {@code source << 32 | target}, each with
 * a multiplicity (how many times it was recorded). Built by sorting the recorded arcs: O(a log a) for a
 * recorded arcs; finding an arc is a binary search, O(log L) for L distinct arcs. Immutable once built.
 */
final class Arcs {

  final int members;
  /** Distinct arcs, ascending. */
  final long[] keys;
  /** Multiplicity of each arc. */
  final long[] counts;

  private Arcs(int members, long[] keys, long[] counts) {
    this.members = members;
    this.keys = keys;
    this.counts = counts;
  }

  /**
   * The contact graph: initiator → each other participant, from every touchpoint with an initiator (within
   * {@code window} if given); multiplicity = number of such contacts.
   */
  static Arcs contact(Network network, IdIndex<MemberId> index, @Nullable TimeWindow window) {
    Recorded raw = new Recorded();
    for (Touchpoint t : network.touchpoints()) {
      Optional<MemberId> initiator = t.initiator();
      if (initiator.isEmpty() || (window != null && !window.contains(t.at()))) {
        continue;
      }
      int source = index.positionOfKnown(initiator.get());
      List<MemberId> participants = t.participants();
      for (int i = 0; i < participants.size(); i++) {
        int target = index.positionOfKnown(participants.get(i));
        if (target != source) {
          raw.add(source, target);
        }
      }
    }
    return raw.build(index.size());
  }

  /**
   * The help-flow graph: responder → asker for every answer to another member's question, and referrer →
   * beneficiary ({@code onBehalfOf}, else {@code from}) for every referral made for someone else (within
   * {@code window} if given); multiplicity = number of such acts of help.
   */
  static Arcs helpFlow(Network network, IdIndex<MemberId> index, @Nullable TimeWindow window) {
    Recorded raw = new Recorded();
    IdIndex<QuestionId> questions = IdIndex.questions(network);
    int[] askerOf = askers(network, index);
    for (Answer a : network.answers()) {
      if (window != null && !window.contains(a.answeredAt())) {
        continue;
      }
      int asker = askerOf[questions.positionOfKnown(a.question())];
      int responder = index.positionOfKnown(a.responder());
      if (asker != responder) {
        raw.add(responder, asker);
      }
    }
    for (Referral r : network.referrals()) {
      MemberId beneficiary = r.onBehalfOf().orElse(r.from());
      if ((window == null || window.contains(r.at())) && !beneficiary.equals(r.referrer())) {
        raw.add(index.positionOfKnown(r.referrer()), index.positionOfKnown(beneficiary));
      }
    }
    return raw.build(index.size());
  }

  /** The position of the asker of each question, by question position. */
  static int[] askers(Network network, IdIndex<MemberId> index) {
    List<Question> questions = network.questions();
    int[] askerOf = new int[questions.size()];
    for (int i = 0; i < askerOf.length; i++) {
      askerOf[i] = index.positionOfKnown(questions.get(i).asker());
    }
    return askerOf;
  }

  static long key(int source, int target) {
    return (long) source << 32 | target;
  }

  static int source(long key) {
    return (int) (key >>> 32);
  }

  static int target(long key) {
    return (int) key;
  }

  /** The number of distinct arcs L. */
  int size() {
    return keys.length;
  }

  /** The multiplicity of arc {@code source → target}, 0 if absent. */
  long count(int source, int target) {
    int i = Arrays.binarySearch(keys, key(source, target));
    return i >= 0 ? counts[i] : 0;
  }

  /** For each distinct arc, the multiplicity of its reverse (0 when the arc is not reciprocated). */
  long[] reverseCounts() {
    long[] reverse = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      reverse[i] = count(target(keys[i]), source(keys[i]));
    }
    return reverse;
  }

  /** Arcs as they are recorded, in a growable primitive array. */
  static final class Recorded {
    private long[] raw = new long[16];
    private int size;

    void add(int source, int target) {
      if (size == raw.length) {
        raw = Arrays.copyOf(raw, size + (size >> 1));
      }
      raw[size++] = key(source, target);
    }

    Arcs build(int members) {
      long[] sorted = Arrays.copyOf(raw, size);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          distinct++;
        }
      }
      long[] keys = new long[distinct];
      long[] counts = new long[distinct];
      int j = -1;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          keys[++j] = sorted[i];
        }
        counts[j]++;
      }
      return new Arcs(members, keys, counts);
    }
  }
}
