package org.polkg.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads plain-text articles, with optional front matter: a first line {@code ---}, then
 * {@code title:}, {@code date:} and {@code source:} lines, then {@code ---}.
 */
public final class TextReader implements ArticleReader {

  @Override
  public ReadResult read(Path path, String content) throws InputException {
    String[] lines = content.split("\r?\n", -1);
    String title = "";
    Optional<LocalDate> date = Optional.empty();
    Optional<String> url = Optional.empty();
    int bodyStart = 0;
    if (lines.length > 0 && lines[0].strip().equals("---")) {
      int end = -1;
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.equals("---")) {
          end = i;
          break;
        }
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new InputException(path, i + 1, "front matter line is not 'key: value'");
        }
        String key = line.substring(0, colon).strip().toLowerCase();
        String value = unquote(line.substring(colon + 1).strip());
        switch (key) {
          case "title" -> title = value;
          case "date" -> {
            try {
              date = Dates.parse(value);
            } catch (IllegalArgumentException e) {
              throw new InputException(path, i + 1, "front matter " + e.getMessage());
            }
          }
          case "source", "url" -> url = value.isEmpty() ? Optional.empty() : Optional.of(value);
          default -> { } // unknown keys are ignored
        }
      }
      if (end < 0) {
        throw new InputException(path, 1, "front matter opened with '---' is never closed");
      }
      bodyStart = end + 1;
    }
    StringBuilder body = new StringBuilder();
    for (int i = bodyStart; i < lines.length; i++) {
      body.append(lines[i]).append('\n');
    }
    String text = body.toString().strip();
    if (text.isEmpty()) {
      throw new InputException(path, "no article text");
    }
    String source = url.orElse(path.getFileName().toString());
    return ReadResult.of(new Article(source, url, title, date, text, "txt"));
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
