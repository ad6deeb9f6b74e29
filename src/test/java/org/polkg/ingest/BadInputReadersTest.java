package org.polkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the readers make of bad input: each problem one clear message, naming the line. */
class BadInputReadersTest {
  @TempDir
  Path dir;

  private final ArticleFiles files = new ArticleFiles();

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void invalidUtf8IsReplacedAndWarnedAboutWithItsLine() throws Exception {
    Path p = dir.resolve("latin1.txt");
    Files.write(p, concat("Line one is fine.\nCaf".getBytes(StandardCharsets.US_ASCII),
        new byte[] {(byte) 0xe9}, " politics and na".getBytes(StandardCharsets.US_ASCII),
        new byte[] {(byte) 0xef, (byte) 0xbf}, "ve voters.".getBytes(StandardCharsets.US_ASCII)));
    ReadResult r = files.read(p);
    assertEquals("Line one is fine.\nCaf\uFFFD politics and na\uFFFDve voters.",
        r.articles().get(0).text());
    assertEquals(1, r.warnings().size());
    InputException w = r.warnings().get(0);
    assertEquals(2, w.line());
    assertEquals(p + ":2: invalid UTF-8: 2 byte sequences replaced with U+FFFD (first on this "
        + "line); the rest of the file is ingested", w.describe());
  }

  @Test
  void validUtf8HasNoWarning() throws Exception {
    assertEquals(List.of(), files.read(write("ok.txt", "Dáil Éireann, Micheál Martin.")).warnings());
  }

  @Test
  void utf16BigEndianWithBom() throws Exception {
    Path p = dir.resolve("be.txt");
    Files.write(p, concat(new byte[] {(byte) 0xfe, (byte) 0xff},
        "D\u00e1il vote.\nSecond line.".getBytes(StandardCharsets.UTF_16BE)));
    ReadResult r = files.read(p);
    assertEquals("D\u00e1il vote.\nSecond line.", r.articles().get(0).text());
    assertEquals(List.of(), r.warnings());
  }

  @Test
  void utf16WithOddLengthIsReplacedAndWarned() throws Exception {
    Path p = dir.resolve("odd.txt");
    Files.write(p, concat(new byte[] {(byte) 0xff, (byte) 0xfe},
        "Vote.".getBytes(StandardCharsets.UTF_16LE), new byte[] {0x41}));
    ReadResult r = files.read(p);
    assertEquals("Vote.\uFFFD", r.articles().get(0).text());
    assertTrue(r.warnings().get(0).getMessage().startsWith("invalid UTF-16LE: 1 byte sequence"),
        r.warnings().get(0).getMessage());
  }

  @Test
  void symlinkLoopIsOneErrorAndTheOtherFilesAreListed() throws Exception {
    Path root = dir.resolve("corpus");
    write("corpus/a.txt", "A.");
    write("corpus/sub/b.txt", "B.");
    write("corpus/z.txt", "Z.");
    Files.createSymbolicLink(root.resolve("sub/loop"), root);
    ArticleFiles.Listing l = files.list(List.of(root));
    assertEquals(List.of(root.resolve("a.txt"), root.resolve("sub/b.txt"), root.resolve("z.txt")),
        l.files());
    assertEquals(1, l.errors().size(), l.errors().toString());
    assertEquals(root.resolve("sub/loop") + ": symbolic link loop (leads back to a directory "
        + "being read): skipped", l.errors().get(0).describe());
  }

  @Test
  void brokenSymlinkAndHiddenDirectories() throws Exception {
    Path root = dir.resolve("c2");
    write("c2/a.txt", "A.");
    write("c2/.git/HEAD", "ref: refs/heads/main");
    Files.createSymbolicLink(root.resolve("gone.txt"), root.resolve("missing.txt"));
    ArticleFiles.Listing l = files.list(List.of(root));
    assertEquals(List.of(root.resolve("a.txt")), l.files());
    assertEquals(List.of(root.resolve("gone.txt") + ": symbolic link to a missing file"),
        l.errors().stream().map(InputException::describe).toList());
  }

  @Test
  void htmlWithoutArticleElementTakesTheBodyParagraphsNotTheScripts() throws Exception {
    Path p = write("page.html", """
        <html><head><title>Minister quits</title><script>var a = "Tracking text";</script></head>
        <body><script>document.write("Injected words");</script>
        <div><p>The minister resigned on Monday.</p><p>Her deputy stays.</p></div>
        <script>console.log("more script")</script></body></html>""");
    Article a = files.read(p).articles().get(0);
    assertEquals("The minister resigned on Monday.\nHer deputy stays.", a.text());
  }

