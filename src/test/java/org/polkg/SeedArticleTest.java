package org.polkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.eval.ContractQueries;
import org.polkg.ingest.ArticleFiles;
import org.polkg.pipeline.IngestJob;
import org.polkg.store.FactStore;

/**
 * The article polkg was specified from (../shared/seeds), ingested with publication date
 * 2019-02-19 into a TDB2 store and read back through the contract queries.
 */
class SeedArticleTest {
  private static final List<String> SEVEN = List.of("Chuka Umunna", "Chris Leslie",
      "Luciana Berger", "Mike Gapes", "Angela Smith", "Gavin Shuker", "Ann Coffey");

  @TempDir
  static Path tmp;
  static Set<String> resignations = new HashSet<>();
  static Set<String> memberships = new HashSet<>();
  static Set<String> roles = new HashSet<>();
  static Set<String> events = new HashSet<>();

  @BeforeAll
  static void ingest() {
    Path seed = TestSupport.seed();
    assumeTrue(seed != null, "seed article not present");
    try (FactStore store = FactStore.open(tmp.resolve("store"))) {
      IngestJob.Summary s = new IngestJob(TestSupport.pipeline(), new ArticleFiles(), store,
          Optional.of(java.time.LocalDate.of(2019, 2, 19)), 0, e -> { }).run(List.of(seed));
      assertEquals(1, s.articles());
      rows(store, "resignations", r -> resignations.add(str(r, "personName") + "|"
          + str(r, "organizationName") + "|" + str(r, "date")));
      rows(store, "memberships", r -> memberships.add(str(r, "personName") + "|"
          + str(r, "organizationName")));
      rows(store, "roles", r -> roles.add(str(r, "personName") + "|" + str(r, "role") + "|"
          + str(r, "organizationName")));
      rows(store, "events", r -> events.add(str(r, "eventType") + "|" + str(r, "date")));
    }
  }

  private static void rows(FactStore store, String q,
      java.util.function.Consumer<QuerySolution> each) {
    store.query(FactStore.parse(ContractQueries.text(q)), qe -> {
      qe.execSelect().forEachRemaining(each);
      return null;
    });
  }

  private static String str(QuerySolution s, String v) {
    return s.contains(v) ? (s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm()
        : s.get(v).toString()) : "";
  }

  @Test
  void theSevenResignedFromLabourOnMonday() {
    for (String name : SEVEN) {
      assertTrue(resignations.contains(name + "|Labour Party|2019-02-18"),
          name + " in " + resignations);
    }
  }

  @Test
  void theSevenJoinedTheIndependentGroup() {
    for (String name : SEVEN) {
      assertTrue(memberships.stream().anyMatch(m -> m.startsWith(name + "|")
          && m.toLowerCase().contains("independent group")), name + " in " + memberships);
    }
  }

  @Test
  void roles() {
    assertTrue(roles.contains("Jeremy Corbyn|leader|Labour Party"), roles.toString());
    assertTrue(roles.contains("Ian Lavery|chairman|Labour Party"), roles.toString());
    assertTrue(roles.contains("Tom Watson|deputy leader|Labour Party"), roles.toString());
    assertTrue(roles.stream().anyMatch(r -> r.startsWith("John McDonnell|shadow chancellor|")),
        roles.toString());
  }

  @Test
  void meetingOnMonday() {
    assertTrue(events.contains("Meeting|2019-02-18"), events.toString());
  }

  @Test
  void noResignationForTheLeadership() {
    for (String name : List.of("Jeremy Corbyn", "John McDonnell", "Ian Lavery", "Tom Watson")) {
      assertFalse(resignations.stream().anyMatch(r -> r.startsWith(name + "|")), name);
    }
  }
}
