package org.polkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.TestSupport;

/** The polkg commands end to end on the sample articles, with a real TDB2 store on disk. */
class CliTest {
  @TempDir
  static Path tmp;
  static Path store;
  static CliTestSupport.Run ingest;

  @BeforeAll
  static void ingestSamples() {
    store = tmp.resolve("store");
    ingest = CliTestSupport.run("ingest", "--store", store.toString(),
        TestSupport.root().resolve("data/articles").toString());
  }

  private static String query(String format, String file) {
    CliTestSupport.Run r = CliTestSupport.run("query", "--store", store.toString(), "--format",
        format, TestSupport.root().resolve("queries/" + file).toString());
    assertEquals(0, r.exit(), r.err());
    return r.out();
  }

  @Test
  void ingestSummary() {
    assertEquals(0, ingest.exit(), ingest.err());
    assertTrue(ingest.out().contains("articles ingested: 9"), ingest.out());
    assertTrue(ingest.out().contains("files or lines failed: 0"), ingest.out());
  }

  @Test
  void contractQueriesHaveTheirColumns() {
    assertEquals("person,personName,organization,organizationName,date,article",
        query("csv", "resignations.rq").lines().findFirst().orElseThrow());
    assertEquals("person,personName,role,organization,organizationName,article",
        query("csv", "roles.rq").lines().findFirst().orElseThrow());
    assertEquals("person,personName,organization,organizationName,date,article",
        query("csv", "memberships.rq").lines().findFirst().orElseThrow());
    assertEquals("event,eventType,date,participantName,article",
        query("csv", "events.rq").lines().findFirst().orElseThrow());
    assertEquals("article,source,title,published",
        query("csv", "articles.rq").lines().findFirst().orElseThrow());
  }

  @Test
  void resignationsOfTheSampleSplit() {
    String csv = query("csv", "resignations.rq");
    for (String name : List.of("Chuka Umunna", "Chris Leslie", "Luciana Berger", "Mike Gapes",
        "Angela Smith", "Gavin Shuker", "Ann Coffey")) {
      assertTrue(csv.contains("," + name + ",https://w3id.org/polkg/id/org/labour-party-uk,"
          + "Labour Party,2019-02-18,"), name + " missing in\n" + csv);
    }
    assertFalse(csv.contains("Jeremy Corbyn"), csv);
  }

  @Test
  void articlesQueryGivesUrlOrFileName() {
    String csv = query("csv", "articles.rq");
    assertTrue(csv.contains("https://example.org/news/labour-split"), csv);
    assertEquals(10, csv.lines().count(), csv); // header + 9 articles
  }

  @Test
  void resultFormatsParseAsSparqlResults() {
    ResultSetRewindable json = ResultSetFactory.makeRewindable(ResultSetMgr.read(
        new ByteArrayInputStream(query("json", "resignations.rq").getBytes(StandardCharsets.UTF_8)),
        org.apache.jena.riot.resultset.ResultSetLang.RS_JSON));
    ResultSetRewindable tsv = ResultSetFactory.makeRewindable(ResultSetMgr.read(
        new ByteArrayInputStream(query("tsv", "resignations.rq").getBytes(StandardCharsets.UTF_8)),
        org.apache.jena.riot.resultset.ResultSetLang.RS_TSV));
    assertEquals(json.size(), tsv.size());
    assertTrue(json.size() >= 10);
    assertEquals(List.of("person", "personName", "organization", "organizationName", "date",
        "article"), json.getResultVars());
    assertTrue(query("table", "resignations.rq").contains("| personName"));
  }

  @Test
  void askAndConstruct() {
    CliTestSupport.Run ask = CliTestSupport.run("query", "--store", store.toString(), "--sparql",
        "ASK { ?p polkg:resignedFrom orgid:labour-party-uk }");
    assertEquals("yes", ask.out().strip());
    CliTestSupport.Run construct = CliTestSupport.run("query", "--store", store.toString(),
        "--sparql", "CONSTRUCT { ?p polkg:joined ?o } WHERE { ?p polkg:joined ?o }");
    Model m = ModelFactory.createDefaultModel();
    RDFDataMgr.read(m, new ByteArrayInputStream(construct.out().getBytes(StandardCharsets.UTF_8)),
        Lang.TURTLE);
    assertTrue(m.size() >= 7, construct.out());
  }

