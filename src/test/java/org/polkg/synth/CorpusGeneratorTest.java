package org.polkg.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.TestSupport;
import org.polkg.extract.Extraction;
import org.polkg.extract.Fact;
import org.polkg.extract.Modality;
import org.polkg.ingest.Article;
import org.polkg.ingest.ArticleFiles;
import org.polkg.ingest.ReadResult;
import org.polkg.pipeline.IngestJob;

/** The synthetic corpus: reproducible, in every format, and full of facts polkg extracts. */
class CorpusGeneratorTest {
  @TempDir
  Path tmp;

  /** Every file of a corpus, by path relative to its directory, with its bytes. */
  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p),
            java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherText() throws IOException {
    new CorpusGenerator(42).generate(60, tmp.resolve("a"));
    new CorpusGenerator(42).generate(60, tmp.resolve("b"));
    new CorpusGenerator(43).generate(60, tmp.resolve("c"));
    Map<String, String> a = files(tmp.resolve("a"));
    assertEquals(a, files(tmp.resolve("b")));
    Map<String, String> c = files(tmp.resolve("c"));
    assertNotEquals(a, c);
    Set<String> shared = new HashSet<>(a.values());
    shared.retainAll(c.values());
    assertTrue(shared.isEmpty(), "files identical across seeds: " + shared.size());
  }

  @Test
  void writesEveryFormatAndTheCountAsked() throws Exception {
    CorpusGenerator.Result r = new CorpusGenerator(7).generate(60, tmp.resolve("c"));
    assertEquals(Set.of("html", "json", "jsonl", "txt"), r.filesByFormat().keySet());
    ArticleFiles reader = new ArticleFiles();
    List<Article> articles = new ArrayList<>();
    Set<String> formats = new HashSet<>();
    for (Path f : reader.list(List.of(tmp.resolve("c"))).files()) {
      ReadResult read = reader.read(f);
      assertTrue(read.lineErrors().isEmpty(), f + ": " + read.lineErrors());
      articles.addAll(read.articles());
    }
    articles.forEach(a -> formats.add(a.format()));
    assertEquals(60, articles.size());
    assertEquals(Set.of("html", "json", "jsonl", "txt"), formats);
    assertEquals(60, articles.stream().map(Article::source).distinct().count());
    assertTrue(articles.stream().allMatch(a -> a.published().isPresent()
        && a.text().split("\\s+").length > 120 && !a.title().isBlank()));
  }

  @Test
  void articlesYieldEveryKindOfFactAndModalityTraps() throws Exception {
    new CorpusGenerator(3).generate(30, tmp.resolve("c"));
    ArticleFiles reader = new ArticleFiles();
    Map<String, Integer> kinds = new TreeMap<>();
    int withFacts = 0;
    int articles = 0;
    for (Path f : reader.list(List.of(tmp.resolve("c"))).files()) {
      for (Article a : reader.read(f).articles()) {
        articles++;
        Extraction x = TestSupport.pipeline().extract(a);
        if (!x.facts().isEmpty()) {
          withFacts++;
        }
        for (Fact fact : x.facts()) {
          String kind = IngestJob.kind(fact);
          kinds.merge(kind.startsWith("event ") ? "event" : kind.replaceAll(" \\(.*", "")
              + (fact.modality() == Modality.ASSERTED ? "" : " (not asserted)"), 1,
              Integer::sum);
        }
      }
    }
    assertEquals(30, articles);
    assertEquals(30, withFacts, kinds.toString());
    for (String k : List.of("resignation", "resignation (not asserted)", "role", "joined",
        "event")) {
      assertTrue(kinds.getOrDefault(k, 0) > 0, k + " missing in " + kinds);
    }
    assertFalse(kinds.containsKey("role (not asserted)"), kinds.toString());
  }
}
