package org.blendnet.graph;

import java.time.Instant;
import java.util.Objects;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blendnet.core.Channel;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.ProgressListener;
import org.blendnet.core.Touchpoint;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link SocialGraph} from a {@link Network} under a {@link TieModel}, aggregating contact into
 * ties with primitive arrays only.
 *
 * <p>Every contribution (a touchpoint or an event, and a pair of its participants) becomes one
 * {@code long}: the higher node in bits 63..34 (so at most 2<sup>29</sup> members), three flags in bits
 * 33..31 (online, directed low → high, directed high → low) and the positive {@code float} weight in bits
 * 30..0. Contributions are bucketed by their lower node (a counting sort: one pass to count, one to fill),
 * each bucket is sorted, and runs with the same higher node are summed into a tie. A third pass finds each
 * tie's earliest online and offline contact by binary search in its bucket. Member ids are looked up
 * once, in the first pass, and kept as node numbers for the other two. Apart from that id look-up nothing
 * is hashed and nothing boxed, so the result does not depend on hash order.
 */
final class NetworkGraphBuilder {

  static final int MAX_MEMBERS = 1 << 29;
  private static final int FLAG_ONLINE = 1;
  private static final int FLAG_LOW_TO_HIGH = 2;
  private static final int FLAG_HIGH_TO_LOW = 4;
  private static final int REPORT_EVERY = 1 << 18;
  private static final long MAX_SECONDS = Long.MAX_VALUE / 1_000_000 - 1;
  private static final long MIN_SECONDS = Long.MIN_VALUE / 1_000_000 + 1;

  /** Receives the contributions of the network, one call per (record, pair of its participants). */
  private interface PairSink {
    void pair(int low, int high, float weight, int flags, long time);
  }

  private final Network network;
  private final TieModel model;
  private final ProgressListener progress;
  private final IdIndex ids;
  private final int n;
  private final @Nullable Instant cutoff;
  private final @Nullable Instant since;
  private final @Nullable Instant reference;
  private final Map<EventId, Integer> eventIndex = new HashMap<>();
  /** Participants of event e are eventNodes[eventStart[e] .. eventStart[e + 1] - 1]. */
  private int[] eventStart = new int[1];
  private int[] eventNodes = new int[0];
  /**
   * The nodes of every included touchpoint of two or more participants, in touchpoint order, the
   * initiator complemented ({@code ~node}); filled by the first pass so that member ids are looked up
   * once.
   */
  private int @Nullable [] touchpointNodes;

  private NetworkGraphBuilder(Network network, TieModel model, ProgressListener progress) {
    this.network = network;
    this.model = model;
    this.progress = progress;
    List<Member> members = network.members();
    if (members.size() > MAX_MEMBERS) {
      throw new IllegalArgumentException(
          "a social graph holds at most " + MAX_MEMBERS + " members but the network has " + members.size());
    }
    MemberId[] sorted = new MemberId[members.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = members.get(i).id();
    }
    Arrays.sort(sorted);
    this.ids = new IdIndex(sorted);
    this.n = sorted.length;
    this.cutoff = model.asOf().orElse(null);
    this.since = model.since().orElse(null);
    this.reference = model.halfLife().isEmpty() ? null : cutoff != null ? cutoff : latest(network);
  }

  static SocialGraph build(Network network, TieModel model, ProgressListener progress) {
    return new NetworkGraphBuilder(network, model, progress).build();
  }

  private SocialGraph build() {
    indexEvents();
    Ties ties = aggregate();
    long[] onlineFirstBits = firstChannels(ties);
    touchpointNodes = null;
    eventNodes = new int[0];
    progress.progress("assembling graph", 0, 1);
    Csr csr = Csr.assemble(n, ties.lowStart, ties.partner, ties.online, ties.offline, onlineFirstBits);
    SocialGraph graph = new SocialGraph(ids, csr, true, null, network, model);
    progress.progress("assembling graph", 1, 1);
    return graph;
  }

  /** The ties of each lower node {@code u}: {@code lowStart[u] .. lowStart[u + 1] - 1}, partners ascending. */
  @SuppressWarnings("ArrayRecordComponent") // an internal carrier, never compared or hashed
  private record Ties(int[] lowStart, int[] partner, float[] online, float[] offline) {}

