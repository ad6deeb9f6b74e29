package org.polkg.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One generated news story, before it is written in a file format.
 *
 * @param slug a short name for file names, unique within a corpus
 * @param title the headline
 * @param published the publication date
 * @param url the canonical URL; empty for the few stories identified by their file name
 * @param paragraphs the body, one paragraph per entry
 */
public record Story(String slug, String title, LocalDate published, Optional<String> url,
    List<String> paragraphs) {
  public Story {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The body as polkg reads it: one paragraph per line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
