package org.polkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lazy walk over input files and the cheap article count. */
class FileWalkTest {
  @TempDir
  Path tmp;

  @Test
  void walksInNameOrderSkippingHiddenAndReadmeAndReportsMissingPaths() throws Exception {
    Files.createDirectories(tmp.resolve("b/sub"));
    Files.createDirectories(tmp.resolve(".hidden"));
    Files.writeString(tmp.resolve("b/sub/z.txt"), "x");
    Files.writeString(tmp.resolve("b/a.txt"), "x");
    Files.writeString(tmp.resolve("a.json"), "x");
    Files.writeString(tmp.resolve(".secret.txt"), "x");
    Files.writeString(tmp.resolve(".hidden/c.txt"), "x");
    Files.writeString(tmp.resolve("README.md"), "x");
    List<String> seen = new ArrayList<>();
    FileWalk.walk(List.of(tmp, tmp.resolve("nope.txt")), new FileWalk.Visitor() {
      @Override
      public void file(Path file) {
        seen.add(tmp.relativize(file).toString());
      }

      @Override
      public void error(InputException e) {
        seen.add("error " + e.getMessage());
      }
    });
    assertEquals(List.of("a.json", "b/a.txt", "b/sub/z.txt", "error no such file or directory"),
        seen);
  }

  @Test
  void countsOneArticlePerFileAndOnePerJsonLine() throws Exception {
    Files.writeString(tmp.resolve("a.txt"), "x");
    Files.writeString(tmp.resolve("b.html"), "x");
    Files.writeString(tmp.resolve("feed.jsonl"), "{}\n\n  \n{}\r\n{}");
    assertEquals(3, FileWalk.articlesIn(tmp.resolve("feed.jsonl")));
    assertEquals(5, FileWalk.countArticles(List.of(tmp)));
  }
}
