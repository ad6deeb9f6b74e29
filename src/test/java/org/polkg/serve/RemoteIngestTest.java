package org.polkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.polkg.serve.ServeFixtures.COUNT_GRAPHS;
import static org.polkg.serve.ServeFixtures.count;
import static org.polkg.serve.ServeFixtures.jsonRows;
import static org.polkg.serve.ServeFixtures.postQuery;
import static org.polkg.serve.ServeFixtures.resignations;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.cli.CliTestSupport;
import org.polkg.store.FactStore;

/** {@code polkg ingest --endpoint} into running servers, and its one-line errors. */
class RemoteIngestTest {
  private static final String COACH = "https://example.org/sport/eastbridge-rovers-tolland";

  static final String GRAPH_OF_01 = "SELECT ?g WHERE { GRAPH ?g { ?g "
      + "<https://w3id.org/polkg/ns#source> \"https://example.org/news/labour-split\" } }";

  @TempDir
  static Path tmp;
  static FactStore local;
  static Set<Map<String, Node>> expected;
  static long expectedTriples;
  static FactStore remote;
  static GraphServer server;

  @BeforeAll
  static void start() throws Exception {
    local = ServeFixtures.sampleStore(tmp.resolve("local"));
    expected = ServeFixtures.localRows(local, resignations());
    expectedTriples = local.triples();
    remote = FactStore.open(tmp.resolve("remote"));
    server = GraphServer.start(remote.dataset().asDatasetGraph(),
        ServeSettings.readOnly(0).withUpdate(true));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    remote.close();
    local.close();
  }

  private static long countAt(String queryUrl, String query) throws Exception {
    return count(postQuery(queryUrl, query).body());
  }

  @Test
  void ingestSendsOneGraphPerArticleAndReingestReplacesIt() throws Exception {
    CliTestSupport.Run first = CliTestSupport.run("ingest", "--endpoint", server.datasetUrl(),
        ServeFixtures.articles().toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().contains("articles ingested: 9"), first.out());
    assertTrue(first.out().contains("articles not sent: 0"), first.out());
    assertTrue(first.out().contains("endpoint: " + server.dataUrl()), first.out());
    assertEquals(9, countAt(server.queryUrl(), COUNT_GRAPHS));
    assertEquals(expected, jsonRows(postQuery(server.queryUrl(), resignations()).body()));
    assertEquals(expectedTriples, countAt(server.queryUrl(),
        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));

    CliTestSupport.Run again = CliTestSupport.run("ingest", "--endpoint",
        server.datasetUrl() + "/", ServeFixtures.articles().toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().contains("articles unchanged (skipped): 9"), again.out());
    assertEquals(9, countAt(server.queryUrl(), COUNT_GRAPHS));

    // The same article (same source URL), changed: its graph is replaced, not added.
    String hashQuery = "SELECT ?h WHERE { GRAPH ?g { ?g <https://w3id.org/polkg/ns#source> "
        + "\"https://example.org/news/labour-split\" ;"
        + " <https://w3id.org/polkg/ns#contentHash> ?h } }";
    Set<Map<String, Node>> hashBefore = jsonRows(postQuery(server.queryUrl(), hashQuery).body());
    Path changed = tmp.resolve("changed/01-labour-split.txt");
    Files.createDirectories(changed.getParent());
    Files.writeString(changed, Files.readString(ServeFixtures.articles()
        .resolve("01-labour-split.txt")) + "\nThe group met again on Tuesday.\n");
    CliTestSupport.Run replaced = CliTestSupport.run("ingest", "--endpoint",
        server.dataUrl(), changed.toString());
    assertEquals(0, replaced.exit(), replaced.err());
    assertTrue(replaced.out().contains("articles ingested: 1"), replaced.out());
    assertEquals(9, countAt(server.queryUrl(), COUNT_GRAPHS));
    Set<Map<String, Node>> hashAfter = jsonRows(postQuery(server.queryUrl(), hashQuery).body());
    assertEquals(1, hashBefore.size());
    assertEquals(1, hashAfter.size(), hashAfter.toString());
    assertNotEquals(hashBefore, hashAfter);
    assertEquals(1, jsonRows(postQuery(server.queryUrl(), GRAPH_OF_01).body()).size());
  }

  @Test
  void wrongPasswordIsOneLineAndRightPasswordStores() throws Exception {
    Path passwords = tmp.resolve("passwd");
    Files.writeString(passwords, "editor: s3cret\n");
    FactStore authStore = FactStore.open(tmp.resolve("auth"));
    FusekiServer fuseki = FusekiServer.create()
        .add("/" + GraphServer.DATASET, GraphServer.dataService(
            authStore.dataset().asDatasetGraph(), ServeSettings.readOnly(0).withUpdate(true)))
        .port(0).loopback(true)
        .passwordFile(passwords.toString()).auth(AuthScheme.BASIC)
        .build().start();
    try {
      String base = "http://127.0.0.1:" + fuseki.getHttpPort() + "/polkg";
      Path article = ServeFixtures.articles().resolve("01-labour-split.txt");
      CliTestSupport.Run wrong = CliTestSupport.run("ingest", "--endpoint", base,
          "--user", "editor", "--password", "guess", article.toString());
      assertEquals(1, wrong.exit());
      assertEquals(List.of("error: " + article + ": article 'https://example.org/news/labour-split'"
          + " not stored: server answered 401 Unauthorized"
          + " at " + base + "/data (check --user and --password)"), wrong.err().lines().toList());
      assertTrue(wrong.out().contains("articles not sent: 1"), wrong.out());
      assertTrue(wrong.out().contains("articles ingested: 0"), wrong.out());

      CliTestSupport.Run none = CliTestSupport.run("ingest", "--endpoint", base,
          article.toString());
      assertEquals(1, none.exit());
      assertTrue(none.err().strip().endsWith("401 Unauthorized at " + base
          + "/data (give --user and --password)"), none.err());

      CliTestSupport.Run right = CliTestSupport.run("ingest", "--endpoint", base,
          "--user", "editor", "--password", "s3cret", article.toString());
      assertEquals(0, right.exit(), right.err());
      assertTrue(right.out().contains("articles ingested: 1"), right.out());
      assertEquals(1L, (long) authStore.read(ds -> {
        long n = 0;
        for (var it = ds.listNames(); it.hasNext(); it.next()) {
          n++;
        }
        return n;
      }));
    } finally {
      fuseki.stop();
      authStore.close();
    }
  }