  @Test
  void htmlWithTextOutsideParagraphsTakesThatText() throws Exception {
    Path p = write("divs.html", "<html><body><script>x = 1;</script>"
        + "<div>The senator resigned.</div><span>She gave no reason.</span></body></html>");
    assertEquals("The senator resigned. She gave no reason.",
        files.read(p).articles().get(0).text());
  }

  @Test
  void htmlWithOnlyScriptsIsNoArticleText() throws Exception {
    Path p = write("scripts.html", "<html><head><script>var s = 'x';</script></head><body>"
        + "<script>document.write('Hello')</script><nav><a href='/'>Home</a></nav>"
        + "<noscript>Enable JavaScript</noscript></body></html>");
    InputException e = assertThrows(InputException.class, () -> files.read(p));
    assertEquals(p + ": no article text found in the HTML page (only scripts, navigation or "
        + "markup)", e.describe());
  }

  @Test
  void malformedSingleJsonNamesTheLine() throws Exception {
    Path p = write("bad.json", "{\n  \"title\": \"T\",\n  \"maintext\": \"Body\"\n  \"url\": 1\n}");
    InputException e = assertThrows(InputException.class, () -> files.read(p));
    assertEquals(p + ":4: malformed JSON: Unterminated object at column 4 "
        + "(JSON path $.maintext)", e.describe());
  }

  @Test
  void jsonWithMissingOrWronglyTypedFields() throws Exception {
    assertEquals("no article text (field 'maintext' missing or empty)", assertThrows(
        InputException.class, () -> files.read(write("m.json", "{\"title\":\"T\"}")))
        .getMessage());
    assertEquals("field 'title' is not a string", assertThrows(InputException.class,
        () -> files.read(write("t.json", "{\"title\":[\"T\"],\"maintext\":\"B.\"}")))
        .getMessage());
    assertEquals("field 'date_publish' is not a string", assertThrows(InputException.class,
        () -> files.read(write("d.json", "{\"maintext\":\"B.\",\"date_publish\":20190218}")))
        .getMessage());
    assertEquals("field 'date_publish': impossible date: '2019-02-30 09:00:00'", assertThrows(
        InputException.class, () -> files.read(write("i.json",
            "{\"maintext\":\"B.\",\"date_publish\":\"2019-02-30 09:00:00\"}"))).getMessage());
    assertEquals("expected a JSON object", assertThrows(InputException.class,
        () -> files.read(write("a.json", "[{\"maintext\":\"B.\"}]"))).getMessage());
  }

  @Test
  void jsonLinesWithBadLinesKeepsTheOthers() throws Exception {
    Path p = write("feed.jsonl", String.join("\n",
        "{\"maintext\":\"One.\",\"url\":\"https://example.org/1\"}",
        "{\"maintext\": 7}",
        "{\"maintext\":\"Three.\",\"date_publish\":\"2019-13-01\"}",
        "{\"maintext\":\"Four.\"}",
        "{\"maintext\":\"Five.\""));
    ReadResult r = files.read(p);
    assertEquals(List.of("One.", "Four."), r.articles().stream().map(Article::text).toList());
    assertEquals(List.of(
        p + ":2: field 'maintext' is not a string",
        p + ":3: field 'date_publish': impossible date: '2019-13-01'",
        p + ":5: malformed JSON: End of input at column 20 (JSON path $.maintext)"),
        r.lineErrors().stream().map(InputException::describe).toList());
  }

  @Test
  void frontMatterWithImpossibleDateNamesTheLine() throws Exception {
    Path p = write("fm.txt", "---\ntitle: Quits\nsource: https://example.org/q\n"
        + "date: 2019-02-29\n---\nBody.");
    InputException e = assertThrows(InputException.class, () -> files.read(p));
    assertEquals(p + ":4: front matter impossible date: '2019-02-29'", e.describe());
  }

  @Test
  void sizeLimitIsCheckedBeforeReading() throws Exception {
    Path p = write("big.txt", "x".repeat(2000));
    InputException e = assertThrows(InputException.class, () -> new ArticleFiles(1000).read(p));
    assertEquals(p + ": file is 2000 bytes, above the limit of 1000 (--max-bytes)",
        e.describe());
  }

  @Test
  void aDirectoryNamedLikeAFileIsAnError() throws Exception {
    Path d = dir.resolve("folder.txt");
    Files.createDirectories(d);
    assertEquals("is a directory",
        assertThrows(InputException.class, () -> files.read(d)).getMessage());
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int i = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, i, p.length);
      i += p.length;
    }
    return out;
  }
}
