package org.blendnet.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.blendnet.core.Channel;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.ProgressListener;
import org.blendnet.core.io.NetworkFormatException;
import org.jspecify.annotations.Nullable;

/**
 * The social graph of a network: one node per member, one undirected weighted tie per pair of members in
 * contact, each tie split into an online and an offline layer. The graph every Blendnet graph algorithm
 * reads.
 *
 * <p><b>Making one.</b> {@link #of(Network, TieModel)} turns a network's touchpoints and events into
 * ties as the {@link TieModel} says. {@link #fromEdgeList(Path)} reads a researcher's plain edge list
 * ({@code u v [w]}) and {@link #fromEdges(int, int[], int[], double[])} takes one from arrays; such a
 * graph has one weight per tie and no channel layers ({@link #hasChannels()} is false).
 *
 * <pre>{@code
 * SocialGraph g = SocialGraph.of(network, TieModel.defaults());
 * int ana = g.node(MemberId.of("ana"));
 * for (int e = g.edgeStart(ana); e < g.edgeEnd(ana); e++) {
 *   System.out.println(g.member(g.target(e)) + " " + g.weight(e) + (g.isBlended(e) ? " blended" : ""));
 * }
 * }</pre>
 *
 * <p><b>Nodes and edges.</b> Nodes are numbered {@code 0 .. nodeCount() - 1}; every member is a node,
 * even one without ties. For a graph made from a network, node order is member-id order; for an edge list,
 * integer ids come first in numeric order (so ids {@code 0 .. n-1} keep their numbers), then other ids in
 * id order. {@link #node(MemberId)} and {@link #member(int)} are O(1). Each tie is stored as two
 * <em>half-edges</em>, one from each end; node {@code u}'s half-edges are numbered
 * {@code edgeStart(u) .. edgeEnd(u) - 1}, sorted by {@linkplain #target(int) target}, so that algorithms
 * iterate neighbourhoods in tight loops over primitive arrays. {@link #edge(int, int)} finds a tie by
 * binary search, O(log degree).
 *
 * <p><b>Layers.</b> A tie's {@linkplain #weight(int) weight} is its {@linkplain #onlineWeight(int) online}
 * plus its {@linkplain #offlineWeight(int) offline} weight. It is <em>blended</em> when both are positive,
 * and then {@link #firstChannel(int)} tells which channel the two members used first (by their earliest
 * contact; on a tie in time, offline). {@link #layer(Channel)} gives one layer as a graph of its own.
 *
 * <p><b>Memory.</b> Compressed sparse row form: per half-edge an {@code int} target and a {@code float}
 * weight per layer (12 bytes, so 24 bytes per tie with layers and 16 without), plus one bit per half-edge
 * for the first channel; per node an {@code int} offset, a {@code double} strength and the id table (the
 * ids and 8 bytes of hash slots). Weights are kept as {@code float}s: about seven significant digits.
 * Building from a network needs, on top of the network and the finished graph, at most about 4 bytes per
 * touchpoint participant, 8 bytes per (touchpoint, pair of its participants) and 28 bytes per tie while
 * it runs (measured for 10 million two-person touchpoints: at most 1.6 times the finished graph's arrays).
 *
 * @implNote Thread-safe: immutable; every array is private and never handed out.
 * @since 0.1
 */
public final class SocialGraph {

  private final IdIndex ids;
  private final int[] offsets;
  private final int[] targets;
  /** Online weights (layered), the sole channel's weights (one layer), or the weights (no channels). */
  private final float[] weightA;
  /** Offline weights, or null when there is a single weight per half-edge. */
  private final float @Nullable [] weightB;
  private final long @Nullable [] onlineFirst;
  private final boolean channels;
  /** The only channel of a one-layer graph; null for a layered graph or one without channels. */
  private final @Nullable Channel sole;
  private final double[] strength;
  private final double totalWeight;
  private final int onlineTies;
  private final int offlineTies;
  private final int blendedTies;
  private final @Nullable Network network;
  private final @Nullable TieModel tieModel;