  @Test
  void wrongDatasetNameIsA404Line() {
    Path article = ServeFixtures.articles().resolve("07-coach-quits.txt");
    String url = server.serverUrl() + "/nope";
    CliTestSupport.Run r = CliTestSupport.run("ingest", "--endpoint", url, article.toString());
    assertEquals(1, r.exit());
    assertEquals(List.of("error: " + article + ": article '" + COACH + "' not stored:"
        + " server answered 404 Not Found at "
        + url + "/data (is the dataset name right?)"), r.err().lines().toList());
    assertTrue(r.out().contains("articles not sent: 1"), r.out());
  }

  @Test
  void closedPortIsAnUnreachableLinePerArticle() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/polkg";
    Path jsonl = ServeFixtures.articles().resolve("04-us-wire.jsonl");
    CliTestSupport.Run r = CliTestSupport.run("ingest", "--endpoint", url, jsonl.toString());
    assertEquals(1, r.exit());
    List<String> lines = r.err().lines().toList();
    assertEquals(3, lines.size(), r.err()); // three articles in the file, none sent
    for (String line : lines) {
      assertTrue(line.matches("error: " + java.util.regex.Pattern.quote(jsonl.toString())
          + ": article 'https://example\\.org/\\S+' not stored: server unreachable at "
          + java.util.regex.Pattern.quote(url + "/data") + ": connection refused"), line);
    }
    assertTrue(r.out().contains("articles not sent: 3"), r.out());
  }

  @Test
  void readOnlyServerRefusesWithA405Line() throws Exception {
    FactStore ro = FactStore.open(tmp.resolve("read-only"));
    try (GraphServer readOnly = GraphServer.start(ro.dataset().asDatasetGraph(),
        ServeSettings.readOnly(0))) {
      Path article = ServeFixtures.articles().resolve("07-coach-quits.txt");
      CliTestSupport.Run r = CliTestSupport.run("ingest", "--endpoint", readOnly.datasetUrl(),
          article.toString());
      assertEquals(1, r.exit());
      assertEquals(List.of("error: " + article + ": article '" + COACH + "' not stored:"
          + " server answered 405 Method Not"
          + " Allowed at " + readOnly.dataUrl()
          + " (is the dataset read-only? 'polkg serve' needs --update)"),
          r.err().lines().toList());
      assertEquals(0, countAt(readOnly.queryUrl(), COUNT_GRAPHS));
    } finally {
      ro.close();
    }
  }

  @Test
  void endpointMistakesAreOneLine() {
    String article = ServeFixtures.articles().resolve("07-coach-quits.txt").toString();
    CliTestSupport.Run ftp = CliTestSupport.run("ingest", "--endpoint", "ftp://host/polkg",
        article);
    assertEquals(2, ftp.exit());
    assertEquals(List.of("polkg: --endpoint: not an http(s) URL: ftp://host/polkg"),
        ftp.err().lines().toList());
    CliTestSupport.Run both = CliTestSupport.run("ingest", "--store", tmp.resolve("s").toString(),
        "--endpoint", server.datasetUrl(), article);
    assertEquals(2, both.exit());
    assertEquals(List.of("polkg: give either --store or --endpoint, not both"),
        both.err().lines().toList());
    CliTestSupport.Run pwOnly = CliTestSupport.run("ingest", "--endpoint", server.datasetUrl(),
        "--password", "x", article);
    assertEquals(2, pwOnly.exit());
    assertEquals(List.of("polkg: --password needs --user"), pwOnly.err().lines().toList());
    CliTestSupport.Run userLocal = CliTestSupport.run("ingest", "--store",
        tmp.resolve("s").toString(), "--user", "u", article);
    assertEquals(2, userLocal.exit());
    assertEquals(1, userLocal.err().lines().count(), userLocal.err());
    assumeTrue(System.getenv("POLKG_PASSWORD") == null, "POLKG_PASSWORD is set");
    CliTestSupport.Run noPw = CliTestSupport.run("ingest", "--endpoint", server.datasetUrl(),
        "--user", "u", article);
    assertEquals(2, noPw.exit());
    assertEquals(List.of("polkg: --user u needs a password: give --password or set"
        + " POLKG_PASSWORD"), noPw.err().lines().toList());
  }
}
