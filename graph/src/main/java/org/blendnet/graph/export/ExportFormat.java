package org.blendnet.graph.export;

/**
 * The file formats a {@link org.blendnet.graph.SocialGraph} can be exported to by {@link GraphExport}.
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public enum ExportFormat {

  /**
   * GraphML (U. Brandes, M. Eiglsperger, I. Herman, M. Himsolt and M. S. Marshall, "GraphML progress
   * report: structural layer proposal", Graph Drawing 2001, LNCS 2265, 501–512,
   * doi:10.1007/3-540-45848-4_59), read by Gephi, yEd, Cytoscape, igraph and NetworkX. Attributes are
   * GraphML {@code key}s; in yEd, map them to labels and colours with Edit › Properties Mapper.
   */
  GRAPHML("graphml"),

  /** GEXF 1.3, Gephi's own format (namespace {@code http://gexf.net/1.3}). */
  GEXF("gexf"),

  /** Graphviz DOT: an undirected {@code graph}, attributes as quoted DOT attributes. */
  DOT("dot");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, without the dot: {@code graphml}, {@code gexf}, {@code dot}. */
  public String extension() {
    return extension;
  }
}
