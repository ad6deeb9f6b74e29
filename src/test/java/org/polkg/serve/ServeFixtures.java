package org.polkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.polkg.TestSupport;
import org.polkg.eval.ContractQueries;
import org.polkg.ingest.ArticleFiles;
import org.polkg.pipeline.GraphSink;
import org.polkg.pipeline.IngestJob;
import org.polkg.store.FactStore;

/** Stores, servers and HTTP helpers for the serving tests. Servers listen on loopback only. */
final class ServeFixtures {
  /** A query that takes very long: a three-way cross join of all triples, counted. */
  static final String SLOW_QUERY =
      "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
  static final String COUNT_GRAPHS =
      "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

  static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  private ServeFixtures() {}

  /**
   * Sends {@code req} with {@link #HTTP}, once more on a new connection when the pooled one it
   * went out on turns out to have been closed by the server (the JDK client then reports
   * "header parser received no bytes"; Jetty closes a connection after some error responses).
   * The requests of these tests are idempotent.
   */
  static <T> HttpResponse<T> send(HttpRequest req, HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    try {
      return HTTP.send(req, body);
    } catch (IOException e) {
      if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
        throw e;
      }
      return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
          .send(req, body);
    }
  }

  static Path articles() {
    return TestSupport.root().resolve("data/articles");
  }

  /** Ingests {@code paths} into {@code sink}, asserting that nothing failed. */
  static IngestJob.Summary ingest(GraphSink sink, List<Path> paths) {
    IngestJob.Summary s = new IngestJob(TestSupport.pipeline(), new ArticleFiles(), sink,
        Optional.empty(), 0, e -> { }).run(paths);
    assertEquals(List.of(), s.failures());
    return s;
  }

  /** A store in {@code dir} holding the sample articles. */
  static FactStore sampleStore(Path dir) {
    FactStore fs = FactStore.open(dir);
    assertEquals(9, ingest(fs, List.of(articles())).articles());
    return fs;
  }

  static String resignations() {
    return ContractQueries.text("resignations");
  }

  /** The rows of a result, each a map from variable name to value; order ignored. */
  static Set<Map<String, Node>> rows(ResultSet rs) {
    Set<Map<String, Node>> rows = new HashSet<>();
    rs.forEachRemaining(s -> {
      Map<String, Node> row = new HashMap<>();
      s.varNames().forEachRemaining(v -> row.put(v, s.get(v).asNode()));
      rows.add(row);
    });
    return rows;
  }

  /** The rows of {@code query} run locally on the store. */
  static Set<Map<String, Node>> localRows(FactStore fs, String query) {
    return fs.query(FactStore.parse(query), qe -> rows(qe.execSelect()));
  }

  /** A SPARQL query by HTML form POST, asking for JSON results. */
  static HttpResponse<String> postQuery(String url, String query) throws IOException,
      InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(120))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/sparql-results+json")
        .POST(HttpRequest.BodyPublishers.ofString("query="
            + URLEncoder.encode(query, StandardCharsets.UTF_8)))
        .build();
    return send(req, HttpResponse.BodyHandlers.ofString());
  }

  /** A SPARQL Update by form POST. */
  static HttpResponse<String> postUpdate(String url, String update) throws IOException,
      InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("update="
            + URLEncoder.encode(update, StandardCharsets.UTF_8)))
        .build();
    return send(req, HttpResponse.BodyHandlers.ofString());
  }

  /** The rows of a SPARQL JSON results document. */
  static Set<Map<String, Node>> jsonRows(String json) {
    InputStream in = new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    return rows(ResultSetMgr.read(in, ResultSetLang.RS_JSON));
  }

  /** The single integer of a one-row, one-column JSON result. */
  static long count(String json) {
    Set<Map<String, Node>> rows = jsonRows(json);
    assertEquals(1, rows.size(), json);
    Node n = rows.iterator().next().values().iterator().next();
    return Long.parseLong(n.getLiteralLexicalForm());
  }
}
