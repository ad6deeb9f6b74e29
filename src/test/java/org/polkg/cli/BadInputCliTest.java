package org.polkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.store.FactStore;

/**
 * Every kind of bad input gets one clear line naming the file (and line), never a stack trace,
 * while the rest of the batch is ingested; exit status, --fail-fast, --report, --max-bytes.
 */
class BadInputCliTest {
  @TempDir
  static Path tmp;
  static Path in;
  static Path report;
  static CliTestSupport.Run mixed;

  /** A 20 MB plain-text file: one article far longer than any news story. */
  static Path huge;
  static long hugeChars;

  private static Path write(Path dir, String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @BeforeAll
  static void ingestAMixedBatch() throws Exception {
    in = tmp.resolve("in");
    write(in, "good.txt", "---\ntitle: Hartley quits\ndate: 2020-01-06\n---\n"
        + "Oliver Hartley resigned from the Labour Party on Monday.");
    write(in, "good.json", "{\"title\":\"Nash joins\",\"maintext\":\"Sarah Nash joined the "
        + "Liberal Democrats on Tuesday.\",\"date_publish\":\"2020-01-07 10:00:00\"}");
    write(in, "feed.jsonl", String.join("\n",
        "{\"maintext\":\"Tom Rigby resigned from the Conservative Party.\","
            + "\"date_publish\":\"2020-01-08\",\"url\":\"https://example.org/rigby\"}",
        "{\"maintext\": \"Unclosed",
        "{\"maintext\":\"Ann Lowe, the Green Party leader, spoke.\",\"date_publish\":\"2020-01-09\"}"));
    write(in, "empty.txt", "");
    Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 8, 0, 1});
    Files.write(in.resolve("latin1.txt"), ("Oliver Brown resigned from the Labour Party at a "
        + "caf\u00e9 in Leeds.").getBytes(StandardCharsets.ISO_8859_1));
    Files.write(in.resolve("utf16.txt"), BadInputBytes.utf16le("Maria Costa resigned from the "
        + "Scottish National Party."));
    write(in, "body.html", "<html><head><script>var t = 'Tracking';</script></head><body>"
        + "<script>document.write('Injected');</script><p>Kate Wells resigned from the Labour "
        + "Party.</p></body></html>");
    write(in, "scripts.html", "<html><body><script>var only = 'code';</script></body></html>");
    write(in, "nofields.json", "{\"headline\":\"No maintext here\"}");
    write(in, "wrongtype.json", "{\"maintext\":[\"not\",\"a\",\"string\"]}");
    write(in, "baddate.txt", "---\ntitle: Bad\ndate: 2019-02-30\n---\nBody text.");
    write(in, "sub/inside.txt", "Lena Park resigned from the Green Party.");
    Files.createSymbolicLink(in.resolve("sub/loop"), in);
    huge = in.resolve("huge.txt");
    try (BufferedWriter w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
      String line = "The committee met again on Tuesday and talked about the budget at length.\n";
      for (long n = 0; n < 20L * 1024 * 1024; n += line.length()) {
        w.write(line);
        hugeChars = n + line.length() - 1; // the text ends before the last newline
      }
    }
    report = tmp.resolve("failures.jsonl");
    mixed = CliTestSupport.run("ingest", "--store", tmp.resolve("store").toString(),
        "--date", "2020-01-10", "--report", report.toString(), in.toString(),
        tmp.resolve("does-not-exist.txt").toString());
  }

  @Test
  void exitStatusIsOneAndTheGoodFilesAreIngested() {
    assertEquals(1, mixed.exit(), mixed.err());
    // good.txt, good.json, 2 lines of feed.jsonl, latin1.txt, utf16.txt, body.html, inside.txt
    assertTrue(mixed.out().contains("articles ingested: 8\n"), mixed.out());
    assertTrue(mixed.out().contains("files or lines failed: 10\n"), mixed.out());
  }

  @Test
  void eachProblemIsOneLineNamingTheFile() {
    List<String> expected = List.of(
        "error: " + in.resolve("sub/loop") + ": symbolic link loop (leads back to a directory "
            + "being read): skipped",
        "error: " + in.resolve("baddate.txt") + ":3: front matter impossible date: '2019-02-30'",
        "error: " + in.resolve("binary.txt") + ": not a text file (binary content)",
        "error: " + in.resolve("empty.txt") + ": empty file",
        "error: " + in.resolve("feed.jsonl") + ":2: malformed JSON: Unterminated string at "
            + "column 23 (JSON path $.maintext)",
        "error: " + in.resolve("huge.txt") + ": article 'huge.txt' is " + hugeChars
            + " characters long, "
            + "above the limit of 1000000 for one article (--max-article-chars)",
        "warning: " + in.resolve("latin1.txt") + ":1: invalid UTF-8: 1 byte sequence replaced "
            + "with U+FFFD (first on this line); the rest of the file is ingested",
        "error: " + in.resolve("nofields.json") + ": no article text (field 'maintext' missing "
            + "or empty)",
        "error: " + in.resolve("scripts.html") + ": no article text found in the HTML page (only "
            + "scripts, navigation or markup)",
        "error: " + in.resolve("wrongtype.json") + ": field 'maintext' is not a string",
        "error: " + tmp.resolve("does-not-exist.txt") + ": no such file or directory");
    assertEquals(expected, mixed.err().lines().toList(), mixed.err());
    assertFalse(mixed.err().contains("Exception"), mixed.err());
    assertFalse(mixed.err().contains("\tat "), mixed.err());
  }

  @Test
  void theStoreHoldsTheGoodArticlesWithReplacementCharactersAndNoScriptText() {
    try (FactStore fs = FactStore.openExisting(tmp.resolve("store"))) {
      Set<String> sources = fs.read(ds -> {
        Set<String> out = new TreeSet<>();
        ds.getUnionModel().listObjectsOfProperty(org.polkg.rdf.POLKG.source)
            .forEachRemaining(o -> out.add(o.asLiteral().getString()));
        return out;
      });
      assertEquals(new TreeSet<>(List.of("good.txt", "good.json", "https://example.org/rigby",
          "feed.jsonl#3", "latin1.txt", "utf16.txt", "body.html", "inside.txt")), sources);
      String sentences = fs.read(ds -> ds.getUnionModel()
          .listObjectsOfProperty(org.polkg.rdf.POLKG.sentence).toList().stream()
          .map(n -> n.asLiteral().getString()).collect(Collectors.joining("\n")));
      assertTrue(sentences.contains("Oliver Brown resigned from the Labour Party at a caf\uFFFD "
          + "in Leeds."), sentences);
      assertTrue(sentences.contains("Maria Costa resigned from the Scottish National Party."),
          sentences);
      assertFalse(sentences.contains("Injected"), sentences);
    }
  }

  @Test
  void reportHasOneRecordPerFailure() throws Exception {
    List<JsonObject> records = Files.readAllLines(report).stream()
        .map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    assertEquals(10, records.size(), records.toString());
    for (JsonObject r : records) {
      assertEquals(Set.of("path", "line", "reason"), r.keySet());
    }
    JsonObject date = records.stream()
        .filter(r -> r.get("path").getAsString().endsWith("baddate.txt")).findFirst().orElseThrow();
    assertEquals(3, date.get("line").getAsInt());
    assertEquals("front matter impossible date: '2019-02-30'", date.get("reason").getAsString());
    JsonObject feed = records.stream()
        .filter(r -> r.get("path").getAsString().endsWith("feed.jsonl")).findFirst().orElseThrow();
    assertEquals(2, feed.get("line").getAsInt());
    JsonObject missing = records.get(records.size() - 1);
    assertEquals(tmp.resolve("does-not-exist.txt").toString(), missing.get("path").getAsString());
    assertEquals(0, missing.get("line").getAsInt());
    assertEquals("no such file or directory", missing.get("reason").getAsString());
    assertTrue(records.stream().noneMatch(r -> r.get("path").getAsString().endsWith("latin1.txt")),
        "a warning is not a failure");
  }

  @Test
  void maxBytesRefusesTheHugeFileAndIngestsTheRest() throws Exception {
    Path dir = tmp.resolve("sized");
    write(dir, "small.txt", "Oliver Hartley resigned from the Labour Party.");
    Files.createSymbolicLink(dir.resolve("huge.txt"), huge);
    CliTestSupport.Run r = CliTestSupport.run("ingest", "--store",
        tmp.resolve("store-sized").toString(), "--max-bytes", "1000000", dir.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("error: " + dir.resolve("huge.txt") + ": file is " + Files.size(huge)
        + " bytes, above the limit of 1000000 (--max-bytes)", r.err().strip());
    assertTrue(r.out().contains("articles ingested: 1\n"), r.out());
  }

  @Test
  void unreadableFileIsPermissionDenied() throws Exception {
    Path dir = tmp.resolve("locked");
    write(dir, "a.txt", "Oliver Hartley resigned from the Labour Party.");
    Path locked = write(dir, "b.txt", "Sarah Nash resigned from the Labour Party.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.isReadable(locked),
          "running as a user (root) who can read a file with mode 000");
      CliTestSupport.Run r = CliTestSupport.run("ingest", "--store",
          tmp.resolve("store-locked").toString(), dir.toString());
      assertEquals(1, r.exit(), r.err());
      assertEquals("error: " + locked + ": permission denied", r.err().strip());
      assertTrue(r.out().contains("articles ingested: 1\n"), r.out());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void failFastStopsAtTheFirstFailure() throws Exception {
    Path dir = tmp.resolve("ff");
    write(dir, "a.txt", "Oliver Hartley resigned from the Labour Party.");
    write(dir, "b.txt", "");
    write(dir, "c.txt", "Sarah Nash resigned from the Labour Party.");
    Path rep = tmp.resolve("ff.jsonl");
    CliTestSupport.Run r = CliTestSupport.run("ingest", "--store", tmp.resolve("store-ff")
        .toString(), "--fail-fast", "--report", rep.toString(), dir.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("error: " + dir.resolve("b.txt") + ": empty file", r.err().strip());
    assertTrue(r.out().contains("articles ingested: 1\n"), r.out());
    assertTrue(r.out().contains("stopped at the first failure (--fail-fast)"), r.out());
    assertEquals(List.of("{\"path\":\"" + dir.resolve("b.txt") + "\",\"line\":0,"
        + "\"reason\":\"empty file\"}"), Files.readAllLines(rep));
    try (FactStore fs = FactStore.openExisting(tmp.resolve("store-ff"))) {
      assertEquals(1L, fs.stats().get("articles"));
      assertEquals(List.of(), fs.find("c.txt"));
      assertEquals(1, fs.find("a.txt").size());
    }
  }

  @Test
  void failFastOnABadJsonLineIngestsNoneOfThatFile() throws Exception {
    Path dir = tmp.resolve("ffj");
    write(dir, "feed.jsonl", "{\"maintext\":\"Tom Rigby resigned.\"}\n{oops\n");
    CliTestSupport.Run r = CliTestSupport.run("ingest", "--store", tmp.resolve("store-ffj")
        .toString(), "--fail-fast", dir.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().startsWith("error: " + dir.resolve("feed.jsonl") + ":2: malformed JSON"),
        r.err());
    assertTrue(r.out().contains("articles ingested: 0\n"), r.out());
  }

  @Test
  void exitStatusZeroWhenEverythingIsIngestedEvenWithWarnings() throws Exception {
    Path dir = tmp.resolve("ok");
    write(dir, "a.txt", "Oliver Hartley resigned from the Labour Party.");
    Files.write(dir.resolve("b.txt"), "Caf\u00e9 talk.".getBytes(StandardCharsets.ISO_8859_1));
    CliTestSupport.Run r = CliTestSupport.run("ingest", "--store", tmp.resolve("store-ok")
        .toString(), dir.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().startsWith("warning: " + dir.resolve("b.txt") + ":1: invalid UTF-8"),
        r.err());
    assertTrue(r.out().contains("articles ingested: 2\n"), r.out());
  }

  @Test
  void usageMistakesAreExitStatusTwoAndOneLine() {
    String store = tmp.resolve("store-usage").toString();
    String file = in.resolve("good.txt").toString();
    List<List<String>> cases = List.of(
        List.of("ingest", "--store", store, "--max-bytes", "0", file),
        List.of("ingest", "--store", store, "--max-article-chars", "-5", file),
        List.of("ingest", "--store", store, "--min-confidence", "1.5", file),
        List.of("ingest", "--store", store, "--max-bytes", "lots", file),
        List.of("ingest", "--store", store, "--no-such-option", file),
        List.of("ingest", "--store", store),
        List.of("ingest", "--store", store, "--report", tmp.resolve("no/such/dir/r.jsonl")
            .toString(), file));
    for (List<String> args : cases) {
      CliTestSupport.Run r = CliTestSupport.run(args.toArray(String[]::new));
      assertEquals(2, r.exit(), args + "\n" + r.err());
      assertFalse(r.err().contains("Exception"), args + "\n" + r.err());
      assertTrue(r.err().lines().findFirst().orElse("").matches("(polkg: |Invalid|Unknown|Missing).*"),
          args + "\n" + r.err());
    }
    assertFalse(Files.exists(Path.of(store, "Data-0001")), "no store made by a usage mistake");
  }
}
