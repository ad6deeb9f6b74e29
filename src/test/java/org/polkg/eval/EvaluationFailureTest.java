package org.polkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.TestSupport;
import org.polkg.pipeline.Pipeline;

/** An article whose extraction fails is reported and scored empty; the others are scored. */
class EvaluationFailureTest {
  @TempDir
  Path tmp;

  @Test
  void oneFailingArticleDoesNotStopTheOthers() throws Exception {
    Path articles = Files.createDirectories(tmp.resolve("articles"));
    Path gold = Files.createDirectories(tmp.resolve("gold"));
    write(articles.resolve("a-ok.txt"), "Mira Holt resigned from the Green Party on Monday.");
    write(articles.resolve("b-bad.txt"), "Tobias Renn resigned from the Labour Party on Monday.");
    write(gold.resolve("a-ok.json"), gold("a-ok", "Mira Holt", "Green Party"));
    write(gold.resolve("b-bad.json"), gold("b-bad", "Tobias Renn", "Labour Party"));
    Pipeline pipeline = TestSupport.pipeline();
    List<String> warnings = new ArrayList<>();
    Evaluation.Results results = new Evaluation(pipeline, a -> {
      if (a.text().contains("Renn")) {
        throw new IllegalStateException("boom\nsecond line");
      }
      return pipeline.toRdf(pipeline.extract(a));
    }).run(gold, List.of(articles), tmp.resolve("store"), warnings::add);

    assertEquals(2, results.articles());
    Scorer.Counts c = results.score().counts("resignation");
    assertEquals(1, c.tp(), "the readable article is scored");
    assertEquals(1, c.fn(), "the failed article's fact is a miss");
    assertEquals(1, warnings.size(), warnings.toString());
    String w = warnings.get(0);
    assertTrue(w.contains("b-bad.txt") && w.contains("IllegalStateException: boom")
        && !w.contains("second line"), w);
  }

  private static void write(Path p, String text) throws Exception {
    Files.writeString(p, p.toString().endsWith(".txt")
        ? "---\ntitle: t\ndate: 2024-03-06\n---\n" + text + "\n" : text);
  }

  private static String gold(String name, String person, String org) {
    return "{\"article\": \"" + name + "\", \"published\": \"2024-03-06\", \"facts\": ["
        + "{\"type\": \"resignation\", \"person\": [\"" + person + "\"], \"organization\": [\""
        + org + "\"], \"date\": \"2024-03-04\"}], \"must_not\": []}";
  }
}
