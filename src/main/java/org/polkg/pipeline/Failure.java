package org.polkg.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

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

  /** {@code path:line: reason}, or {@code path: reason} when there is no line. */
  public String describe() {
    return OneLine.of(path.toString()) + (line > 0 ? ":" + line : "") + ": " + reason;
  }
}
