package org.polkg.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

import org.polkg.ingest.InputException;

/**
 * One input that could not be ingested, or a warning about one: a file, or one line of it.
 *
 * @param path the file (or the path the user named)
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param reason what went wrong, in one line for the user
 */
public record Failure(Path path, int line, String reason) {
  public Failure {
    requireNonNull(path, "path");
    requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line < 0: " + line);
    }
  }

  public static Failure of(InputException e) {
    return new Failure(e.path(), e.line(), e.getMessage());
  }

  /** {@code path:line: reason}, or {@code path: reason} when there is no line. */
  public String describe() {
    return path + (line > 0 ? ":" + line : "") + ": " + reason;
  }
}
