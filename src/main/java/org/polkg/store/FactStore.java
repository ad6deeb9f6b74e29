package org.polkg.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.polkg.pipeline.GraphSink;
import org.polkg.rdf.POLKG;
import org.polkg.rdf.Prefixes;
import org.polkg.rdf.RdfMapper.ArticleGraph;

/**
 * The TDB2 store of article graphs. One named graph per article; queries see the union of all
 * graphs as their default graph. Safe to use from several threads (TDB2 transactions).
 */
public final class FactStore implements AutoCloseable, GraphSink {
  private final Dataset dataset;
  private final Path dir;

  private FactStore(Path dir, Dataset dataset) {
    this.dir = dir;
    this.dataset = dataset;
  }

  /** Opens the store in {@code dir}, creating it when missing. */
  public static FactStore open(Path dir) {
    Dataset ds = TDB2Factory.connectDataset(dir.toString());
    ds.getContext().set(TDB2.symUnionDefaultGraph, true);
    return new FactStore(dir, ds);
  }

  public Path directory() {
    return dir;
  }

  /** The underlying dataset, for the server and tools that speak Jena. */
  public Dataset dataset() {
    return dataset;
  }

  @Override
  public Optional<String> contentHash(String graphName) {
    return Txn.calculateRead(dataset, () -> {
      Model g = dataset.getNamedModel(graphName);
      var it = g.listObjectsOfProperty(g.createResource(graphName), POLKG.contentHash);
      return it.hasNext() ? Optional.of(it.next().asLiteral().getLexicalForm()) : Optional.empty();
    });
  }

  /** Stores an article graph, replacing any earlier graph of the same article, atomically. */
  @Override
  public void put(ArticleGraph graph) {
    Txn.executeWrite(dataset, () -> {
      dataset.removeNamedModel(graph.graphName());
      dataset.addNamedModel(graph.graphName(), graph.model());
    });
  }

  /** Runs a read-only computation over the dataset in a read transaction. */
  public <T> T read(Function<Dataset, T> action) {
    return Txn.calculateRead(dataset, () -> action.apply(dataset));
  }

  /** Runs {@code query} and hands the open execution to {@code action} in a read transaction. */
  public <T> T query(Query query, Function<QueryExecution, T> action) {
    return read(ds -> {
      try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
        return action.apply(qe);
      }
    });
  }

  /** Parses SPARQL with the standard prefixes predeclared. */
  public static Query parse(String sparql) {
    Query q = new Query();
    q.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard()));
    return QueryFactory.parse(q, sparql, null, null);
  }

  /** Numbers users ask about: articles, triples, entities, facts by kind. */
  public Map<String, Long> stats() {
    String q = """
        PREFIX polkg: <https://w3id.org/polkg/ns#>
        SELECT
          (COUNT(DISTINCT ?a) AS ?articles)
          (COUNT(DISTINCT ?p) AS ?persons)
          (COUNT(DISTINCT ?o) AS ?organisations)
        WHERE {
          { ?a a polkg:Article } UNION { ?p a polkg:Person } UNION { ?o a polkg:Organization }
        }""";
    Map<String, Long> out = new LinkedHashMap<>();
    query(parse(q), qe -> {
      QuerySolution s = qe.execSelect().next();
      out.put("articles", s.getLiteral("articles").getLong());
      out.put("persons", s.getLiteral("persons").getLong());
      out.put("organisations", s.getLiteral("organisations").getLong());
      return null;
    });
    String kinds = """
        PREFIX polkg: <https://w3id.org/polkg/ns#>
        SELECT ?kind (COUNT(DISTINCT ?f) AS ?n) WHERE {
          ?f polkg:article ?a ; a ?t ; polkg:modality polkg:Asserted .
          BIND(STRAFTER(STR(?t), "#") AS ?kind)
        } GROUP BY ?kind ORDER BY ?kind""";
    long events = 0;
    Map<String, Long> byKind = new LinkedHashMap<>();
    query(parse(kinds), qe -> {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        byKind.put(s.getLiteral("kind").getString(), s.getLiteral("n").getLong());
      }
      return null;
    });
    for (Map.Entry<String, Long> e : byKind.entrySet()) {
      if (!e.getKey().equals("RoleHolding") && !e.getKey().equals("Joining")) {
        events += e.getValue();
      }
    }
    out.put("events", events);
    byKind.forEach((k, v) -> out.put("facts." + k, v));
    out.put("triples", triples());
    return out;
  }

  /** Triples in all article graphs. */
  public long triples() {
    return read(ds -> {
      DatasetGraph dsg = ds.asDatasetGraph();
      long n = 0;
      var it = dsg.find();
      while (it.hasNext()) {
        it.next();
        n++;
      }
      return n;
    });
  }

  /**
   * Writes the store, streaming: Turtle as the union of all article graphs (each triple once),
   * TriG and N-Quads with the named graphs kept. JSON-LD is built in memory first.
   */
  public void export(RDFFormat format, OutputStream out) {
    read(ds -> {
      DatasetGraph dsg = ds.asDatasetGraph();
      Lang lang = format.getLang();
      if (lang.equals(Lang.JSONLD) || lang.equals(Lang.JSONLD11)) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        copy.prefixes().putAll(Prefixes.standard().getNsPrefixMap());
        dsg.find().forEachRemaining(copy::add);
        RDFDataMgr.write(out, copy, format);
        return null;
      }
      StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
      stream.start();
      Prefixes.standard().getNsPrefixMap().forEach(stream::prefix);
      if (RDFLanguages.isQuads(lang)) {
        dsg.find().forEachRemaining(stream::quad);
      } else {
        dsg.getUnionGraph().find().forEachRemaining(stream::triple);
      }
      stream.finish();
      return null;
    });
  }

  @Override
  public void close() {
    dataset.close();
    TDBInternal.expel(dataset.asDatasetGraph());
  }
}
