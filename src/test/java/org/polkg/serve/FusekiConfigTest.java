package org.polkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polkg.serve.ServeFixtures.jsonRows;
import static org.polkg.serve.ServeFixtures.postQuery;
import static org.polkg.serve.ServeFixtures.resignations;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.cli.CliTestSupport;
import org.polkg.store.FactStore;

/** {@code polkg fuseki-config}: the written file, read by Jena and run by Fuseki. */
class FusekiConfigTest {
  @TempDir
  Path tmp;

  @Test
  void configDescribesTheStoreAndFusekiServesItFromTheFile() throws Exception {
    Path storeDir = tmp.resolve("store");
    Set<Map<String, Node>> expected;
    try (FactStore fs = ServeFixtures.sampleStore(storeDir)) {
      expected = ServeFixtures.localRows(fs, resignations());
    }
    Path config = tmp.resolve("polkg-fuseki.ttl");
    CliTestSupport.Run r = CliTestSupport.run("fuseki-config", "--store", storeDir.toString(),
        "-o", config.toString(), "--timeout", "1");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("fuseki-server --config " + config), r.err());

    Model m = RDFDataMgr.loadModel(config.toString());
    assertTrue(ask(m, "ASK { ?ds a tdb2:DatasetTDB2 ; tdb2:location \""
        + storeDir.toAbsolutePath().normalize() + "\" ; tdb2:unionDefaultGraph true }"));
    assertTrue(ask(m, "ASK { [] a fuseki:Server ; fuseki:services (?svc) ."
        + " ?svc a fuseki:Service ; fuseki:name \"polkg\" ;"
        + " fuseki:dataset [ a tdb2:DatasetTDB2 ] }"));
    Map<String, String> endpoints = new HashMap<>();
    try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES
        + "SELECT ?name ?op { ?svc fuseki:endpoint ?ep . ?ep fuseki:operation ?op ."
        + " OPTIONAL { ?ep fuseki:name ?n } BIND(COALESCE(?n, \"\") AS ?name) }").build()) {
      qe.execSelect().forEachRemaining((QuerySolution s) -> endpoints.merge(
          s.getLiteral("name").getString(), s.getResource("op").getLocalName(),
          (a, b) -> a + "," + b));
    }
    assertEquals(Map.of("sparql", "query", "query", "query", "data", "gsp-r", "get", "gsp-r",
        "", endpoints.get("")), endpoints);
    assertTrue(Set.of("query,gsp-r", "gsp-r,query").contains(endpoints.get("")),
        endpoints.toString());
    assertTrue(ask(m, "ASK { ?svc fuseki:endpoint [ fuseki:name \"sparql\" ;"
        + " ja:context [ ja:cxtName \"arq:queryTimeout\" ; ja:cxtValue \"1000\" ] ] }"));

    FusekiServer fuseki = FusekiServer.create().parseConfigFile(config.toString())
        .port(0).loopback(true).build().start();
    try {
      String sparql = "http://127.0.0.1:" + fuseki.getHttpPort() + "/polkg/sparql";
      HttpResponse<String> ok = postQuery(sparql, resignations());
      assertEquals(200, ok.statusCode(), ok.body());
      assertEquals(expected, jsonRows(ok.body()));
      HttpResponse<String> slow = postQuery(sparql, ServeFixtures.SLOW_QUERY);
      assertEquals(503, slow.statusCode(), slow.body());
      HttpRequest put = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
          + fuseki.getHttpPort() + "/polkg/data?graph=https://example.org/t/g"))
          .header("Content-Type", "text/turtle")
          .PUT(HttpRequest.BodyPublishers.ofString(
              "<https://example.org/t/s> <https://example.org/t/p> 1 ."))
          .build();
      assertEquals(405, ServeFixtures.send(put, HttpResponse.BodyHandlers.ofString())
          .statusCode());
      assertEquals(expected, jsonRows(postQuery(sparql, resignations()).body()));
    } finally {
      var dsg = fuseki.getDataAccessPointRegistry().get("/polkg").getDataService().getDataset();
      fuseki.stop();
      TDBInternal.expel(dsg);
    }
  }

  static final String PREFIXES = """
      PREFIX fuseki: <http://jena.apache.org/fuseki#>
      PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
      PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
      """;

  private static boolean ask(Model m, String ask) {
    try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + ask).build()) {
      return qe.execAsk();
    }
  }

  @Test
  void warnsWhenTheStoreIsNotThereYet() {
    CliTestSupport.Run r = CliTestSupport.run("fuseki-config", "--store",
        tmp.resolve("none").toString());
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("tdb2:location \"" + tmp.resolve("none").toAbsolutePath() + "\""),
        r.out());
    assertTrue(r.err().startsWith("polkg: warning: no store at"), r.err());
  }
}
