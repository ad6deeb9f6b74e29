package org.polkg.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import com.google.common.hash.Hashing;

/**
 * One news article as read from a source file: its text and metadata, before any language
 * processing.
 *
 * @param source the article's URL when it has one, else its file name (plus "#line" for JSON
 *     Lines); identifies the article across re-ingests
 * @param url the canonical URL, when known
 * @param title the headline, or empty
 * @param published the publication date, when known
 * @param text the article body as plain text (paragraphs separated by newlines)
 * @param format the input format: {@code txt}, {@code json}, {@code jsonl} or {@code html}
 */
public record Article(
    String source,
    Optional<String> url,
    String title,
    Optional<LocalDate> published,
    String text,
    String format) {

  public Article {
    requireNonNull(source, "source");
    requireNonNull(url, "url");
    requireNonNull(title, "title");
    requireNonNull(published, "published");
    requireNonNull(text, "text");
    requireNonNull(format, "format");
  }

  /** Returns this article with {@code date} as its publication date if it has none. */
  public Article withDefaultDate(Optional<LocalDate> date) {
    if (published.isPresent() || date.isEmpty()) {
      return this;
    }
    return new Article(source, url, title, date, text, format);
  }

  /** The SHA-256 of the title and text, as {@code sha256:<hex>}. */
  public String contentHash() {
    String content = title + "\n\n" + text;
    return "sha256:" + Hashing.sha256().hashString(content, StandardCharsets.UTF_8);
  }
}
