package org.polkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.TestSupport;

/**
 * The sample articles of data/articles scored against their expected facts
 * (data/gold/samples) through the store and the contract queries. The floors sit just under
 * the scores measured when they were set, so a regression fails the build.
 */
class SamplesEvalTest {
  @TempDir
  static Path tmp;
  static Evaluation.Results results;
  static Scorer scorer;

  @BeforeAll
  static void evaluate() throws Exception {
    Path root = TestSupport.root();
    results = new Evaluation(TestSupport.pipeline()).run(root.resolve("data/gold/samples"),
        List.of(root.resolve("data/articles")), tmp.resolve("store"), w -> { });
    scorer = results.score();
  }

  private static void floor(String kind, double precision, double recall) {
    Scorer.Counts c = scorer.counts(kind);
    assertTrue(c.precision() >= precision && c.recall() >= recall,
        kind + ": precision " + c.precision() + " recall " + c.recall() + "; misses "
            + scorer.misses() + "; false positives " + scorer.falsePositives());
  }

  @Test
  void resignations() {
    floor("resignation", 0.9, 0.9);
    assertEquals(1.0, scorer.resignationDateAccuracy());
  }

  @Test
  void rolesJoiningsEvents() {
    floor("role", 0.9, 0.7);
    floor("joined", 0.95, 0.95);
    floor("event", 0.8, 0.75);
    floor("persons", 0.9, 0.85);
  }

  @Test
  void nothingThatMustNotBe() {
    assertEquals(List.of(), scorer.falsePositives().stream().filter(Scorer.Error::mustNot)
        .toList());
  }

  @Test
  void aHigherConfidenceThresholdKeepsFewerFacts() {
    Scorer strict = results.score(0.85);
    Scorer.Counts all = scorer.counts("role");
    Scorer.Counts kept = strict.counts("role");
    assertTrue(kept.tp() + kept.fp() < all.tp() + all.fp(), "threshold changed nothing");
    assertTrue(kept.precision() >= all.precision() - 1e-9);
  }

  @Test
  void everyTrueAndFalsePositiveIsCountedUnderTheRuleThatMadeIt() {
    for (String kind : List.of("resignation", "role", "joined", "event")) {
      Scorer.Counts all = scorer.counts(kind);
      int tp = scorer.countsByRule(kind).values().stream().mapToInt(Scorer.Counts::tp).sum();
      int fp = scorer.countsByRule(kind).values().stream().mapToInt(Scorer.Counts::fp).sum();
      assertEquals(all.tp(), tp, kind);
      assertEquals(all.fp(), fp, kind);
      assertFalse(scorer.countsByRule(kind).containsKey("(unknown)"), kind);
    }
    // "Chuka Umunna, Chris Leslie, ... resigned from the Labour Party": a verb of resigning
    assertTrue(scorer.countsByRule("resignation").get("resign-verb").tp() >= 5);
    assertTrue(scorer.falsePositives().stream().allMatch(e -> !e.rule().isEmpty()
        || e.kind().equals("persons") || e.kind().equals("organisations")));
  }

  @Test
  void everyArticleWasScored() {
    assertEquals(9, results.articles());
    // 7 files, one of them JSON Lines with 3 articles: 9 articles, each with resignation gold
    Scorer.Counts c = scorer.counts("resignation");
    assertTrue(c.tp() + c.fn() >= 20, "resignations in gold: " + (c.tp() + c.fn()));
  }
}