  @Test
  void exportsRoundTrip() throws Exception {
    Path trig = tmp.resolve("out.trig");
    Path ttl = tmp.resolve("out.ttl");
    Path nq = tmp.resolve("out.nq");
    Path jsonld = tmp.resolve("out.jsonld");
    assertEquals(0, CliTestSupport.run("export", "--store", store.toString(), "--format", "trig",
        "-o", trig.toString()).exit());
    assertEquals(0, CliTestSupport.run("export", "--store", store.toString(), "--format",
        "turtle", "-o", ttl.toString()).exit());
    assertEquals(0, CliTestSupport.run("export", "--store", store.toString(), "--format",
        "nquads", "-o", nq.toString()).exit());
    assertEquals(0, CliTestSupport.run("export", "--store", store.toString(), "--format",
        "jsonld", "-o", jsonld.toString()).exit());
    Dataset fromTrig = RDFDataMgr.loadDataset(trig.toString());
    Dataset fromNq = RDFDataMgr.loadDataset(nq.toString());
    Dataset fromJsonld = DatasetFactory.create();
    RDFDataMgr.read(fromJsonld, jsonld.toString(), Lang.JSONLD);
    assertEquals(9, count(fromTrig.listNames()));
    assertEquals(9, count(fromNq.listNames()));
    assertEquals(9, count(fromJsonld.listNames()));
    Model union = RDFDataMgr.loadModel(ttl.toString());
    assertEquals(fromTrig.getUnionModel().size(), union.size());
    assertTrue(Files.readString(ttl).toLowerCase().contains("prefix polkg:"));
  }

  @Test
  void stats() {
    CliTestSupport.Run r = CliTestSupport.run("stats", "--store", store.toString());
    assertEquals(0, r.exit());
    assertTrue(r.out().matches("(?s).*articles\\s+9\\n.*"), r.out());
    assertTrue(r.out().contains("facts.Resignation"), r.out());
  }

  @Test
  void badInputIsOneLinePerFileAndTheRestIsIngested() throws Exception {
    Path in = tmp.resolve("mixed");
    Files.createDirectories(in);
    Files.writeString(in.resolve("good.txt"), "Oliver Hartley resigned from the Labour Party.");
    Files.writeString(in.resolve("empty.txt"), "");
    Files.write(in.resolve("binary.txt"), new byte[] {1, 2, 0, 4, 5});
    Files.writeString(in.resolve("notes.docx"), "x");
    Path s2 = tmp.resolve("store-mixed");
    CliTestSupport.Run r = CliTestSupport.run("ingest", "--store", s2.toString(),
        "--date", "2020-01-01", in.toString(), tmp.resolve("nope.txt").toString());
    assertEquals(1, r.exit());
    assertTrue(r.out().contains("articles ingested: 1"), r.out());
    List<String> errors = r.err().lines().toList();
    assertEquals(4, errors.size(), r.err());
    assertTrue(errors.stream().allMatch(l -> l.startsWith("error: ") && !l.contains("Exception")),
        r.err());
    assertTrue(r.err().contains("empty.txt: empty file"));
    assertTrue(r.err().contains("nope.txt: no such file or directory"));
  }

  @Test
  void reingestingUnchangedArticlesSkipsThem() {
    CliTestSupport.Run r = CliTestSupport.run("ingest", "--store", store.toString(),
        TestSupport.root().resolve("data/articles").toString());
    assertTrue(r.out().contains("articles unchanged (skipped): 9"), r.out());
  }

  @Test
  void userMistakesAreOneLine() {
    CliTestSupport.Run bad = CliTestSupport.run("query", "--store", store.toString(), "--sparql",
        "SELEKT nothing");
    assertEquals(2, bad.exit());
    assertEquals(1, bad.err().lines().count(), bad.err());
    assertTrue(bad.err().startsWith("polkg: SPARQL syntax error"), bad.err());
    CliTestSupport.Run noStore = CliTestSupport.run("stats", "--store",
        tmp.resolve("none").toString());
    assertEquals(2, noStore.exit());
    assertTrue(noStore.err().contains("no store at"), noStore.err());
    CliTestSupport.Run badDate = CliTestSupport.run("ingest", "--date", "19-2-2019",
        "--store", tmp.resolve("x").toString(), "whatever.txt");
    assertEquals(2, badDate.exit());
  }

  private static int count(java.util.Iterator<?> it) {
    int n = 0;
    while (it.hasNext()) {
      it.next();
      n++;
    }
    return n;
  }

}
