package org.polkg.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What one source file yielded: the articles read, the per-line problems of files that hold
 * several articles (JSON Lines), which do not stop the other lines, and warnings about the file
 * that did not stop it from being read (such as bytes that were not valid UTF-8).
 */
public record ReadResult(List<Article> articles, List<InputException> lineErrors,
    List<InputException> warnings) {
  public ReadResult {
    articles = List.copyOf(articles);
    lineErrors = List.copyOf(lineErrors);
    warnings = List.copyOf(warnings);
  }

  public ReadResult(List<Article> articles, List<InputException> lineErrors) {
    this(articles, lineErrors, List.of());
  }

  public static ReadResult of(Article article) {
    return new ReadResult(List.of(article), List.of());
  }

  /** This result with {@code more} warnings added. */
  public ReadResult withWarnings(List<InputException> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<InputException> all = new ArrayList<>(warnings);
    all.addAll(more);
    return new ReadResult(articles, lineErrors, all);
  }
}