  SocialGraph(IdIndex ids, Csr csr, boolean channels, @Nullable Channel sole, @Nullable Network network,
      @Nullable TieModel tieModel) {
    this.ids = ids;
    this.offsets = csr.offsets();
    this.targets = csr.targets();
    this.weightA = csr.weightA();
    this.weightB = csr.weightB();
    this.onlineFirst = csr.onlineFirst();
    this.channels = channels;
    this.sole = sole;
    this.network = network;
    this.tieModel = tieModel;
    int n = ids.size();
    this.strength = new double[n];
    double total = 0;
    int online = 0;
    int offline = 0;
    int blended = 0;
    for (int u = 0; u < n; u++) {
      double s = 0;
      for (int e = offsets[u]; e < offsets[u + 1]; e++) {
        s += weight(e);
        if (channels && targets[e] > u) {
          boolean on = onlineWeight(e) > 0;
          boolean off = offlineWeight(e) > 0;
          online += on ? 1 : 0;
          offline += off ? 1 : 0;
          blended += on && off ? 1 : 0;
        }
      }
      strength[u] = s;
      total += s;
    }
    this.totalWeight = total / 2;
    this.onlineTies = online;
    this.offlineTies = offline;
    this.blendedTies = blended;
  }

  // ---- construction -------------------------------------------------------------------------------

  /** The graph of a network under the {@linkplain TieModel#defaults() default tie model}. */
  public static SocialGraph of(Network network) {
    return of(network, TieModel.defaults(), ProgressListener.NONE);
  }

  /**
   * The graph of a network under a tie model. O(n log n + P log P + E) time, where P counts the
   * (touchpoint, pair of its participants) and (event, pair of its participants) contributions and E the
   * event attendances.
   */
  public static SocialGraph of(Network network, TieModel model) {
    return of(network, model, ProgressListener.NONE);
  }

