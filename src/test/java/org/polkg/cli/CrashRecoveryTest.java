package org.polkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.TestSupport;
import org.polkg.ingest.Article;
import org.polkg.ingest.ArticleFiles;
import org.polkg.rdf.POLKG;
import org.polkg.store.FactStore;

/**
 * {@code kill -9} in the middle of a large ingest (a real child process) leaves a store that
 * opens, conforms to the SHACL shapes and holds whole articles only, among them every article
 * the process reported as stored; running the same command again completes the rest without
 * duplicates.
 */
class CrashRecoveryTest {
  private static final int ARTICLES = 300;
  private static final int KILL_AFTER = 25;

  private static final String[] GIVEN = {"Oliver", "Sarah", "Tom", "Grace", "Helen", "James",
      "Maria", "Kate", "David", "Emma", "Laura", "Mark", "Susan", "Peter", "Anna", "Paul"};
  private static final String[] FAMILY = {"Hartley", "Nash", "Rigby", "Dunmore", "Lowe", "Carver",
      "Pennington", "Ashdown", "Marlow", "Thorne", "Kendrick", "Bellamy", "Fairfax", "Holloway",
      "Radcliffe", "Winslow", "Ellery"};
  private static final String[] PARTIES = {"Labour Party", "Conservative Party",
      "Liberal Democrats", "Scottish National Party", "Green Party"};

  @TempDir
  Path tmp;

  /** Writes {@link #ARTICLES} small articles with varied names, parties, dates and facts. */
  private Path corpus() throws Exception {
    Path dir = tmp.resolve("corpus");
    Files.createDirectories(dir);
    for (int i = 0; i < ARTICLES; i++) {
      String person = GIVEN[i % GIVEN.length] + " " + FAMILY[(i * 7 + i / 17) % FAMILY.length];
      String other = GIVEN[(i + 5) % GIVEN.length] + " " + FAMILY[(i * 3 + 4) % FAMILY.length];
      String from = PARTIES[i % PARTIES.length];
      String to = PARTIES[(i / 5 + 1 + i) % PARTIES.length];
      LocalDate date = LocalDate.of(2019, 1, 1).plusDays(i);
      String body = switch (i % 3) {
        case 0 -> person + " resigned from the " + from + " on Monday. " + other
            + ", the " + from + " leader, said the party would go on.";
        case 1 -> person + " joined the " + to + " yesterday after leaving the " + from
            + ". Mr " + person.substring(person.indexOf(' ') + 1) + " had been an MP for ten years.";
        default -> "The " + from + " suspended " + person + " on Friday. " + other
            + " resigned from the " + to + " in protest.";
      };
      Files.writeString(dir.resolve(String.format("%03d-%s.txt", i,
          person.toLowerCase().replace(' ', '-'))), "---\ntitle: Story " + i + "\ndate: " + date
          + "\n---\n" + body + "\n", StandardCharsets.UTF_8);
    }
    return dir;
  }

  @Test
  void killDuringIngestLeavesWholeArticlesAndARerunCompletesTheRest() throws Exception {
    Path corpus = corpus();
    Path store = tmp.resolve("store");
    assertTimeoutPreemptively(Duration.ofSeconds(240), () -> {
      List<String> reported;
      int exit;
      try (ChildJava child = ChildJava.start("1g", Main.class, "ingest", "--verbose", "--store",
          store.toString(), corpus.toString())) {
        reported = child.awaitLines(l -> l.startsWith("stored: "), KILL_AFTER, 180);
        exit = child.kill();
        assertEquals(KILL_AFTER, reported.size(), "the child stored too few articles: "
            + child.err());
      }
      Assumptions.assumeTrue(exit != 0, "the ingest finished before it could be killed");

      Map<String, String> stored = checkStore(store, corpus);
      for (String line : reported) {
        String[] parts = line.split(" ");
        assertEquals(parts[2], stored.get(parts[1]),
            "an article the killed process reported as stored is in the store: " + line);
      }
      assertTrue(stored.size() >= KILL_AFTER && stored.size() < ARTICLES, stored.size() + "");

      CliTestSupport.Run rerun = CliTestSupport.run("ingest", "--verbose", "--store",
          store.toString(), corpus.toString());
      assertEquals(0, rerun.exit(), rerun.err());
      assertTrue(rerun.out().contains("articles unchanged (skipped): " + stored.size() + "\n"),
          rerun.out());
      assertTrue(rerun.out().contains("articles ingested: " + (ARTICLES - stored.size()) + "\n"),
          rerun.out());
      assertEquals(ARTICLES, checkStore(store, corpus).size());
      try (FactStore fs = FactStore.openExisting(store)) {
        Map<String, Long> stats = fs.stats();
        assertTrue(stats.getOrDefault("facts.Resignation", 0L) >= ARTICLES / 2
            && stats.getOrDefault("facts.Joining", 0L) >= ARTICLES / 4
            && stats.get("persons") >= 100, "the corpus yields facts: " + stats);
      }
    });
  }

  /**
   * Checks that the store opens, every graph conforms to the shapes and is one whole article
   * (its article node, with its content hash, and as many triples as the article maps to), and
   * that there are as many graphs as articles; returns each article's source and graph.
   */
  private Map<String, String> checkStore(Path store, Path corpus) throws Exception {
    Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(
        TestSupport.root().resolve("ontology/shapes.ttl").toString()));
    ArticleFiles files = new ArticleFiles();
    Map<String, String> bySource = new LinkedHashMap<>();
    Map<String, Long> sizes = new LinkedHashMap<>();
    try (FactStore fs = FactStore.openExisting(store)) {
      fs.read(ds -> {
        DatasetGraph dsg = ds.asDatasetGraph();
        Node article = RDF.type.asNode();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
          Node name = it.next();
          Graph g = dsg.getGraph(name);
          assertTrue(ShaclValidator.get().validate(shapes, g).conforms(), name.getURI());
          List<Triple> articles = g.find(Node.ANY, article, POLKG.Article.asNode()).toList();
          assertEquals(1, articles.size(), name.getURI());
          assertEquals(name, articles.get(0).getSubject(), "the article node names its graph");
          assertEquals(1, g.find(name, POLKG.contentHash.asNode(), Node.ANY).toList().size());
          List<Triple> source = g.find(name, POLKG.source.asNode(), Node.ANY).toList();
          assertEquals(1, source.size());
          String s = source.get(0).getObject().getLiteralLexicalForm();
          assertEquals(null, bySource.put(s, name.getURI()), "one graph per source: " + s);
          sizes.put(s, (long) g.size());
        }
        long articleNodes = dsg.getUnionGraph().find(Node.ANY, article,
            POLKG.Article.asNode()).toList().size();
        assertEquals(bySource.size(), articleNodes, "as many graphs as articles");
        return null;
      });
    }
    for (Map.Entry<String, Long> e : sizes.entrySet()) {
      Article a = files.read(corpus.resolve(e.getKey())).articles().get(0);
      var graph = TestSupport.pipeline().toRdf(TestSupport.pipeline().extract(a));
      assertEquals(graph.graphName(), bySource.get(e.getKey()));
      assertEquals(graph.model().size(), e.getValue().longValue(), "whole article " + e.getKey());
    }
    return bySource;
  }
}
