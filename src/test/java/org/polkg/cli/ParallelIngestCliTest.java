package org.polkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.TestSupport;
import org.polkg.rdf.POLKG;
import org.polkg.store.FactStore;

/**
 * {@code polkg ingest} into the local store runs the parallel ingest, with everything the
 * sequential one had: --fail-fast, --report, --verbose, --max-article-chars and warnings; and
 * the store it leaves does not depend on the thread count.
 */
class ParallelIngestCliTest {
  @TempDir
  Path tmp;

  private static final String GOOD_LINE = "{\"maintext\":\"Tom Rigby resigned from the"
      + " Conservative Party.\",\"date_publish\":\"2020-01-08\",\"url\":\"https://example.org/rigby\"}";

  private static void write(Path dir, String name, String content) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** a.txt, b.txt, c.jsonl (line 2 malformed), d.txt. */
  private Path mixed() throws Exception {
    Path dir = tmp.resolve("in");
    write(dir, "a.txt", "Oliver Hartley resigned from the Labour Party on Monday.");
    write(dir, "b.txt", "Sarah Nash joined the Liberal Democrats on Tuesday.");
    write(dir, "c.jsonl", GOOD_LINE + "\n{oops\n");
    write(dir, "d.txt", "Ann Lowe resigned from the Green Party.");
    return dir;
  }

  /** The sources of the articles in the store. */
  private static Set<String> sources(Path store) {
    try (FactStore fs = FactStore.openExisting(store)) {
      return fs.read(ds -> {
        Set<String> out = new TreeSet<>();
        ds.getUnionModel().listObjectsOfProperty(POLKG.source)
            .forEachRemaining(o -> out.add(o.asLiteral().getString()));
        return out;
      });
    }
  }

  private static List<String> storedLines(CliTestSupport.Run r) {
    return r.out().lines().filter(l -> l.startsWith("stored: ")).toList();
  }

  @Test
  void failFastStopsAtTheBadLineReportsItAndStoresNothingAfter() throws Exception {
    Path dir = mixed();
    Path store = tmp.resolve("store");
    Path report = tmp.resolve("report.jsonl");
    CliTestSupport.Run r = CliTestSupport.run("ingest", "--store", store.toString(),
        "--threads", "2", "--fail-fast", "--verbose", "--report", report.toString(),
        dir.toString());
    assertEquals(1, r.exit(), r.err());
    List<String> err = r.err().lines().toList();
    assertEquals(1, err.size(), r.err());
    assertTrue(err.get(0).startsWith("error: " + dir.resolve("c.jsonl") + ":2: malformed JSON"),
        r.err());
    assertTrue(r.out().contains("articles ingested: 2\n"), r.out());
    assertTrue(r.out().contains("files or lines failed: 1\n"), r.out());
    assertTrue(r.out().contains(
        "stopped at the first failure (--fail-fast): later files were not read\n"), r.out());
    List<String> stored = storedLines(r);
    assertEquals(2, stored.size(), r.out());
    assertTrue(stored.get(0).startsWith("stored: a.txt https://"), r.out());
    assertTrue(stored.get(1).startsWith("stored: b.txt https://"), r.out());

    List<String> records = Files.readAllLines(report);
    assertEquals(1, records.size(), records.toString());
    JsonObject rec = JsonParser.parseString(records.get(0)).getAsJsonObject();
    assertEquals(dir.resolve("c.jsonl").toString(), rec.get("path").getAsString());
    assertEquals(2, rec.get("line").getAsInt());
    assertTrue(rec.get("reason").getAsString().startsWith("malformed JSON"), rec.toString());

    // a JSON Lines file with a bad line is not ingested at all; later files are not read
    assertEquals(Set.of("a.txt", "b.txt"), sources(store));
  }

  @Test
  void withoutFailFastEveryProblemIsOneLineInReadingOrderAndTheRestIsStored() throws Exception {
    Path dir = mixed();
    String longText = "The committee met again on Tuesday and talked about the budget. ".repeat(10);
    write(dir, "b2-long.txt", longText);
    Files.write(dir.resolve("b3-latin1.txt"), "Kate Wells resigned from the Labour Party at a caf\u00e9."
        .getBytes(StandardCharsets.ISO_8859_1));
    Path store = tmp.resolve("store");
    Path report = tmp.resolve("report.jsonl");
    CliTestSupport.Run r = CliTestSupport.run("ingest", "--store", store.toString(),
        "--threads", "2", "--verbose", "--report", report.toString(), "--max-article-chars",
        "300", dir.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals(List.of(
        "error: " + dir.resolve("b2-long.txt") + ": article 'b2-long.txt' is "
            + longText.strip().length() + " characters long, above the limit of 300 for one"
            + " article (--max-article-chars)",
        "warning: " + dir.resolve("b3-latin1.txt") + ":1: invalid UTF-8: 1 byte sequence"
            + " replaced with U+FFFD (first on this line); the rest of the file is ingested",
        "error: " + dir.resolve("c.jsonl") + ":2: malformed JSON: End of input at column 6"
            + " (JSON path $.oops)"), r.err().lines().toList(), r.err());
    assertTrue(r.out().contains("articles ingested: 5\n"), r.out());
    assertTrue(r.out().contains("files or lines failed: 2\n"), r.out());

    // one stored line per article, in reading order
    List<String> stored = storedLines(r).stream().map(l -> l.split(" ")[1]).toList();
    assertEquals(List.of("a.txt", "b.txt", "b3-latin1.txt", "https://example.org/rigby", "d.txt"),
        stored, r.out());
    assertEquals(new TreeSet<>(stored), sources(store));

    List<JsonObject> records = Files.readAllLines(report).stream()
        .map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    assertEquals(2, records.size(), records.toString());
    assertEquals(dir.resolve("b2-long.txt").toString(), records.get(0).get("path").getAsString());
    assertEquals(0, records.get(0).get("line").getAsInt());
    assertEquals(dir.resolve("c.jsonl").toString(), records.get(1).get("path").getAsString());
    assertEquals(2, records.get(1).get("line").getAsInt());
  }

  @Test
  void oneThreadAndTwoThreadsStoreTheSameQuadsOfTheSampleArticles() {
    Path articles = TestSupport.root().resolve("data/articles");
    List<String> summaries = new ArrayList<>();
    for (String threads : List.of("1", "2")) {
      CliTestSupport.Run r = CliTestSupport.run("ingest", "--store",
          tmp.resolve("store-" + threads).toString(), "--threads", threads, "--date",
          "2024-01-01", articles.toString());
      assertEquals(0, r.exit(), r.err());
      assertEquals("", r.err());
      summaries.add(r.out().replaceAll("(?m)^(elapsed|store): .*\\n", ""));
    }
    assertEquals(summaries.get(0), summaries.get(1));
    assertTrue(summaries.get(0).matches("(?s)articles ingested: [1-9]\\d*\\n.*"), summaries.get(0));
    List<String> one = TestSupport.quads(tmp.resolve("store-1"));
    assertTrue(one.size() > 100, "quads: " + one.size());
    assertEquals(one, TestSupport.quads(tmp.resolve("store-2")));
  }
}
