package org.polkg.store;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.polkg.pipeline.BatchSink;
import org.polkg.pipeline.HashIndex;
import org.polkg.rdf.POLKG;
import org.polkg.rdf.RdfMapper.ArticleGraph;

/** Batched writes to a {@link FactStore}, for the parallel ingest. */
public final class StoreBatches implements BatchSink {
  private final Dataset dataset;

  public StoreBatches(FactStore store) {
    this.dataset = store.dataset();
  }

  /**
   * Reads {@code polkg:contentHash} of every article graph (the article node is named like its
   * graph) in one read transaction, straight from the quad indexes.
   */
  @Override
  public HashIndex contentHashes() {
    return Txn.calculateRead(dataset, () -> {
      HashIndex index = new HashIndex();
      DatasetGraph dsg = dataset.asDatasetGraph();
      var it = dsg.find(Node.ANY, Node.ANY, POLKG.contentHash.asNode(), Node.ANY);
      while (it.hasNext()) {
        Quad q = it.next();
        if (q.getGraph().isURI() && q.getGraph().equals(q.getSubject())
            && q.getObject().isLiteral()) {
          index.put(q.getGraph().getURI(), q.getObject().getLiteralLexicalForm());
        }
      }
      return index;
    });
  }

  @Override
  public void putAll(List<ArticleGraph> graphs, List<Boolean> mayExist) {
    if (graphs.size() != mayExist.size()) {
      throw new IllegalArgumentException(graphs.size() + " graphs, " + mayExist.size()
          + " flags");
    }
    Txn.executeWrite(dataset, () -> {
      for (int i = 0; i < graphs.size(); i++) {
        ArticleGraph g = graphs.get(i);
        if (mayExist.get(i)) {
          dataset.removeNamedModel(g.graphName());
        }
        dataset.addNamedModel(g.graphName(), g.model());
      }
    });
  }
}
