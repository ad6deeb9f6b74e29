package org.polkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.TestSupport;
import org.polkg.ingest.ArticleFiles;
import org.polkg.store.FactStore;
import org.polkg.store.StoreBatches;
import org.polkg.synth.CorpusGenerator;

/** The parallel ingest stores what the sequential one stores, and skips what is unchanged. */
class ParallelIngestTest {
  @TempDir
  static Path tmp;
  static Path corpus;

  @BeforeAll
  static void corpus() {
    corpus = tmp.resolve("corpus");
    new CorpusGenerator(5).generate(40, corpus);
  }

  private static IngestJob.Summary ingest(Path store, int threads, int batch, List<String> errors,
      Progress progress) {
    try (FactStore fs = FactStore.open(store)) {
      return new ParallelIngest(TestSupport::pipeline, new ArticleFiles(), new StoreBatches(fs),
          new ParallelIngest.Settings(Optional.empty(), 0, threads, batch,
              Duration.ofMillis(200)), f -> errors.add(f.describe()), progress)
          .run(List.of(corpus));
    }
  }

  @Test
  void twoThreadsStoreExactlyTheQuadsOfOne() {
    List<String> errors = new ArrayList<>();
    IngestJob.Summary one = ingest(tmp.resolve("one"), 1, 50, errors, new Progress());
    IngestJob.Summary two = ingest(tmp.resolve("two"), 2, 7, errors, new Progress());
    assertEquals(List.of(), errors);
    assertEquals(40, one.articles());
    assertEquals(40, two.articles());
    assertEquals(one.factsByKind(), two.factsByKind());
    assertEquals(one.triples(), two.triples());
    List<String> q1 = TestSupport.quads(tmp.resolve("one"));
    assertTrue(q1.size() > 40 * 50, "quads: " + q1.size());
    assertEquals(q1, TestSupport.quads(tmp.resolve("two")));
  }

  @Test
  void sameAsTheSequentialIngest() {
    Path seq = tmp.resolve("sequential");
    List<String> errors = new ArrayList<>();
    try (FactStore fs = FactStore.open(seq)) {
      IngestJob.Summary s = new IngestJob(TestSupport.pipeline(), new ArticleFiles(), fs,
          Optional.empty(), 0, errors::add).run(List.of(corpus));
      assertEquals(40, s.articles());
    }
    ingest(tmp.resolve("parallel"), 2, 5, errors, new Progress());
    assertEquals(List.of(), errors);
    assertEquals(TestSupport.quads(seq), TestSupport.quads(tmp.resolve("parallel")));
  }

  @Test
  void reingestingSkipsEveryArticleByContentHash() {
    Path store = tmp.resolve("again");
    List<String> errors = new ArrayList<>();
    ingest(store, 2, 50, errors, new Progress());
    List<String> before = TestSupport.quads(store);
    Progress progress = new Progress();
    IngestJob.Summary s = ingest(store, 2, 50, errors, progress);
    assertEquals(List.of(), errors);
    assertEquals(0, s.articles());
    assertEquals(40, s.skipped());
    assertEquals(0, s.failed());
    assertEquals(0, s.triples());
    assertEquals(40, progress.done());
    assertEquals(before, TestSupport.quads(store));
  }

  @Test
  void changedArticleReplacesItsGraphOthersSkipped() throws Exception {
    Path copy = tmp.resolve("changed");
    Path store = tmp.resolve("changed-store");
    new CorpusGenerator(5).generate(40, copy);
    List<String> errors = new ArrayList<>();
    try (FactStore fs = FactStore.open(store)) {
      ParallelIngest job = new ParallelIngest(TestSupport::pipeline, new ArticleFiles(),
          new StoreBatches(fs), new ParallelIngest.Settings(Optional.empty(), 0, 2),
          f -> errors.add(f.describe()), new Progress());
      job.run(List.of(copy));
      Path txt;
      try (var s = Files.walk(copy)) {
        txt = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
      }
      Files.writeString(txt, Files.readString(txt)
          + "\nOliver Hartley resigned from the Labour Party on Monday.\n");
      IngestJob.Summary s = job.run(List.of(copy));
      assertEquals(1, s.articles());
      assertEquals(39, s.skipped());
      assertEquals(List.of(), errors);
    }
    List<String> quads = TestSupport.quads(store);
    assertTrue(quads.stream().anyMatch(q -> q.contains("oliver-hartley")), "new fact missing");
    assertEquals(40, quads.stream().filter(q -> q.contains("#contentHash>")).count());
  }

