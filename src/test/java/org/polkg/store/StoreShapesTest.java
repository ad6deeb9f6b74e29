package org.polkg.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.TestSupport;
import org.polkg.ingest.ArticleFiles;
import org.polkg.pipeline.IngestJob;

/** Every article graph stored from data/ satisfies ontology/shapes.ttl, and so does the union. */
class StoreShapesTest {
  @TempDir
  Path tmp;

  @Test
  void storedGraphsConformToTheShapes() {
    Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(
        TestSupport.root().resolve("ontology/shapes.ttl").toString()));
    try (FactStore store = FactStore.open(tmp.resolve("store"))) {
      IngestJob.Summary s = new IngestJob(TestSupport.pipeline(), new ArticleFiles(), store,
          java.util.Optional.empty(), 0, e -> { })
          .run(java.util.List.of(TestSupport.root().resolve("data/articles")));
      assertTrue(s.articles() >= 9);
      store.read(ds -> {
        DatasetGraph dsg = ds.asDatasetGraph();
        int graphs = 0;
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
          Graph g = dsg.getGraph(it.next());
          ValidationReport r = ShaclValidator.get().validate(shapes, g);
          if (!r.conforms()) {
            ShLib.printReport(r);
          }
          assertTrue(r.conforms(), "graph does not conform");
          graphs++;
        }
        assertTrue(graphs >= 9);
        assertTrue(ShaclValidator.get().validate(shapes, dsg.getUnionGraph()).conforms());
        return null;
      });
    }
  }

  @Test
  void ontologyDocumentsEveryTermUsed() {
    var ont = RDFDataMgr.loadModel(TestSupport.root().resolve("ontology/polkg.ttl").toString());
    for (var f : org.polkg.rdf.POLKG.class.getFields()) {
      if (f.getName().equals("NS") || f.getName().equals("ID")) {
        continue;
      }
      String iri;
      try {
        iri = f.get(null).toString();
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
      var r = ont.createResource(iri);
      assertTrue(r.hasProperty(org.apache.jena.vocabulary.RDFS.label), "no label: " + iri);
      assertTrue(r.hasProperty(org.apache.jena.vocabulary.RDFS.comment), "no comment: " + iri);
    }
  }
}
