package org.polkg.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Walks the files under the paths a user names, lazily: one directory's entries at a time, in
 * name order, so a corpus of millions of files is never listed in memory at once. Skips hidden
 * files and directories and README files inside directories, like {@link ArticleFiles#list}.
 */
public final class FileWalk {
  private FileWalk() {}

  /** Receives what a walk finds. */
  public interface Visitor {
    /** A file to read. */
    void file(Path file);

    /** A path that does not exist or a directory that cannot be listed. */
    void error(InputException e);
  }

  /** Walks {@code paths}, handing each file and each problem to {@code visitor}, in order. */
  public static void walk(List<Path> paths, Visitor visitor) {
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        directory(p, visitor, new ArrayDeque<>());
      } else if (Files.exists(p)) {
        visitor.file(p);
      } else {
        visitor.error(new InputException(p, "no such file or directory"));
      }
    }
  }

  private static void directory(Path dir, Visitor visitor, Deque<Path> ancestors) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      visitor.error(new InputException(dir, "cannot list directory: " + describe(e)));
      return;
    }
    if (ancestors.contains(real)) {
      visitor.error(new InputException(dir,
          "symbolic link loop (leads back to a directory being read): skipped"));
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path e : s) {
        if (!hidden(e)) {
          entries.add(e);
        }
      }
    } catch (IOException | RuntimeException e) {
      visitor.error(new InputException(dir, "cannot list directory: " + describe(e)));
      return;
    }
    entries.sort(null);
    ancestors.push(real);
    for (Path e : entries) {
      if (Files.isDirectory(e)) {
        directory(e, visitor, ancestors);
      } else if (Files.isRegularFile(e) && !readme(e)) {
        visitor.file(e);
      }
    }
    ancestors.pop();
  }

  /**
   * The number of articles under {@code paths}, cheaply: one per file, except JSON Lines files,
   * whose non-blank lines are counted by scanning their bytes (never decoding them).
   */
  public static long countArticles(List<Path> paths) {
    long[] n = {0};
    walk(paths, new Visitor() {
      @Override
      public void file(Path file) {
        n[0] += articlesIn(file);
      }

      @Override
      public void error(InputException e) {
        // reported by the walk that reads the files
      }
    });
    return n[0];
  }

  /** 1, or the number of non-blank lines of a JSON Lines file (0 when it cannot be read). */
  public static long articlesIn(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
      return 1;
    }
    long lines = 0;
    boolean content = false;
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 0x10000)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        for (int i = 0; i < r; i++) {
          byte b = buf[i];
          if (b == '\n') {
            if (content) {
              lines++;
            }
            content = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            content = true;
          }
        }
      }
    } catch (IOException e) {
      return 1;
    }
    return content ? lines + 1 : Math.max(lines, 1);
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean readme(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme");
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
