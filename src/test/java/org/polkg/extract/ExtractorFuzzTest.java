package org.polkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.polkg.Mutator;
import org.polkg.TestSupport;
import org.polkg.ingest.Article;
import org.polkg.ingest.ArticleFiles;
import org.polkg.ingest.InputException;
import org.polkg.pipeline.Pipeline;

/**
 * Feeds the extractor (and the RDF mapping after it) several hundred mutated and random article
 * texts (from the samples in data/articles, with a fixed seed) with ordinary and extreme
 * publication dates: nothing may be thrown.
 */
class ExtractorFuzzTest {
  private static final long SEED = 0xFACADEL;
  private static final int INPUTS = 600;
  /** Inputs stop coming when this is spent (a bound on the test, not a test of speed). */
  private static final Duration BUDGET = Duration.ofSeconds(60);
  private static final List<Optional<LocalDate>> DATES = List.of(Optional.empty(),
      Optional.of(LocalDate.of(2019, 2, 18)), Optional.of(LocalDate.of(2020, 2, 29)),
      Optional.of(LocalDate.of(1, 1, 1)), Optional.of(LocalDate.of(0, 1, 1)),
      Optional.of(LocalDate.of(9999, 12, 31)));

  @Test
  void extractorThrowsNothing() throws Exception {
    List<String> texts = new ArrayList<>();
    ArticleFiles files = new ArticleFiles();
    try (Stream<Path> s = Files.list(TestSupport.root().resolve("data/articles"))) {
      for (Path p : s.sorted().toList()) {
        try {
          files.read(p).articles().forEach(a -> texts.add(a.text()));
        } catch (InputException e) {
          // README.md and the like
        }
      }
    }
    assertTrue(texts.size() >= 9, "the sample articles: " + texts.size());
    Pipeline pipeline = TestSupport.pipeline();
    Mutator mutator = new Mutator(SEED);
    Random random = new Random(SEED);
    List<String> crashes = new ArrayList<>();
    int[] done = new int[2]; // inputs, facts
    long deadline = System.nanoTime() + BUDGET.toNanos();
    assertTimeoutPreemptively(BUDGET.plusSeconds(60), () -> {
      for (int i = 0; i < INPUTS && System.nanoTime() < deadline; i++) {
        Mutator.Mutant<String> m = mutator.text(texts);
        Optional<LocalDate> date = DATES.get(random.nextInt(DATES.size()));
        Article a = new Article("fuzz-" + i + ".txt", Optional.empty(), "Fuzz " + i, date,
            m.value(), "txt");
        try {
          Extraction x = pipeline.extract(a);
          pipeline.toRdf(x);
          done[1] += x.facts().size();
        } catch (RuntimeException | StackOverflowError e) {
          StackTraceElement[] st = e.getStackTrace();
          crashes.add("input " + i + " (" + m.how() + ", published " + date + "): " + e
              + (st.length > 0 ? " at " + st[0] : ""));
        }
        done[0]++;
      }
    });
    assertEquals(List.of(), crashes);
    assertTrue(done[0] > 0 && done[1] > 0, done[0] + " inputs, " + done[1] + " facts");
  }
}
