package org.blendnet.core.match;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;

/**
 * Everything a {@link MatchSignal} or {@link CandidateSource} may read about one request: the network
 * snapshot, the seeker, what the request seeks and offers, the instant it is made at, its options, and the
 * host's view of members' loads. Made by the {@link Matchmaker} for each request.
 *
 * <p>Members are addressed by their position in {@code network().members()} as well as by id, so that
 * signals can keep per-member arrays: {@link #seekerIndex()}, {@link #member(int)}, {@link #indexOf(MemberId)}.
 *
 * <p>Work that several signals and sources of one request need — the seeker's neighbourhood in a graph,
 * say — can be done once and shared through {@link #shared(Object, Class, Supplier)}.
 *
 * @implNote Thread-safe: the request's attributes are immutable; the values {@link #shared shared} within
 *     the request are kept under the context's lock.
 * @since 0.1
 */
public final class MatchContext {

  private final Network network;
  private final MemberTable table;
  private final TopicIndex index;
  private final MatchRequest request;
  private final Member seeker;
  private final int seekerIndex;
  private final Instant asOf;
  private final MatchOptions options;
  private final MemberLoad matchLoad;
  /** The values shared within this request: keys, their types and values, in the order first asked for. */
  private Object[] sharedKeys = new Object[0];
  private Class<?>[] sharedTypes = new Class<?>[0];
  private Object[] sharedValues = new Object[0];

  MatchContext(Network network, MemberTable table, TopicIndex index, MatchRequest request, int seekerIndex,
      Instant asOf, MatchOptions options, MemberLoad matchLoad) {
    this.network = network;
    this.table = table;
    this.index = index;
    this.request = request;
    this.seeker = table.member(seekerIndex);
    this.seekerIndex = seekerIndex;
    this.asOf = asOf;
    this.options = options;
    this.matchLoad = matchLoad;
  }

  /** The network snapshot the matchmaker was built from. */
  public Network network() {
    return network;
  }

  /** The request. */
  public MatchRequest request() {
    return request;
  }

  /** The request's purpose: peers or answerers. */
  public MatchRequest.Purpose purpose() {
    return request.purpose();
  }

  /** The topics the request seeks: the seeker's interests, or the question's topics; in topic order. */
  public Set<Topic> soughtTopics() {
    return request.soughtTopics();
  }

  /** The topics the seeker offers (their expertise, for a peer request); in topic order. */
  public Set<Topic> offeredTopics() {
    return request.offeredTopics();
  }

  /** The seeker, as the network holds them. */
  public Member seeker() {
    return seeker;
  }

  /** The seeker's position in {@code network().members()}. */
  public int seekerIndex() {
    return seekerIndex;
  }

  /** The instant the request is made at: time zones' offsets, loads and budgets are read at it. */
  public Instant asOf() {
    return asOf;
  }

  /** The request's options. */
  public MatchOptions options() {
    return options;
  }

  /** The host's view of how many matches each member has taken on ({@link MemberLoad#none()} if it gave none). */
  public MemberLoad matchLoad() {
    return matchLoad;
  }

  /** The number of members in the network. */
  public int memberCount() {
    return table.size();
  }

  /**
   * The member at {@code index} in {@code network().members()}.
   *
   * @throws IndexOutOfBoundsException if there is no such position
   */
  public Member member(int index) {
    Objects.checkIndex(index, table.size());
    return table.member(index);
  }

  /** The position of {@code member} in {@code network().members()}, if the network holds them. */
  public OptionalInt indexOf(MemberId member) {
    int i = table.indexOf(Objects.requireNonNull(member, "member"));
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * A value computed at most once per request and shared by every signal and candidate source that asks
   * for it under the same key and type: the first call runs {@code compute} and keeps its result, later
   * calls of the same request return that result. For work that depends on the request only — a graph
   * signal and a graph candidate source that both walk the seeker's neighbourhood walk it once. The value
   * must not depend on which of them asks first. Keys are compared by {@code equals} (use an object that
   * identifies the data the value is computed from, such as the graph), types by identity. O(s) per call
   * for s values shared so far (a handful).
   *
   * @param key what identifies the value within the request, with {@code type}
   * @param type the value's class
   * @param compute computes the value; must not return null
   * @return the shared value
   * @throws NullPointerException if {@code compute} returns null
   */
  public synchronized <T> T shared(Object key, Class<T> type, Supplier<? extends T> compute) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(compute, "compute");
    for (int i = 0; i < sharedKeys.length; i++) {
      if (sharedTypes[i] == type && sharedKeys[i].equals(key)) {
        return type.cast(sharedValues[i]);
      }
    }
    T value = Objects.requireNonNull(compute.get(), () -> "the shared " + type.getSimpleName() + " was computed as null");
    int n = sharedKeys.length;
    sharedKeys = Arrays.copyOf(sharedKeys, n + 1);
    sharedTypes = Arrays.copyOf(sharedTypes, n + 1);
    sharedValues = Arrays.copyOf(sharedValues, n + 1);
    sharedKeys[n] = key;
    sharedTypes[n] = type;
    sharedValues[n] = value;
    return value;
  }

  /** The matchmaker's member table, for the core signals. */
  MemberTable table() {
    return table;
  }

  /** The matchmaker's topic index, for the core signals. */
  TopicIndex index() {
    return index;
  }

  /**
   * The ids of the sought topics the index knows, ascending. Topics no member knows or wants are left
   * out: no candidate holds them.
   */
  int[] soughtTopicIds() {
    return topicIds(request.soughtTopics());
  }

  private int[] topicIds(Set<Topic> topics) {
    int[] ids = new int[topics.size()];
    int n = 0;
    for (Topic t : topics) {
      int id = index.id(t);
      if (id >= 0) {
        ids[n++] = id;
      }
    }
    int[] known = Arrays.copyOf(ids, n);
    Arrays.sort(known);
    return known;
  }

  /** {@code MatchContext[PEERS for ana as of 2026-03-02T09:00:00Z]}. */
  @Override
  public String toString() {
    return "MatchContext[" + request.purpose() + " for " + request.seeker() + " as of " + asOf + "]";
  }
}
