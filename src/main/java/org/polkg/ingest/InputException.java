package org.polkg.ingest;

import java.nio.file.Path;

/**
 * A source file (or one line of it) that cannot be read as an article. The message is meant for
 * the user: one line, naming the problem, never a stack trace.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path path;
  private final int line;

  /** The message is made one line ({@link OneLine}): it may quote the input. */
  public InputException(Path path, int line, String message) {
    super(OneLine.of(message));
    this.path = path;
    this.line = line;
  }

  public InputException(Path path, String message) {
    this(path, 0, message);
  }

  public Path path() {
    return path;
  }

  /** The 1-based line the problem is on, or 0 when it concerns the whole file. */
  public int line() {
    return line;
  }

  /** {@code path:line: message}, or {@code path: message} when there is no line. */
  public String describe() {
    return OneLine.of(String.valueOf(path)) + (line > 0 ? ":" + line : "") + ": " + getMessage();
  }
}
