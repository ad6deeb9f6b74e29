package org.polkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polkg.serve.ServeFixtures.COUNT_GRAPHS;
import static org.polkg.serve.ServeFixtures.count;
import static org.polkg.serve.ServeFixtures.jsonRows;
import static org.polkg.serve.ServeFixtures.localRows;
import static org.polkg.serve.ServeFixtures.postQuery;
import static org.polkg.serve.ServeFixtures.postUpdate;
import static org.polkg.serve.ServeFixtures.resignations;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.store.FactStore;

/** The embedded Fuseki over a store holding the sample articles, queried over real HTTP. */
class GraphServerTest {
  static final String T = "https://example.org/t/";
  static final String SP = "<" + T + "s> <" + T + "p>";
  @TempDir
  static Path tmp;
  static FactStore store;
  static GraphServer server;
  static Set<Map<String, Node>> expected;

  @BeforeAll
  static void start() throws Exception {
    store = ServeFixtures.sampleStore(tmp.resolve("store"));
    expected = localRows(store, resignations());
    assertTrue(expected.size() >= 10, expected.toString());
    server = GraphServer.start(store.dataset().asDatasetGraph(), ServeSettings.readOnly(0));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    store.close();
  }

  @Test
  void listensOnLoopbackOnAFreePort() {
    assertNotEquals(0, server.port());
    assertEquals("http://127.0.0.1:" + server.port() + "/polkg/sparql", server.queryUrl());
  }

  @Test
  void rdfConnectionGetsTheRowsOfTheLocalQuery() {
    for (String ep : new String[] {"/sparql", "/query", ""}) {
      try (RDFConnection conn = RDFConnection.queryConnect(server.datasetUrl() + ep);
          QueryExecution qe = conn.query(resignations())) {
        assertEquals(expected, ServeFixtures.rows(qe.execSelect()), ep);
      }
    }
  }