  /** Passes 1 and 2, then the sorted buckets summed into ties; the contribution array dies on return. */
  private Ties aggregate() {
    // pass 1: count contributions per lower node (and look every member id up, once)
    int[] start = new int[n + 1];
    long[] total = new long[1];
    emit("counting contact", (low, high, weight, flags, time) -> {
      start[low + 1]++;
      total[0]++;
    });
    if (total[0] > Csr.MAX_HALF_EDGES) {
      throw new IllegalArgumentException("the network has " + total[0] + " (contact, pair) contributions; at most "
          + Csr.MAX_HALF_EDGES + " can be aggregated");
    }
    for (int u = 0; u < n; u++) {
      start[u + 1] += start[u];
    }

    // pass 2: fill the buckets
    long[] records = new long[start[n]];
    int[] fill = Arrays.copyOf(start, n);
    emit("aggregating contact", (low, high, weight, flags, time) ->
        records[fill[low]++] = (long) high << 34 | (long) flags << 31 | Float.floatToRawIntBits(weight));

    // sort each bucket and sum runs with the same partner into ties
    for (int u = 0; u < n; u++) {
      Arrays.sort(records, start[u], start[u + 1]);
      if ((u & (REPORT_EVERY - 1)) == 0) {
        progress.progress("sorting contact", u, n);
      }
    }
    int[] lowStart = new int[n + 1];
    int ties = merge(records, start, lowStart, null, null, null);
    int[] partner = new int[ties];
    float[] online = new float[ties];
    float[] offline = new float[ties];
    merge(records, start, lowStart, partner, online, offline);
    return new Ties(lowStart, partner, online, offline);
  }

  /** Pass 3: for each tie, whether its first online contact came before its first offline contact. */
  private long[] firstChannels(Ties ties) {
    int count = ties.partner.length;
    long[] firstOnline = new long[count];
    long[] firstOffline = new long[count];
    Arrays.fill(firstOnline, Long.MAX_VALUE);
    Arrays.fill(firstOffline, Long.MAX_VALUE);
    int[] partner = ties.partner;
    int[] lowStart = ties.lowStart;
    emit("finding first channels", (low, high, weight, flags, time) -> {
      int t = Arrays.binarySearch(partner, lowStart[low], lowStart[low + 1], high);
      if (t >= 0) {
        long[] first = (flags & FLAG_ONLINE) != 0 ? firstOnline : firstOffline;
        if (time < first[t]) {
          first[t] = time;
        }
      }
    });
    long[] onlineFirstBits = new long[(count + 63) >>> 6];
    for (int t = 0; t < count; t++) {
      if (firstOnline[t] < firstOffline[t]) {
        onlineFirstBits[t >>> 6] |= 1L << t;
      }
    }
    return onlineFirstBits;
  }

  /**
   * Sums runs of sorted contributions into ties. With null output arrays only counts them (filling
   * {@code lowStart}); returns the number of ties.
   */
  private int merge(long[] records, int[] start, int[] lowStart, int @Nullable [] partner,
      float @Nullable [] online, float @Nullable [] offline) {
    boolean oneWayCounts = model.countsOneWayContact();
    int t = 0;
    for (int u = 0; u < n; u++) {
      int i = start[u];
      int end = start[u + 1];
      while (i < end) {
        int v = (int) (records[i] >>> 34);
        double on = 0;
        double off = 0;
        int directions = 0;
        boolean mutual = false;
        for (; i < end && (int) (records[i] >>> 34) == v; i++) {
          long r = records[i];
          int flags = (int) (r >>> 31) & 7;
          float w = Float.intBitsToFloat((int) (r & 0x7fff_ffffL));
          if ((flags & FLAG_ONLINE) != 0) {
            on += w;
          } else {
            off += w;
          }
          int d = flags & (FLAG_LOW_TO_HIGH | FLAG_HIGH_TO_LOW);
          mutual |= d == 0;
          directions |= d;
        }
        mutual |= directions == (FLAG_LOW_TO_HIGH | FLAG_HIGH_TO_LOW);
        float fon = (float) on;
        float foff = (float) off;
        if (Float.isInfinite(fon) || Float.isInfinite(foff)) {
          throw new IllegalArgumentException("the tie between " + ids.id(u) + " and " + ids.id(v)
              + " weighs more than a float holds (" + (on + off) + ")");
        }
        if ((mutual || oneWayCounts) && (fon > 0 || foff > 0)) {
          if (partner != null && online != null && offline != null) {
            partner[t] = v;
            online[t] = fon;
            offline[t] = foff;
          }
          t++;
        }
      }
      lowStart[u + 1] = t;
    }
    return t;
  }

