package org.polkg.ingest;

import java.util.List;

/**
 * What one source file yielded: the articles read and the per-line problems of files that hold
 * several articles (JSON Lines), which do not stop the other lines.
 */
public record ReadResult(List<Article> articles, List<InputException> lineErrors) {
  public ReadResult {
    articles = List.copyOf(articles);
    lineErrors = List.copyOf(lineErrors);
  }

  public static ReadResult of(Article article) {
    return new ReadResult(List.of(article), List.of());
  }
}