  @Test
  void plainHttpGetsJsonResultsWithTheRowsOfTheLocalQuery() throws Exception {
    HttpResponse<String> r = postQuery(server.queryUrl(), resignations());
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("")
        .startsWith("application/sparql-results+json"), r.headers().toString());
    assertTrue(r.body().contains("\"personName\""), r.body());
    assertEquals(expected, jsonRows(r.body()));
    // GET with the query in the URL works too.
    HttpRequest get = HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query="
        + URLEncoder.encode(resignations(), StandardCharsets.UTF_8)))
        .header("Accept", "application/sparql-results+json").build();
    HttpResponse<String> g = ServeFixtures.send(get, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, g.statusCode());
    assertEquals(expected, jsonRows(g.body()));
  }

  @Test
  void defaultGraphIsTheUnionAndEachArticleIsANamedGraph() throws Exception {
    assertEquals(9, count(postQuery(server.queryUrl(), COUNT_GRAPHS).body()));
    long union = count(postQuery(server.queryUrl(),
        "SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/polkg/ns#Article> }").body());
    assertEquals(9, union);
  }

  @Test
  void graphStoreReadsOneArticleGraph() throws Exception {
    String graph = store.read(ds -> ds.listNames().next());
    long local = store.read(ds -> ds.getNamedModel(graph).size());
    HttpRequest get = HttpRequest.newBuilder(URI.create(server.dataUrl() + "?graph="
        + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
        .header("Accept", "application/n-triples").build();
    HttpResponse<String> r = ServeFixtures.send(get, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    Model m = ModelFactory.createDefaultModel();
    RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
        Lang.NTRIPLES);
    assertEquals(local, m.size());
    assertTrue(m.contains(m.createResource(graph), null, (org.apache.jena.rdf.model.RDFNode) null));
  }

  @Test
  void updateAndGraphStoreWritesAreRefusedWithoutUpdate() throws Exception {
    String insert = "INSERT DATA { GRAPH <" + T + "intruder> { " + SP + " 1 } }";
    int viaUpdate = postUpdate(server.updateUrl(), insert).statusCode();
    int viaQueryEndpoint = postUpdate(server.queryUrl(), insert).statusCode();
    int viaDataset = postUpdate(server.datasetUrl(), insert).statusCode();
    HttpRequest put = HttpRequest.newBuilder(URI.create(server.dataUrl()
        + "?graph=" + T + "intruder"))
        .header("Content-Type", "text/turtle")
        .PUT(HttpRequest.BodyPublishers.ofString(SP + " 1 .")).build();
    int viaPut = ServeFixtures.send(put, HttpResponse.BodyHandlers.ofString()).statusCode();
    HttpRequest delete = HttpRequest.newBuilder(URI.create(server.dataUrl() + "?default"))
        .DELETE().build();
    int viaDelete = ServeFixtures.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode();
    for (int status : new int[] {viaUpdate, viaQueryEndpoint, viaDataset, viaPut, viaDelete}) {
      assertTrue(status >= 400 && status < 500, "status " + status);
    }
    assertEquals(405, viaPut);
    assertEquals(9, count(postQuery(server.queryUrl(), COUNT_GRAPHS).body()));
    assertEquals(expected, localRows(store, resignations()));
  }

  @Test
  void updateAndGraphStoreWritesWorkWithUpdate() throws Exception {
    FactStore writable = FactStore.open(tmp.resolve("writable"));
    try (GraphServer rw = GraphServer.start(writable.dataset().asDatasetGraph(),
        ServeSettings.readOnly(0).withUpdate(true))) {
      HttpResponse<String> update = postUpdate(rw.updateUrl(),
          "INSERT DATA { GRAPH <" + T + "a> { " + SP + " 1 } }");
      assertEquals(200, update.statusCode(), update.body());
      HttpRequest put = HttpRequest.newBuilder(URI.create(rw.dataUrl() + "?graph=" + T + "b"))
          .header("Content-Type", "text/turtle")
          .PUT(HttpRequest.BodyPublishers.ofString(SP + " 2, 3 .")).build();
      int putStatus = ServeFixtures.send(put, HttpResponse.BodyHandlers.ofString()).statusCode();
      assertTrue(putStatus == 200 || putStatus == 201 || putStatus == 204, "PUT " + putStatus);
      assertEquals(2, count(postQuery(rw.queryUrl(), COUNT_GRAPHS).body()));
      assertEquals(3, count(postQuery(rw.queryUrl(),
          "SELECT (COUNT(*) AS ?n) { " + SP + " ?o }").body()));
      HttpRequest delete = HttpRequest.newBuilder(URI.create(rw.dataUrl() + "?graph=" + T + "a"))
          .DELETE().build();
      int deleteStatus = ServeFixtures.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode();
      assertTrue(deleteStatus == 200 || deleteStatus == 204, "DELETE " + deleteStatus);
      assertEquals(1, count(postQuery(rw.queryUrl(), COUNT_GRAPHS).body()));
      assertEquals(2L, (long) writable.read(ds -> ds.getNamedModel(T + "b").size()));
    } finally {
      writable.close();
    }
  }

  @Test
  void corsIsAnsweredForBrowserEditorsOnOtherOrigins() throws Exception {
    String origin = "http://yasgui.example";
    HttpRequest preflight = HttpRequest.newBuilder(URI.create(server.queryUrl()))
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type,accept")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
    HttpResponse<String> p = ServeFixtures.send(preflight, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, p.statusCode());
    String allowOrigin = p.headers().firstValue("Access-Control-Allow-Origin").orElse("");
    assertTrue(allowOrigin.equals(origin) || allowOrigin.equals("*"), p.headers().toString());
    assertTrue(p.headers().firstValue("Access-Control-Allow-Methods").orElse("")
        .contains("POST"), p.headers().toString());
    HttpRequest get = HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query="
        + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
        .header("Origin", origin).header("Accept", "application/sparql-results+json").build();
    HttpResponse<String> g = ServeFixtures.send(get, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, g.statusCode());
    assertFalse(g.headers().firstValue("Access-Control-Allow-Origin").orElse("").isEmpty(),
        g.headers().toString());
  }

  @Test
  void aQueryPastTheTimeoutIsCancelledAndTheNextIsAnswered() throws Exception {
    try (GraphServer quick = GraphServer.start(store.dataset().asDatasetGraph(),
        ServeSettings.readOnly(0).withTimeout(Duration.ofSeconds(1)))) {
      var slow = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        try {
          return postQuery(quick.queryUrl(), ServeFixtures.SLOW_QUERY);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      HttpResponse<String> during = postQuery(quick.queryUrl(), resignations());
      HttpResponse<String> cancelled = slow.get(120, java.util.concurrent.TimeUnit.SECONDS);
      HttpResponse<String> after = postQuery(quick.queryUrl(), resignations());
      assertEquals(503, cancelled.statusCode(), cancelled.body());
      assertTrue(cancelled.body().toLowerCase().contains("timed out")
          || cancelled.body().toLowerCase().contains("cancel"), cancelled.body());
      assertEquals(200, during.statusCode());
      assertEquals(expected, jsonRows(during.body()));
      assertEquals(200, after.statusCode());
      assertEquals(expected, jsonRows(after.body()));
    }
  }
}
