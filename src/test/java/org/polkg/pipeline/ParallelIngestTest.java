package org.polkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;
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
              Duration.ofMillis(200)), f -> errors.add(f.describe()), progress).run(List.of(corpus));
    }
  }

  /** The store as sorted N-Quads lines. */
  private static List<String> quads(Path store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FactStore fs = FactStore.open(store)) {
      fs.export(RDFFormat.NQUADS, out);
    }
    List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
    Collections.sort(lines);
    return lines;
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
    List<String> q1 = quads(tmp.resolve("one"));
    assertTrue(q1.size() > 40 * 50, "quads: " + q1.size());
    assertEquals(q1, quads(tmp.resolve("two")));
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
    assertEquals(quads(seq), quads(tmp.resolve("parallel")));
  }

  @Test
  void reingestingSkipsEveryArticleByContentHash() {
    Path store = tmp.resolve("again");
    List<String> errors = new ArrayList<>();
    ingest(store, 2, 50, errors, new Progress());
    List<String> before = quads(store);
    Progress progress = new Progress();
    IngestJob.Summary s = ingest(store, 2, 50, errors, progress);
    assertEquals(List.of(), errors);
    assertEquals(0, s.articles());
    assertEquals(40, s.skipped());
    assertEquals(0, s.failed());
    assertEquals(0, s.triples());
    assertEquals(40, progress.done());
    assertEquals(before, quads(store));
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
    List<String> quads = quads(store);
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
          new ParallelIngest.Settings(Optional.empty(), 0, 2), f -> errors.add(f.describe()), new Progress())
          .run(List.of(in, tmp.resolve("missing.txt")));
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
}
