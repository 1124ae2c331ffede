package org.blendnet.graph.silo;

/**
 * What a group of a {@link SiloReport} is.
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public enum GroupKind {
  /** A declared unit: the members whose {@link org.blendnet.core.Affiliation}, cut to a depth, is the same. */
  UNIT,
  /** A community found in the graph, for example by {@link org.blendnet.graph.community.Leiden}. */
  COMMUNITY,
  /**
   * The members of every group too small to be named (below the {@linkplain SiloOptions#privacyFloor()
   * privacy floor}), analysed together as one group.
   */
  OTHER
}
