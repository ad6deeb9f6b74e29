package org.polkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.Mutator;
import org.polkg.TestSupport;

/**
 * Feeds the readers a few thousand mutated versions of the sample articles in data/articles
 * (fixed seed), each written to a file of each format: nothing but {@link InputException} may
 * come out, its message is one line, and what is read is an article with text.
 */
class ReaderFuzzTest {
  private static final long SEED = 0x9011C6L;
  private static final int INPUTS = 4000;
  /** Inputs stop coming when this is spent (a bound on the test, not a test of speed). */
  private static final Duration BUDGET = Duration.ofSeconds(60);
  private static final List<String> EXTENSIONS = List.of("txt", "json", "jsonl", "html");

  @TempDir
  Path tmp;

  @Test
  void readersThrowNothingButInputException() throws Exception {
    Map<String, List<byte[]>> samples = new TreeMap<>();
    try (Stream<Path> s = Files.list(TestSupport.root().resolve("data/articles"))) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (EXTENSIONS.contains(ext)) {
          samples.computeIfAbsent(ext, k -> new ArrayList<>()).add(Files.readAllBytes(p));
        }
      }
    }
    assertEquals(EXTENSIONS.size(), samples.size(), "a sample of every format");
    List<byte[]> all = samples.values().stream().flatMap(List::stream).toList();
    Mutator mutator = new Mutator(SEED);
    ArticleFiles files = new ArticleFiles();
    List<String> crashes = new ArrayList<>();
    int[] counts = new int[3]; // read, refused, total
    long deadline = System.nanoTime() + BUDGET.toNanos();
    assertTimeoutPreemptively(BUDGET.plusSeconds(60), () -> {
      for (int i = 0; i < INPUTS && System.nanoTime() < deadline; i++) {
        String ext = EXTENSIONS.get(i % EXTENSIONS.size());
        // mostly mutations of the same format, sometimes of another one
        Mutator.Mutant<byte[]> m = mutator.bytes(i % 5 == 0 ? all : samples.get(ext));
        Path file = tmp.resolve("input-" + i + "." + ext);
        Files.write(file, m.value());
        counts[2]++;
        try {
          ReadResult r = files.read(file);
          counts[0]++;
          for (Article a : r.articles()) {
            assertFalse(a.text().isBlank(), "blank article text from " + m.how());
            assertFalse(a.source().isEmpty(), m.how());
            a.contentHash();
          }
          for (InputException e : r.lineErrors()) {
            assertOneLine(e, m.how());
          }
          for (InputException e : r.warnings()) {
            assertOneLine(e, m.how());
          }
        } catch (InputException e) {
          counts[1]++;
          assertOneLine(e, m.how());
        } catch (RuntimeException | StackOverflowError e) {
          crashes.add("input " + i + " (." + ext + ": " + m.how() + "): " + e);
        }
        Files.delete(file);
      }
    });
    assertEquals(List.of(), crashes);
    assertTrue(counts[0] > counts[2] / 10 && counts[1] > counts[2] / 10,
        "the mutations exercise both reading and refusing: " + counts[0] + " read, " + counts[1]
            + " refused of " + counts[2]);
  }

  private static void assertOneLine(InputException e, String how) {
    assertFalse(e.describe().contains("\n"), "a multi-line message for " + how + ": "
        + e.describe());
    assertFalse(e.getMessage().isBlank(), how);
    assertTrue(e.line() >= 0, how);
  }
}
