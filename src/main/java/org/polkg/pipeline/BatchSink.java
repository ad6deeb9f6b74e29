package org.polkg.pipeline;

import java.util.List;

import org.polkg.rdf.RdfMapper.ArticleGraph;

/** A store that takes article graphs in batches, one transaction per batch. */
public interface BatchSink {
  /** The content hashes of every stored article graph, read in one read transaction. */
  HashIndex contentHashes();

  /**
   * Stores the graphs in one write transaction: all of them or, on failure, none. Each graph
   * replaces an earlier graph of the same name; {@code mayExist} says, graph by graph, whether
   * there can be one (when not, nothing needs removing first).
   */
  void putAll(List<ArticleGraph> graphs, List<Boolean> mayExist);
}
