package org.blendnet.graph.shape;

/**
 * The three models of a network in the source texts, from "join us" through "join in" to "join up
 * yourselves": an organisation at the centre of everything, a few organisations collaborating, and people
 * making their own connections peer to peer as well as with some hubs. {@link ShapeAnalysis} says how a
 * network is classified.
 *
 * @implNote Thread-safe: an enum, immutable.
 * @since 0.1
 */
public enum NetworkShape {
  /** Model 1: one hub controls the flow — most shortest paths between the others pass through one member. */
  HIERARCHY,
  /** Model 2: a few hubs, joined, carry the flow between members who mostly connect only through them. */
  COLLABORATING_HUBS,
  /** Model 3: people connect to each other directly, with some hubs; no few members carry most of the flow. */
  PEER_MESH
}
