package org.polkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.store.FactStore;

/**
 * Re-ingesting is idempotent, a changed article replaces its graph and the facts only it held,
 * and {@code polkg remove} takes articles out with everything only they supported.
 */
class IdempotencyTest {
  private static final String PERSON = "https://w3id.org/polkg/id/person/";
  private static final String ORG = "https://w3id.org/polkg/id/org/";

  @TempDir
  Path tmp;

  private Path write(String name, String content) throws Exception {
    Path p = tmp.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private CliTestSupport.Run ingest() {
    CliTestSupport.Run r = CliTestSupport.run("ingest", "--store", store().toString(),
        "--date", "2020-03-02", tmp.resolve("in").toString());
    assertEquals(0, r.exit(), r.err());
    return r;
  }

  private Path store() {
    return tmp.resolve("store");
  }

  private Set<String> quads() {
    try (FactStore fs = FactStore.openExisting(store())) {
      return fs.read(ds -> {
        Set<String> out = new TreeSet<>();
        ds.asDatasetGraph().find().forEachRemaining((Quad q) -> out.add(q.toString()));
        return out;
      });
    }
  }

  private boolean ask(String sparql) {
    CliTestSupport.Run r = CliTestSupport.run("query", "--store", store().toString(), "--sparql",
        sparql);
    assertEquals(0, r.exit(), r.err());
    return r.out().strip().equals("yes");
  }

  private void threeArticles() throws Exception {
    write("a.txt", "Oliver Hartley resigned from the Labour Party on Monday.");
    write("b.txt", "---\nsource: https://example.org/news/nash\n---\n"
        + "Sarah Nash resigned from the Labour Party on Monday.");
    write("c.txt", "Tom Rigby joined the Liberal Democrats on Monday.");
  }

  @Test
  void reingestingTheSameContentChangesNothing() throws Exception {
    threeArticles();
    ingest();
    Set<String> before = quads();
    long triples;
    try (FactStore fs = FactStore.openExisting(store())) {
      triples = fs.triples();
    }
    CliTestSupport.Run again = ingest();
    assertTrue(again.out().contains("articles ingested: 0\n"), again.out());
    assertTrue(again.out().contains("articles unchanged (skipped): 3\n"), again.out());
    try (FactStore fs = FactStore.openExisting(store())) {
      assertEquals(triples, fs.triples());
    }
    assertEquals(before, quads());
  }

  @Test
  void changedContentReplacesTheGraphAndTheFactsOnlyItHeld() throws Exception {
    threeArticles();
    ingest();
    assertTrue(ask("ASK { person:oliver-hartley polkg:resignedFrom orgid:labour-party-uk }"));
    Set<String> before = quads();

    write("a.txt", "Grace Dunmore resigned from the Conservative Party on Monday.");
    CliTestSupport.Run r = ingest();
    assertTrue(r.out().contains("articles ingested: 1\n"), r.out());
    assertTrue(r.out().contains("articles unchanged (skipped): 2\n"), r.out());

    assertTrue(ask("ASK { person:grace-dunmore polkg:resignedFrom orgid:conservative-party-uk }"));
    assertFalse(ask("ASK { { <" + PERSON + "oliver-hartley> ?p ?o } UNION "
        + "{ ?s ?p <" + PERSON + "oliver-hartley> } }"), "the old article's person is gone");
    assertFalse(ask("ASK { ?f polkg:sentence ?s FILTER CONTAINS(?s, \"Oliver Hartley\") }"));
    assertTrue(ask("ASK { person:sarah-nash polkg:resignedFrom <" + ORG + "labour-party-uk> }"),
        "the other article's facts about Labour stay");
    assertEquals(3L, count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
    assertEquals(1L, count("SELECT (COUNT(?h) AS ?n) WHERE { GRAPH ?g { ?a polkg:source "
        + "\"a.txt\" ; polkg:contentHash ?h } }"));
    assertNotEquals(before, quads());
  }

  @Test
  void removeBySourceUrlOrIriTakesTheArticleAndWhatOnlyItSupported() throws Exception {
    threeArticles();
    ingest();
    String iriOfC;
    try (FactStore fs = FactStore.openExisting(store())) {
      iriOfC = fs.find("c.txt").get(0).graphName();
    }
    CliTestSupport.Run r = CliTestSupport.run("remove", "--store", store().toString(), "a.txt",
        "https://example.org/news/nash", "nope.txt", iriOfC);
    assertEquals(1, r.exit(), r.err());
    List<String> out = r.out().lines().toList();
    assertEquals(3, out.size(), r.out());
    assertTrue(out.get(0).matches("removed: a\\.txt \\(https://w3id\\.org/polkg/id/article/"
        + "[0-9a-f]{16}, \\d+ triples\\)"), out.get(0));
    assertTrue(out.get(1).startsWith("removed: https://example.org/news/nash ("), out.get(1));
    assertEquals("removed: c.txt (" + iriOfC, out.get(2).replaceFirst(", \\d+ triples\\)$", ""));
    assertEquals("error: nope.txt: no article with this source or IRI in the store",
        r.err().strip());

    assertEquals(0L, count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
    assertFalse(ask("ASK { ?p a polkg:Person }"), "no article mentions a person any more");
    assertFalse(ask("ASK { ?o a polkg:Organization }"));
  }

  @Test
  void removeKeepsEntitiesThatAnotherArticleStillMentions() throws Exception {
    threeArticles();
    ingest();
    CliTestSupport.Run r = CliTestSupport.run("remove", "--store", store().toString(), "a.txt");
    assertEquals(0, r.exit(), r.err());
    assertFalse(ask("ASK { <" + PERSON + "oliver-hartley> ?p ?o }"));
    assertFalse(ask("ASK { ?s ?p <" + PERSON + "oliver-hartley> }"));
    assertTrue(ask("ASK { <" + ORG + "labour-party-uk> a polkg:Organization ; "
        + "polkg:mentionedIn ?a . ?a polkg:source \"https://example.org/news/nash\" }"));
    assertFalse(ask("ASK { <" + ORG + "labour-party-uk> polkg:mentionedIn ?a . "
        + "?a polkg:source \"a.txt\" }"));
    assertEquals(2L, count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
    CliTestSupport.Run again = ingest();
    assertTrue(again.out().contains("articles ingested: 1\n"), "a removed article comes back: "
        + again.out());
  }

  private long count(String select) {
    try (FactStore fs = FactStore.openExisting(store())) {
      return fs.query(FactStore.parse(select),
          qe -> qe.execSelect().next().getLiteral("n").getLong());
    }
  }
}
