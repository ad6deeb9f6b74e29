package org.polkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.eval.ContractQueries;
import org.polkg.store.BulkLoad;
import org.polkg.store.FactStore;

/** generate, ingest at scale (threads, progress), load and bench, through the command line. */
class ScaleCliTest {
  private static final Pattern PROGRESS_LINE =
      Pattern.compile("ingest: \\d+(/\\d+)? articles, \\d+\\.\\d/s(, eta \\d+(s|m\\d\\ds|h\\d\\dm))?");

  @TempDir
  static Path tmp;
  static Path corpus;
  static Path store;
  static CliTestSupport.Run ingest;

  @BeforeAll
  static void generateAndIngest() {
    corpus = tmp.resolve("corpus");
    CliTestSupport.Run gen = CliTestSupport.run("generate", "--count", "24", "--seed", "2",
        corpus.toString());
    assertEquals(0, gen.exit(), gen.err());
    store = tmp.resolve("store");
    // auto, the default: lines, as the tests run without a terminal
    ingest = CliTestSupport.run("ingest", "--store", store.toString(), "--threads", "2",
        "--progress", "auto", "--progress-every", "0.05", corpus.toString());
  }

  @Test
  void generatePrintsWhatItWrote() {
    CliTestSupport.Run r = CliTestSupport.run("generate", "--count", "5", "--seed", "2",
        tmp.resolve("five").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("articles: 5\nfiles: "), r.out());
  }

  @Test
  void generateRefusesADirectoryWithFiles() {
    CliTestSupport.Run r = CliTestSupport.run("generate", "--count", "5", corpus.toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("is not an empty directory"), r.err());
  }

  @Test
  void ingestPrintsProgressLinesOnStderrAndASummary() {
    assertEquals(0, ingest.exit(), ingest.err());
    List<String> lines = ingest.err().lines().toList();
    assertFalse(lines.isEmpty(), "no progress line");
    assertTrue(lines.stream().allMatch(l -> PROGRESS_LINE.matcher(l).matches()), ingest.err());
    assertTrue(lines.stream().anyMatch(l -> l.matches("ingest: \\d+/24 articles, .*")),
        ingest.err());
    assertTrue(ingest.out().contains("articles ingested: 24\n"), ingest.out());
    assertTrue(ingest.out().contains("files or lines failed: 0\n"), ingest.out());
    assertTrue(ingest.out().matches("(?s).*\\nfacts: [1-9]\\d*\\n.*"), ingest.out());
    assertTrue(ingest.out().matches("(?s).*\\nelapsed: \\d+\\.\\d s, \\d+\\.\\d articles/s\\n.*"),
        ingest.out());
  }

  @Test
  void reingestSkipsEverythingQuietly() {
    CliTestSupport.Run r = CliTestSupport.run("ingest", "--store", store.toString(),
        "--progress", "none", corpus.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("articles ingested: 0\narticles unchanged (skipped): 24\n"),
        r.out());
    assertTrue(r.out().contains("triples written: 0\n"), r.out());
  }

  @Test
  void badThreadCountIsOneLine() {
    CliTestSupport.Run r = CliTestSupport.run("ingest", "--store", tmp.resolve("x").toString(),
        "--threads", "0", corpus.toString());
    assertEquals(2, r.exit());
    assertEquals("polkg: --threads: must be at least 1: 0", r.err().strip());
  }

  @Test
  void exportThenBulkLoadGivesTheSameStore() throws Exception {
    Path nq = tmp.resolve("export.nq");
    assertEquals(0, CliTestSupport.run("export", "--store", store.toString(), "--format",
        "nquads", "-o", nq.toString()).exit());
    Path copy = tmp.resolve("loaded");
    CliTestSupport.Run r = CliTestSupport.run("load", "--store", copy.toString(), nq.toString());
    assertEquals(0, r.exit(), r.err());
    BulkLoad.Counts original;
    try (FactStore fs = FactStore.open(store)) {
      original = BulkLoad.counts(fs);
    }
    long lines;
    try (var s = Files.lines(nq)) {
      lines = s.filter(l -> !l.isBlank()).count();
    }
    assertEquals(lines, original.quads());
    assertTrue(r.out().startsWith("quads loaded: " + original.quads() + " "), r.out());
    assertTrue(r.out().contains("store graphs: " + original.graphs() + "\n"), r.out());
    assertTrue(r.out().contains("store quads: " + original.quads() + "\n"), r.out());
    for (String q : ContractQueries.NAMES) {
      String a = query(store, q);
      assertTrue(a.lines().count() > 1, q + " is empty");
      assertEquals(a, query(copy, q), q);
    }
  }

  @Test
  void loadRefusesTriplesAndBadDataInOneLine() throws Exception {
    Path ttl = tmp.resolve("x.ttl");
    Files.writeString(ttl, "<http://e.org/a> <http://e.org/b> <http://e.org/c> .\n");
    CliTestSupport.Run r = CliTestSupport.run("load", "--store", tmp.resolve("l1").toString(),
        ttl.toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("load takes N-Quads (.nq) or TriG (.trig)"), r.err());

    Path bad = tmp.resolve("bad.nq");
    Files.writeString(bad, "<http://e.org/a> <http://e.org/b> <http://e.org/c> <http://e.org/g> .\n"
        + "<http://e.org/a> <http://e.org/b> \"unterminated .\n");
    Path l2 = tmp.resolve("l2");
    CliTestSupport.Run b = CliTestSupport.run("load", "--store", l2.toString(), bad.toString());
    assertEquals(2, b.exit());
    assertEquals(1, b.err().lines().count(), b.err());
    assertTrue(b.err().startsWith("polkg: load failed, nothing loaded: " + bad + ": "), b.err());
    assertTrue(b.err().contains("[line: "), b.err()); // the parser names the line
    try (FactStore fs = FactStore.open(l2)) {
      assertEquals(0, BulkLoad.counts(fs).quads());
    }
  }

  @Test
  void benchPrintsItsTable() {
    CliTestSupport.Run r = CliTestSupport.run("bench", "--count", "6", "--threads", "2",
        "--queries-store-size", "8", "--query-runs", "2", "--work-dir",
        tmp.resolve("bench").toString());
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    for (String row : List.of("(a) bare OpenNLP", "(b) polkg extraction", "(c) polkg ingest",
        "re-ingest unchanged", "heap used after GC", "skip-unchanged check")) {
      assertTrue(out.contains(row), row + " missing:\n" + out);
    }
    for (String q : ContractQueries.NAMES) {
      assertTrue(Pattern.compile("(?m)^" + q + "\\.rq +\\d+ ").matcher(out).find(),
          q + " missing:\n" + out);
    }
    assertFalse(Files.exists(tmp.resolve("bench")), "work directory left behind");
  }

  private static String query(Path s, String name) {
    CliTestSupport.Run r = CliTestSupport.run("query", "--store", s.toString(), "--format", "csv",
        "--sparql", ContractQueries.text(name));
    assertEquals(0, r.exit(), r.err());
    return r.out();
  }
}