  @Test
  void badFilesAreOneLineEachAndTheRestIsStored() throws Exception {
    Path in = tmp.resolve("mixed");
    new CorpusGenerator(9).generate(6, in);
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("feed.jsonl"), "{\"title\": \"x\", \"maintext\": \"Oliver"
        + " Hartley resigned from the Labour Party.\", \"url\": \"https://e.org/1\"}\n{oops\n");
    List<String> errors = new ArrayList<>();
    IngestJob.Summary s;
    try (FactStore fs = FactStore.open(tmp.resolve("mixed-store"))) {
      s = new ParallelIngest(TestSupport::pipeline, new ArticleFiles(), new StoreBatches(fs),
          new ParallelIngest.Settings(Optional.empty(), 0, 2), f -> errors.add(f.describe()),
          new Progress()).run(List.of(in, tmp.resolve("missing.txt")));
    }
    assertEquals(7, s.articles());
    assertEquals(3, s.failed(), errors.toString());
    assertEquals(3, errors.size());
    assertTrue(errors.stream().anyMatch(e -> e.endsWith("empty.txt: empty file")), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.contains("feed.jsonl:2: malformed JSON")),
        errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.endsWith("missing.txt: no such file or directory")),
        errors.toString());
  }

  /** What a listener heard, in order: {@code error: }, {@code warning: } and {@code stored: }. */
  private static final class Heard implements IngestListener {
    final List<String> lines = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();

    @Override
    public void failed(Failure f) {
      failures.add(f);
      lines.add("error: " + f.describe());
    }

    @Override
    public void warned(Failure w) {
      lines.add("warning: " + w.describe());
    }

    @Override
    public void stored(String source, String graphName) {
      lines.add("stored: " + source);
    }
  }

  /** Ten good articles 00..09 with a bad one, 05-empty.txt (read before 05.txt), among them. */
  private static Path withAnEmptyFile(Path dir) throws Exception {
    Files.createDirectories(dir);
    for (int i = 0; i < 10; i++) {
      Files.writeString(dir.resolve(String.format("%02d.txt", i)), "Oliver Hartley" + i
          + " resigned from the Labour Party on Monday.");
    }
    Files.writeString(dir.resolve("05-empty.txt"), "");
    return dir;
  }

  private static IngestJob.Summary run(Path store, ParallelIngest.Settings settings,
      IngestListener listener, Path... paths) {
    try (FactStore fs = FactStore.open(store)) {
      return run(new StoreBatches(fs), settings, listener, paths);
    }
  }

  private static IngestJob.Summary run(BatchSink sink, ParallelIngest.Settings settings,
      IngestListener listener, Path... paths) {
    return new ParallelIngest(TestSupport::pipeline, new ArticleFiles(), sink, settings, listener,
        new Progress()).run(List.of(paths));
  }

  private static ParallelIngest.Settings settings(int batch, boolean failFast, int maxChars) {
    return new ParallelIngest.Settings(Optional.empty(), 0, 2, batch, Duration.ofMillis(100),
        failFast, maxChars);
  }

  private static long articlesIn(Path store) {
    try (FactStore fs = FactStore.open(store)) {
      return fs.stats().get("articles");
    }
  }

  @Test
  void failFastStoresWhatCameBeforeTheFailureAndNothingAfter() throws Exception {
    Path in = withAnEmptyFile(tmp.resolve("ff-in"));
    for (int batch : new int[] {1, 3, 50}) {
      Path store = tmp.resolve("ff-store-" + batch);
      Heard heard = new Heard();
      IngestJob.Summary s = run(store, settings(batch, true, 1000), heard, in,
          tmp.resolve("ff-missing.txt"));
      assertTrue(s.stopped());
      assertEquals(1, s.failed());
      assertEquals(5, s.articles(), "00..04 are before 05-empty.txt");
      assertEquals(List.of("stored: 00.txt", "stored: 01.txt", "stored: 02.txt",
          "stored: 03.txt", "stored: 04.txt",
          "error: " + in.resolve("05-empty.txt") + ": empty file"), heard.lines);
      assertEquals(5, articlesIn(store));
    }
  }

  @Test
  void failFastOnABadJsonLineIngestsNoneOfThatFile() throws Exception {
    Path in = tmp.resolve("ffj-in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), "Oliver Hartley resigned from the Labour Party.");
    Files.writeString(in.resolve("b.jsonl"), "{\"maintext\": \"Sarah Nash resigned.\"}\n{oops\n");
    Files.writeString(in.resolve("c.txt"), "Tom Rigby resigned from the Labour Party.");
    Heard heard = new Heard();
    IngestJob.Summary s = run(tmp.resolve("ffj-store"), settings(1, true, 1000), heard, in);
    assertTrue(s.stopped());
    assertEquals(1, s.articles());
    assertEquals(1, heard.failures.size());
    assertEquals(new Failure(in.resolve("b.jsonl"), 2, heard.failures.get(0).reason()),
        heard.failures.get(0));
    assertEquals(1, articlesIn(tmp.resolve("ffj-store")));
  }

  @Test
  void withoutFailFastFailuresWarningsAndStoredArticlesComeInReadingOrder() throws Exception {
    Path in = withAnEmptyFile(tmp.resolve("order-in"));
    Files.writeString(in.resolve("06.txt"), "Sarah Nash resigned from the Labour Party. "
        .repeat(5));
    Files.write(in.resolve("07.txt"), "Kate Wells resigned at a caf\u00e9."
        .getBytes(StandardCharsets.ISO_8859_1));
    Heard heard = new Heard();
    IngestJob.Summary s = run(tmp.resolve("order-store"), settings(2, false, 100), heard, in);
    assertFalse(s.stopped());
    assertEquals(2, s.failed());
    assertEquals(1, s.warnings());
    assertEquals(9, s.articles(), "06.txt is refused");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        expected.add("error: " + in.resolve("05-empty.txt") + ": empty file");
      }
      if (i == 6) {
        expected.add("error: " + in.resolve("06.txt") + ": article '06.txt' is "
            + ("Sarah Nash resigned from the Labour Party. ".repeat(5).strip().length())
            + " characters long, above the limit of 100 for one article (--max-article-chars)");
        continue;
      }
      if (i == 7) {
        expected.add("warning: " + in.resolve("07.txt") + ":1: invalid UTF-8: 1 byte sequence"
            + " replaced with U+FFFD (first on this line); the rest of the file is ingested");
      }
      expected.add(String.format("stored: %02d.txt", i));
    }
    assertEquals(expected, heard.lines);
    assertEquals(new Failure(in.resolve("06.txt"), 0, heard.failures.get(1).reason()),
        heard.failures.get(1));
    assertEquals(9, articlesIn(tmp.resolve("order-store")));
  }

  @Test
  void whenTheStoreFailsTheIngestStopsWithWholeBatchesOnly() throws Exception {
    Path in = withAnEmptyFile(tmp.resolve("sf-in"));
    Files.delete(in.resolve("05-empty.txt"));
    Heard heard = new Heard();
    IngestJob.Summary s;
    try (FactStore fs = FactStore.open(tmp.resolve("sf-store"))) {
      StoreBatches batches = new StoreBatches(fs);
      int[] calls = {0};
      BatchSink failing = new BatchSink() {
        @Override
        public HashIndex contentHashes() {
          return batches.contentHashes();
        }

        @Override
        public void putAll(List<org.polkg.rdf.RdfMapper.ArticleGraph> graphs,
            List<Boolean> mayExist) {
          if (++calls[0] == 2) {
            throw new IllegalStateException("disk full\nmore detail");
          }
          batches.putAll(graphs, mayExist);
        }
      };
      // batches of exactly 3: the interval never cuts one short
      s = run(failing, new ParallelIngest.Settings(Optional.empty(), 0, 2, 3,
          Duration.ofMinutes(10), false, 1000), heard, in);
    }
    assertTrue(s.stopped());
    assertEquals(3, s.articles());
    assertEquals(3, s.notStored());
    assertEquals(3, s.failed());
    assertEquals(List.of("stored: 00.txt", "stored: 01.txt", "stored: 02.txt",
        "error: " + in.resolve("03.txt") + ": article '03.txt' not stored: disk full",
        "error: " + in.resolve("04.txt") + ": article '04.txt' not stored: disk full",
        "error: " + in.resolve("05.txt") + ": article '05.txt' not stored: disk full"),
        heard.lines);
    assertEquals(3, articlesIn(tmp.resolve("sf-store")));
  }
}
