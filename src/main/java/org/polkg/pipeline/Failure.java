package org.polkg.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

import org.polkg.ingest.Article;
import org.polkg.ingest.InputException;
import org.polkg.ingest.OneLine;

/**
 * One input that could not be ingested, or a warning about one: a file, or one line of it.
 *
 * @param path the file (or the path the user named)
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param reason what went wrong, for the user (made one line: {@link OneLine})
 */
public record Failure(Path path, int line, String reason) {
  public Failure {
    requireNonNull(path, "path");
    requireNonNull(reason, "reason");
    reason = OneLine.of(reason);
    if (line < 0) {
      throw new IllegalArgumentException("line < 0: " + line);
    }
  }

  public static Failure of(InputException e) {
    return new Failure(e.path(), e.line(), e.getMessage());
  }

  /** An article whose text is longer than {@code maxChars} (--max-article-chars). */
  public static Failure tooLong(Path file, Article article, int maxChars) {
    return new Failure(file, 0, "article '" + article.source() + "' is "
        + article.text().length() + " characters long, above the limit of " + maxChars
        + " for one article (--max-article-chars)");
  }

  /** An article whose extraction failed with {@code e}. */
  public static Failure notIngested(Path file, Article article, Throwable e) {
    return new Failure(file, 0, "article '" + article.source() + "' not ingested: "
        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
        + firstLine(e.getMessage())));
  }

  /** An article the store (or a remote server) refused: {@code why}, in one line. */
  public static Failure notStored(Path file, Article article, String why) {
    return new Failure(file, 0, "article '" + article.source() + "' not stored: "
        + firstLine(String.valueOf(why)));
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** {@code path:line: reason}, or {@code path: reason} when there is no line. */
  public String describe() {
    return OneLine.of(path.toString()) + (line > 0 ? ":" + line : "") + ": " + reason;
  }
}