  /** Collects each included event's participants: hosts, attendees, and members of touchpoints naming it. */
  private void indexEvents() {
    List<Event> events = network.events();
    double coAttendance = model.coAttendanceWeight();
    int count = 0;
    long codes = 0;
    for (int e = 0; e < events.size(); e++) {
      eventIndex.put(events.get(e).id(), e);
      codes += events.get(e).hosts().size() + events.get(e).attendees().size();
    }
    if (coAttendance == 0 || events.isEmpty()) {
      return;
    }
    for (Touchpoint t : network.touchpoints()) {
      if (t.event().isPresent() && included(t.at())) {
        codes += t.participants().size();
      }
    }
    if (codes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("the network has " + codes + " event attendances; at most "
          + (Integer.MAX_VALUE - 16) + " can be projected");
    }
    long[] attendance = new long[(int) codes];
    for (int e = 0; e < events.size(); e++) {
      Event event = events.get(e);
      for (MemberId m : event.hosts()) {
        attendance[count++] = (long) e << 32 | ids.node(m);
      }
      for (MemberId m : event.attendees()) {
        attendance[count++] = (long) e << 32 | ids.node(m);
      }
    }
    for (Touchpoint t : network.touchpoints()) {
      if (t.event().isPresent() && included(t.at())) {
        int e = Objects.requireNonNull(eventIndex.get(t.event().get()));
        for (MemberId m : t.participants()) {
          attendance[count++] = (long) e << 32 | ids.node(m);
        }
      }
    }
    Arrays.sort(attendance, 0, count);
    eventStart = new int[events.size() + 1];
    eventNodes = new int[count];
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || attendance[i] != attendance[i - 1]) {
        int e = (int) (attendance[i] >>> 32);
        eventNodes[distinct++] = (int) attendance[i];
        eventStart[e + 1]++;
      }
    }
    for (int e = 0; e < events.size(); e++) {
      eventStart[e + 1] += eventStart[e];
    }
  }

  /** Calls {@code sink} once per (touchpoint or event, pair of its participants) that adds weight. */
  private void emit(String stage, PairSink sink) {
    List<Touchpoint> touchpoints = network.touchpoints();
    List<Event> events = network.events();
    long units = (long) touchpoints.size() + events.size();
    boolean resolve = touchpointNodes == null;
    int[] nodes = resolve ? new int[participantCount()] : Objects.requireNonNull(touchpointNodes, "touchpointNodes");
    touchpointNodes = nodes;
    int cursor = 0;
    boolean damp = model.dampsGroupTouchpoints();
    for (int i = 0; i < touchpoints.size(); i++) {
      if ((i & (REPORT_EVERY - 1)) == 0) {
        progress.progress(stage, i, units);
      }
      Touchpoint t = touchpoints.get(i);
      List<MemberId> participants = t.participants();
      int k = participants.size();
      if (k < 2 || !included(t.at())) {
        continue;
      }
      int from = cursor;
      cursor += k;
      int initiator = -1;
      if (resolve) {
        // member ids are looked up once; the initiator is stored complemented
        MemberId first = t.initiator().orElse(null);
        for (int p = 0; p < k; p++) {
          MemberId m = participants.get(p);
          int node = ids.node(m);
          nodes[from + p] = m.equals(first) ? ~node : node;
        }
      }
      double w = t.weight() * model.contactWeight(t.medium()) * decay(t.at());
      float weight = checkedFloat(damp ? w / (k - 1) : w, t);
      if (!(weight > 0)) {
        continue;
      }
      for (int p = from; p < from + k; p++) {
        if (nodes[p] < 0) {
          initiator = ~nodes[p];
        }
      }
      int channelFlag = t.channel() == Channel.ONLINE ? FLAG_ONLINE : 0;
      long time = timeKey(t.at());
      for (int a = from; a < from + k; a++) {
        int na = nodes[a] < 0 ? ~nodes[a] : nodes[a];
        for (int b = a + 1; b < from + k; b++) {
          int nb = nodes[b] < 0 ? ~nodes[b] : nodes[b];
          int low = Math.min(na, nb);
          int high = Math.max(na, nb);
          int flags = channelFlag;
          if (initiator == low) {
            flags |= FLAG_LOW_TO_HIGH;
          } else if (initiator == high) {
            flags |= FLAG_HIGH_TO_LOW;
          }
          sink.pair(low, high, weight, flags, time);
        }
      }
    }
    double coAttendance = model.coAttendanceWeight();
    int maxSize = model.maxCoAttendanceEventSize();
    for (int e = 0; e + 1 < eventStart.length; e++) {
      Event event = events.get(e);
      int from = eventStart[e];
      int size = eventStart[e + 1] - from;
      if (size < 2 || size > maxSize || !included(event.start())) {
        continue;
      }
      double w = coAttendance * model.contactWeight(event.medium()) * decay(event.start()) / (size - 1);
      float weight = (float) w;
      if (!(weight > 0)) {
        continue;
      }
      int channelFlag = event.channel() == Channel.ONLINE ? FLAG_ONLINE : 0;
      long time = timeKey(event.start());
      for (int a = from; a < from + size; a++) {
        for (int b = a + 1; b < from + size; b++) {
          sink.pair(eventNodes[a], eventNodes[b], weight, channelFlag, time);
        }
      }
      if ((e & (REPORT_EVERY - 1)) == 0) {
        progress.progress(stage, touchpoints.size() + (long) e, units);
      }
    }
    progress.progress(stage, units, units);
  }

  /** How many participant slots the included touchpoints of two or more participants need. */
  private int participantCount() {
    long count = 0;
    for (Touchpoint t : network.touchpoints()) {
      int k = t.participants().size();
      if (k >= 2 && included(t.at())) {
        count += k;
      }
    }
    if (count > Csr.MAX_HALF_EDGES) {
      throw new IllegalArgumentException("the network has " + count + " touchpoint participations; at most "
          + Csr.MAX_HALF_EDGES + " can be aggregated");
    }
    return (int) count;
  }

  private boolean included(Instant at) {
    return (cutoff == null || !at.isAfter(cutoff)) && (since == null || !at.isBefore(since));
  }

  private double decay(Instant at) {
    return reference == null ? 1.0 : model.decay(at, reference);
  }

  private static float checkedFloat(double w, Touchpoint t) {
    float f = (float) w;
    if (Float.isInfinite(f)) {
      throw new IllegalArgumentException(
          "touchpoint " + t.id() + " weighs more than a float holds (" + w + ") under this tie model");
    }
    return f;
  }

  /** Microseconds since the epoch, saturated at ±292,000 years; orders instants as they are ordered. */
  static long timeKey(Instant t) {
    long s = t.getEpochSecond();
    if (s > MAX_SECONDS) {
      return Long.MAX_VALUE - 1;
    }
    if (s < MIN_SECONDS) {
      return Long.MIN_VALUE + 1;
    }
    return s * 1_000_000 + t.getNano() / 1000;
  }

  /** The latest touchpoint or event start of a network; the epoch for an empty network. */
  private static Instant latest(Network network) {
    Instant latest = Instant.EPOCH;
    boolean any = false;
    for (Touchpoint t : network.touchpoints()) {
      if (!any || t.at().isAfter(latest)) {
        latest = t.at();
        any = true;
      }
    }
    for (Event e : network.events()) {
      if (!any || e.start().isAfter(latest)) {
        latest = e.start();
        any = true;
      }
    }
    return latest;
  }
}
