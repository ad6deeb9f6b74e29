package org.polkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
  @TempDir
  Path dir;

  private final ArticleFiles files = new ArticleFiles();

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void textWithFrontMatter() throws Exception {
    Path p = write("a.txt", "---\ntitle: Minister quits\ndate: 2020-03-04\n"
        + "source: https://example.org/a\n---\nThe minister resigned.\n\nMore text.\n");
    Article a = files.read(p).articles().get(0);
    assertEquals("Minister quits", a.title());
    assertEquals(Optional.of(LocalDate.of(2020, 3, 4)), a.published());
    assertEquals("https://example.org/a", a.source());
    assertEquals("The minister resigned.\n\nMore text.", a.text());
    assertEquals("txt", a.format());
  }

  @Test
  void textWithoutFrontMatterIsNamedByFile() throws Exception {
    Article a = files.read(write("plain.txt", "Just a body.")).articles().get(0);
    assertEquals("plain.txt", a.source());
    assertEquals(Optional.empty(), a.published());
    assertEquals(Optional.of(LocalDate.of(2019, 2, 19)),
        a.withDefaultDate(Optional.of(LocalDate.of(2019, 2, 19))).published());
  }

  @Test
  void impossibleFrontMatterDateNamesTheLine() throws Exception {
    Path p = write("bad.txt", "---\ntitle: x\ndate: 2019-02-30\n---\nBody.");
    InputException e = assertThrows(InputException.class, () -> files.read(p));
    assertEquals(3, e.line());
    assertTrue(e.describe().startsWith(p + ":3: "), e.describe());
  }

  @Test
  void newsPleaseJson() throws Exception {
    Path p = write("a.json", "{\"title\":\"T\",\"maintext\":\"Body text.\","
        + "\"date_publish\":\"2019-02-18 09:30:00\",\"url\":\"https://example.org/x\","
        + "\"source_domain\":\"example.org\",\"extra\":[1,2]}");
    Article a = files.read(p).articles().get(0);
    assertEquals("T", a.title());
    assertEquals(Optional.of(LocalDate.of(2019, 2, 18)), a.published());
    assertEquals("https://example.org/x", a.source());
    assertEquals("Body text.", a.text());
  }

  @Test
  void jsonWithWrongType() throws Exception {
    Path p = write("a.json", "{\"title\":\"T\",\"maintext\":42}");
    InputException e = assertThrows(InputException.class, () -> files.read(p));
    assertTrue(e.getMessage().contains("maintext"), e.getMessage());
  }

  @Test
  void jsonLinesReportsBadLineAndKeepsOthers() throws Exception {
    Path p = write("a.jsonl", "{\"maintext\":\"One.\"}\n{not json\n\n{\"maintext\":\"Three.\"}\n");
    ReadResult r = files.read(p);
    assertEquals(List.of("One.", "Three."), r.articles().stream().map(Article::text).toList());
    assertEquals(1, r.lineErrors().size());
    assertEquals(2, r.lineErrors().get(0).line());
    assertEquals("a.jsonl#4", r.articles().get(1).source());
  }

  @Test
  void htmlKeepsArticleTextOnly() throws Exception {
    Path p = write("a.html", """
        <html><head><title>Site | Headline</title>
        <link rel="canonical" href="https://example.org/story">
        <meta property="article:published_time" content="2019-02-20T13:05:00Z">
        <script>var tracking = 1;</script></head>
        <body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
        <div class="cookie-banner"><p>We use cookies to improve your experience.</p></div>
        <article><h1>Headline</h1><p>First paragraph of the story.</p>
        <aside class="related"><p>Related: something else</p></aside>
        <p>Second paragraph.</p></article>
        <footer><p>Copyright 2019</p></footer></body></html>""");
    Article a = files.read(p).articles().get(0);
    assertEquals("Headline", a.title());
    assertEquals("https://example.org/story", a.source());
    assertEquals(Optional.of(LocalDate.of(2019, 2, 20)), a.published());
    assertEquals("First paragraph of the story.\nSecond paragraph.", a.text());
  }

  @Test
  void htmlDropsTheBylineButKeepsItsDate() throws Exception {
    Path p = write("byline.html", """
        <html><head><title>Story</title></head><body><article><h1>Story</h1>
        <p class="byline">Harbour Desk Staff &middot; <time datetime="2024-04-09">9 April</time></p>
        <p>Only this paragraph.</p>
        <p>By <a rel="author" href="/staff/kim">Kim Ashby</a></p></article></body></html>""");
    Article a = files.read(p).articles().get(0);
    assertEquals("Only this paragraph.\nBy", a.text());
    assertEquals(Optional.of(LocalDate.of(2024, 4, 9)), a.published());
  }

  @Test
  void htmlLiveBlogKeepsEveryPostWithItsClockTime() throws Exception {
    // the posts' clock times are lines of their own (what tells a live blog's posts apart); a
    // date in a <time> and a time inside a paragraph are not
    Path p = write("live.html", """
        <html><head><title>Live</title></head><body><main><h1>Live: the vote</h1>
        <p class="dateline"><time datetime="2025-11-20">20 November 2025</time></p>
        <div class="live-feed">
        <article class="post"><time datetime="2025-11-20T17:40:00Z">17:40</time>
        <p>Latest post.</p></article>
        <article class="post"><time datetime="2025-11-20T09:10:00Z">9:10 a.m.</time>
        <p>Earlier post, at <time>9:05</time>.</p></article></div>
        <time datetime="2025-11-20">Thursday</time>
        <aside class="related"><article><p>Another story.</p></article></aside>
        </main></body></html>""");
    assertEquals("20 November 2025\n17:40\nLatest post.\n9:10 a.m.\nEarlier post, at 9:05.",
        files.read(p).articles().get(0).text());
  }

  @Test
  void htmlLiveBlogStampedInSpansKeepsItsClockTimes() throws Exception {
    // a page may stamp its posts in any inline element: each clock time is a line, once
    Path p = write("live2.html", """
        <html><head><title>Live</title></head><body><main><h1>Live: the count</h1>
        <section class="entries">
        <div class="entry"><span class="ts">4:30 p.m.</span><p>Last post.</p></div>
        <div class="entry"><b><span>11:05 a.m.</span></b><p>First post, at 11 a.m.</p></div>
        <div class="entry"><span class="tag">Breaking</span><p>No time here.</p></div>
        </section></main></body></html>""");
    assertEquals("4:30 p.m.\nLast post.\n11:05 a.m.\nFirst post, at 11 a.m.\nNo time here.",
        files.read(p).articles().get(0).text());
  }

  @Test
  void htmlDateFromJsonLd() throws Exception {
    Path p = write("b.html", "<html><head><script type=\"application/ld+json\">"
        + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-05-06T08:00:00+01:00\"}</script>"
        + "</head><body><main><p>Text.</p></main></body></html>");
    assertEquals(Optional.of(LocalDate.of(2021, 5, 6)),
        files.read(p).articles().get(0).published());
  }

  @Test
  void emptyBinaryAndUnknownFilesAreErrors() throws Exception {
    Path empty = write("e.txt", "");
    Path bin = dir.resolve("b.txt");
    Files.write(bin, new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
    Path unknown = write("x.docx", "hello");
    assertEquals("empty file", assertThrows(InputException.class,
        () -> files.read(empty)).getMessage());
    assertTrue(assertThrows(InputException.class, () -> files.read(bin)).getMessage()
        .contains("not a text file"));
    assertTrue(assertThrows(InputException.class, () -> files.read(unknown)).getMessage()
        .contains("unknown file type 'docx'"));
  }

  @Test
  void utf16WithBomIsDecoded() throws Exception {
    Path p = dir.resolve("u.txt");
    byte[] body = "Caf\u00e9 politics.".getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[body.length + 2];
    all[0] = (byte) 0xff;
    all[1] = (byte) 0xfe;
    System.arraycopy(body, 0, all, 2, body.length);
    Files.write(p, all);
    assertEquals("Caf\u00e9 politics.", files.read(p).articles().get(0).text());
  }

  @Test
  void listingWalksDirectoriesAndReportsMissingPaths() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    write("sub/b.txt", "B.");
    write("a.txt", "A.");
    write(".hidden.txt", "H.");
    ArticleFiles.Listing l = files.list(List.of(dir, dir.resolve("missing.txt")));
    assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("sub/b.txt")), l.files());
    assertEquals(1, l.errors().size());
    assertFalse(l.errors().get(0).describe().contains("Exception"));
  }
}