  /**
   * The graph of a network under a tie model, reporting progress (stages {@code "counting contact"},
   * {@code "aggregating contact"}, {@code "finding first channels"}, {@code "assembling graph"}).
   *
   * @throws IllegalArgumentException if the network has more than 2<sup>29</sup> members or more than
   *     about 2<sup>30</sup> ties
   */
  public static SocialGraph of(Network network, TieModel model, ProgressListener progress) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(progress, "progress");
    return NetworkGraphBuilder.build(network, model, progress);
  }

  /**
   * Reads a plain edge list from a file; see {@link #fromEdgeList(InputStream, String)} for the format.
   *
   * @throws NetworkFormatException naming the file, line and column of the first malformed line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SocialGraph fromEdgeList(Path file) {
    return fromEdgeList(file, ProgressListener.NONE);
  }

  /**
   * Reads a plain edge list from a file, reporting progress in bytes (stage {@code "reading edge list"}),
   * then {@code "assembling graph"}.
   *
   * @throws NetworkFormatException naming the file, line and column of the first malformed line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SocialGraph fromEdgeList(Path file, ProgressListener progress) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(progress, "progress");
    try (InputStream in = Files.newInputStream(file)) {
      return EdgeListReader.read(in, file.toString(), Files.size(file), progress);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read edge list " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a plain edge list, UTF-8, from a stream (which is not closed).
   *
   * <p>One tie per line, {@code u v} or {@code u v w}, separated by spaces or tabs. {@code u} and
   * {@code v} are member ids (commonly integers); {@code w} is a positive weight, 1 if absent. A
   * {@code #} or {@code %} starts a comment that runs to the end of the line; blank lines are skipped. The
   * list is undirected: {@code u v} and {@code v u} are the same tie, and a tie listed more than once
   * gets the sum of its weights. A self-loop ({@code u u}), a missing or extra column, a weight that is
   * not a positive number, or an invalid id is an error. Reads straight into primitive arrays: about 20
   * bytes per line while reading, O(L + n log n) time for L lines.
   *
   * @param sourceName how to name the stream in error messages
   * @throws NetworkFormatException naming the source, line and column of the first malformed line
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static SocialGraph fromEdgeList(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    try {
      return EdgeListReader.read(in, sourceName, -1, ProgressListener.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read edge list " + sourceName + ": " + e.getMessage(), e);
    }
  }

  /**
   * A graph of weight-1 ties between nodes {@code 0 .. nodeCount - 1}, whose member ids are their numbers
   * ({@code "0"}, {@code "1"}, …). Tie {@code i} joins {@code sources[i]} and {@code targets[i]}; a pair
   * listed more than once gets the sum of its weights.
   *
   * @throws IllegalArgumentException if the arrays differ in length, a node is out of range, or a tie is a
   *     self-loop (the message names the index)
   */
  public static SocialGraph fromEdges(int nodeCount, int[] sources, int[] targets) {
    return EdgeListReader.fromArrays(nodeCount, sources, targets, null);
  }

  /**
   * A weighted graph between nodes {@code 0 .. nodeCount - 1}, whose member ids are their numbers. Tie
   * {@code i} joins {@code sources[i]} and {@code targets[i]} with weight {@code weights[i]}; a pair
   * listed more than once gets the sum of its weights.
   *
   * @throws IllegalArgumentException if the arrays differ in length, a node is out of range, a tie is a
   *     self-loop, or a weight is not a positive finite number (the message names the index)
   */
  public static SocialGraph fromEdges(int nodeCount, int[] sources, int[] targets, double[] weights) {
    Objects.requireNonNull(weights, "weights");
    return EdgeListReader.fromArrays(nodeCount, sources, targets, weights);
  }

  // ---- nodes --------------------------------------------------------------------------------------

  /** The number of nodes (members). */
  public int nodeCount() {
    return ids.size();
  }

  /** The number of ties (each counted once, not twice). */
  public int tieCount() {
    return targets.length / 2;
  }

  /**
   * The member at a node. O(1).
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public MemberId member(int node) {
    return ids.id(Objects.checkIndex(node, ids.size()));
  }

  /**
   * The node of a member. O(1).
   *
   * @throws IllegalArgumentException if the member is not in the graph
   */
  public int node(MemberId member) {
    int node = ids.node(Objects.requireNonNull(member, "member"));
    if (node < 0) {
      throw new IllegalArgumentException("Unknown member: " + member);
    }
    return node;
  }

  /** True if the member is a node of this graph. O(1). */
  public boolean contains(MemberId member) {
    return ids.node(Objects.requireNonNull(member, "member")) >= 0;
  }

  /** The number of ties of a node. */
  public int degree(int node) {
    Objects.checkIndex(node, ids.size());
    return offsets[node + 1] - offsets[node];
  }

  /** The weighted degree of a node: the sum of its ties' weights. */
  public double strength(int node) {
    return strength[Objects.checkIndex(node, ids.size())];
  }

  /** The sum of all ties' weights, each tie once (the {@code m} of modularity). */
  public double totalWeight() {
    return totalWeight;
  }

  /**
   * The {@code k}-th neighbour of a node, in ascending node order.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node or {@code k} is not below its degree
   */
  public int neighbour(int node, int k) {
    Objects.checkIndex(k, degree(node));
    return targets[offsets[node] + k];
  }

  // ---- half-edges ---------------------------------------------------------------------------------

  /** The first half-edge of a node. */
  public int edgeStart(int node) {
    return offsets[Objects.checkIndex(node, ids.size())];
  }

  /** One past the last half-edge of a node. */
  public int edgeEnd(int node) {
    return offsets[Objects.checkIndex(node, ids.size()) + 1];
  }

  /**
   * The half-edge from {@code u} to {@code v}, or -1 if they have no tie. O(log degree(u)).
   *
   * @throws IndexOutOfBoundsException if either is not a node
   */
  public int edge(int u, int v) {
    Objects.checkIndex(v, ids.size());
    int e = Arrays.binarySearch(targets, edgeStart(u), edgeEnd(u), v);
    return e >= 0 ? e : -1;
  }

  /** The node a half-edge leads to. */
  public int target(int edge) {
    return targets[edge];
  }

  /** The weight of the tie of a half-edge: online plus offline. */
  public double weight(int edge) {
    float[] b = weightB;
    return b == null ? weightA[edge] : (double) weightA[edge] + b[edge];
  }

  /**
   * The online weight of the tie of a half-edge.
   *
   * @throws IllegalStateException if the graph has no channel layers
   */
  public double onlineWeight(int edge) {
    return channelWeight(edge, Channel.ONLINE);
  }

  /**
   * The offline (face-to-face) weight of the tie of a half-edge.
   *
   * @throws IllegalStateException if the graph has no channel layers
   */
  public double offlineWeight(int edge) {
    return channelWeight(edge, Channel.OFFLINE);
  }

  /**
   * True if the tie of a half-edge has contact on both channels.
   *
   * @throws IllegalStateException if the graph has no channel layers
   */
  public boolean isBlended(int edge) {
    requireChannels();
    float[] b = weightB;
    return b != null && weightA[edge] > 0 && b[edge] > 0;
  }

  /**
   * The channel the two members of a tie used first: for a blended tie, the channel of their earliest
   * contact (offline if both came at the same instant); otherwise the tie's only channel.
   *
   * @throws IllegalStateException if the graph has no channel layers
   */
  public Channel firstChannel(int edge) {
    requireChannels();
    float[] b = weightB;
    Channel only = sole;
    if (only != null || b == null) {
      return only == null ? Channel.OFFLINE : only;
    }
    if (weightA[edge] > 0 && b[edge] > 0) {
      long[] bits = onlineFirst;
      return bits != null && (bits[edge >>> 6] & (1L << edge)) != 0 ? Channel.ONLINE : Channel.OFFLINE;
    }
    return weightA[edge] > 0 ? Channel.ONLINE : Channel.OFFLINE;
  }

  private double channelWeight(int edge, Channel channel) {
    requireChannels();
    float[] b = weightB;
    if (b == null) {
      return channel == sole ? weightA[edge] : 0.0;
    }
    return channel == Channel.ONLINE ? weightA[edge] : b[edge];
  }

  private void requireChannels() {
    if (!channels) {
      throw new IllegalStateException("this graph has no channel layers (it was read from an edge list)");
    }
  }

  // ---- by member ----------------------------------------------------------------------------------

  /**
   * The weight of the tie between two members, 0 if they have none.
   *
   * @throws IllegalArgumentException if either member is not in the graph
   */
  public double weightBetween(MemberId a, MemberId b) {
    int e = edge(node(Objects.requireNonNull(a, "a")), node(Objects.requireNonNull(b, "b")));
    return e < 0 ? 0 : weight(e);
  }

  // ---- the graph as a whole -----------------------------------------------------------------------

  /** True if ties have an online and an offline layer (a graph made from a network or one of its layers). */
  public boolean hasChannels() {
    return channels;
  }

  /**
   * One layer of this graph as a graph of its own: the same nodes, and the ties with contact on
   * {@code channel}, weighted by that channel alone. O(n + m); the result is not cached.
   *
   * @throws IllegalStateException if the graph has no channel layers
   */
  public SocialGraph layer(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    requireChannels();
    int n = ids.size();
    int[] lowStart = new int[n + 1];
    int count = 0;
    for (int u = 0; u < n; u++) {
      for (int e = offsets[u]; e < offsets[u + 1]; e++) {
        if (targets[e] > u && channelWeight(e, channel) > 0) {
          count++;
        }
      }
      lowStart[u + 1] = count;
    }
    int[] partner = new int[count];
    float[] w = new float[count];
    int t = 0;
    for (int u = 0; u < n; u++) {
      for (int e = offsets[u]; e < offsets[u + 1]; e++) {
        if (targets[e] > u && channelWeight(e, channel) > 0) {
          partner[t] = targets[e];
          w[t++] = (float) channelWeight(e, channel);
        }
      }
    }
    return new SocialGraph(ids, Csr.assemble(n, lowStart, partner, w, null, null), true, channel, network,
        tieModel);
  }

  /** The network this graph was made from; empty for a graph read from an edge list or arrays. */
  public Optional<Network> network() {
    return Optional.ofNullable(network);
  }

  /** The tie model this graph was made with; empty for a graph read from an edge list or arrays. */
  public Optional<TieModel> tieModel() {
    return Optional.ofNullable(tieModel);
  }

  /**
   * {@code SocialGraph[members=34, ties=78, online=20, offline=70, blended=12, weight=231.0]}; a graph
   * without channel layers omits the layer counts, a one-layer graph names its layer.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SocialGraph[members=").append(nodeCount())
        .append(", ties=").append(tieCount());
    if (sole != null) {
      s.append(", layer=").append(sole);
    } else if (channels) {
      s.append(", online=").append(onlineTies).append(", offline=").append(offlineTies)
          .append(", blended=").append(blendedTies);
    }
    return s.append(", weight=").append((float) totalWeight).append(']').toString();
  }
}
