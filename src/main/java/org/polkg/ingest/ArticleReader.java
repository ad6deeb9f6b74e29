package org.polkg.ingest;

import java.nio.file.Path;

/** Reads one file format into articles. Implementations know formats, not language. */
public interface ArticleReader {
  /**
   * Reads {@code content} (already decoded) that came from {@code path}.
   *
   * @throws InputException when the file as a whole cannot be read as articles
   */
  ReadResult read(Path path, String content) throws InputException;
}
