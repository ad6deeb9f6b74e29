package org.polkg.pipeline;

import java.util.Optional;

import org.polkg.rdf.RdfMapper.ArticleGraph;

/** Where article graphs go: the local store, or a remote Graph Store Protocol server. */
public interface GraphSink {
  /** The content hash of the stored graph {@code graphName}, if there is one. */
  Optional<String> contentHash(String graphName) throws SinkException;

  /** Stores the graph, replacing an earlier graph of the same name. */
  void put(ArticleGraph graph) throws SinkException;

  /** A failure to store, described in one line for the user. */
  final class SinkException extends Exception {
    private static final long serialVersionUID = 1L;

    public SinkException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
