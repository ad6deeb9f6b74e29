package org.polkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
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

  /**
   * Opens the store in {@code dir}, creating it when the directory is missing or empty.
   *
   * @throws StoreException when another process has the store open, or the directory holds
   *     something that is not a store of this polkg's format
   */
  public static FactStore open(Path dir) {
    if (StoreLayout.check(dir) == StoreLayout.State.MISSING) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new StoreException("cannot create store directory " + dir + ": " + e, e);
      }
    }
    return connect(dir);
  }

  /**
   * Opens the store in {@code dir}, which must exist.
   *
   * @throws StoreException when there is no store there, or it cannot be opened (see
   *     {@link #open})
   */
  public static FactStore openExisting(Path dir) {
    if (StoreLayout.check(dir) != StoreLayout.State.STORE) {
      throw new StoreException("no store at " + dir
          + " (run 'polkg ingest' first, or give --store)");
    }
    return connect(dir);
  }

  private static FactStore connect(Path dir) {
    Dataset ds;
    try {
      ds = TDB2Factory.connectDataset(dir.toString());
    } catch (DBOpEnvException e) {
      String message = String.valueOf(e.getMessage());
      if (message.toLowerCase(Locale.ROOT).contains("lock")) {
        throw new StoreException("store " + dir.toAbsolutePath().normalize()
            + " is in use by another process" + holder(dir, message)
            + "; stop it (e.g. 'polkg serve') or use another --store", e);
      }
      throw new StoreException("cannot open store " + dir + ": " + firstLine(message), e);
    } catch (RuntimeException e) {
      throw new StoreException("cannot open store " + dir + ": " + firstLine(
          e.getMessage() == null ? e.toString() : e.getMessage()), e);
    }
    ds.getContext().set(TDB2.symUnionDefaultGraph, true);
    FactStore store = new FactStore(dir, ds);
    try {
      StoreLayout.record(dir);
    } catch (StoreException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /** " (pid N)" for the process that holds the store's lock, when it can be told. */
  private static String holder(Path dir, String message) {
    try {
      String pid = Files.readString(dir.resolve("tdb.lock"), StandardCharsets.UTF_8).strip();
      if (pid.matches("\\d{1,10}")) {
        return " (pid " + pid + ")";
      }
    } catch (IOException | RuntimeException e) {
      // fall back to the message
    }
    Matcher m = Pattern.compile("held by process (\\d+)").matcher(message);
    return m.find() ? " (pid " + m.group(1) + ")" : "";
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
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

  /**
   * Stores an article graph, replacing any earlier graph of the same article (and so every fact
   * and entity only that graph held), in one write transaction: after a crash the store holds
   * the old graph or the new one, never a part.
   */
  @Override
  public void put(ArticleGraph graph) {
    Txn.executeWrite(dataset, () -> {
      dataset.removeNamedModel(graph.graphName());
      dataset.addNamedModel(graph.graphName(), graph.model());
    });
  }

  /** A stored article: its graph (which is also the article's IRI) and its source. */
  public record StoredArticle(String graphName, String source) {}

  /**
   * Finds the articles whose {@code polkg:source} is {@code sourceOrIri}, or whose IRI (the
   * name of its graph) is.
   */
  public List<StoredArticle> find(String sourceOrIri) {
    String q = """
        PREFIX polkg: <https://w3id.org/polkg/ns#>
        SELECT DISTINCT ?g ?source WHERE {
          GRAPH ?g { ?g a polkg:Article ; polkg:source ?source }
          FILTER (?source = ?key || STR(?g) = ?key)
        } ORDER BY ?g""";
    ParameterizedSparqlString pss = new ParameterizedSparqlString(q);
    pss.setLiteral("key", sourceOrIri);
    return query(pss.asQuery(), qe -> {
      List<StoredArticle> out = new ArrayList<>();
      qe.execSelect().forEachRemaining(s -> out.add(new StoredArticle(
          s.getResource("g").getURI(), s.getLiteral("source").getLexicalForm())));
      return out;
    });
  }

  /**
   * Removes an article's graph, and with it every fact and entity that no other article graph
   * holds, in one write transaction.
   *
   * @return the number of triples removed
   */
  public long remove(String graphName) {
    return Txn.calculateWrite(dataset, () -> {
      long n = dataset.getNamedModel(graphName).size();
      dataset.removeNamedModel(graphName);
      return n;
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
