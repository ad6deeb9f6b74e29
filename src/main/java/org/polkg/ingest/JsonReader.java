package org.polkg.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads news-please style JSON: one object per file ({@code .json}) or one per line
 * ({@code .jsonl}). Uses {@code title}, {@code maintext}, {@code date_publish}, {@code url} and
 * {@code source_domain}; other fields are ignored.
 */
public final class JsonReader implements ArticleReader {
  /** Where Gson says a syntax error is: "... at line 3 column 7 path $.title". */
  private static final Pattern AT =
      Pattern.compile("\\s*\\bat line (\\d{1,9}) column (\\d{1,9})(?: path (\\S+))?");

  private final boolean lines;

  private JsonReader(boolean lines) {
    this.lines = lines;
  }

  /** A reader for files holding one JSON object. */
  public static JsonReader single() {
    return new JsonReader(false);
  }

  /** A reader for JSON Lines files: one object per line; a bad line does not stop the others. */
  public static JsonReader jsonLines() {
    return new JsonReader(true);
  }

  @Override
  public ReadResult read(Path path, String content) throws InputException {
    if (!lines) {
      return ReadResult.of(parse(path, 0, content, path.getFileName().toString()));
    }
    List<Article> articles = new ArrayList<>();
    List<InputException> errors = new ArrayList<>();
    String[] rows = content.split("\r?\n", -1);
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].isBlank()) {
        continue;
      }
      try {
        articles.add(parse(path, i + 1, rows[i], path.getFileName() + "#" + (i + 1)));
      } catch (InputException e) {
        errors.add(e);
      }
    }
    if (articles.isEmpty() && errors.isEmpty()) {
      throw new InputException(path, "no JSON objects in file");
    }
    return new ReadResult(articles, errors);
  }

  private Article parse(Path path, int line, String json, String fallbackSource)
      throws InputException {
    JsonObject obj;
    try {
      JsonElement el = JsonParser.parseString(json);
      if (!el.isJsonObject()) {
        throw new InputException(path, line, "expected a JSON object");
      }
      obj = el.getAsJsonObject();
    } catch (JsonParseException e) {
      Throwable cause = e.getCause() != null && e.getCause().getMessage() != null
          ? e.getCause() : e;
      String message = firstLine(cause.getMessage())
          .replaceFirst("^[\\w.$]+(Exception|Error): ", "");
      Matcher at = AT.matcher(message);
      int where = line;
      if (at.find()) {
        where = line == 0 ? Integer.parseInt(at.group(1)) : line;
        message = message.substring(0, at.start()) + " at column " + at.group(2)
            + (at.group(3) == null ? "" : " (JSON path " + at.group(3) + ")");
      }
      throw new InputException(path, where, "malformed JSON: " + message.strip());
    }
    String text = string(path, line, obj, "maintext");
    if (text.isBlank()) {
      text = string(path, line, obj, "text");
    }
    if (text.isBlank()) {
      throw new InputException(path, line, "no article text (field 'maintext' missing or empty)");
    }
    String title = string(path, line, obj, "title");
    Optional<LocalDate> date;
    try {
      date = Dates.parse(string(path, line, obj, "date_publish"));
    } catch (IllegalArgumentException e) {
      throw new InputException(path, line, "field 'date_publish': " + e.getMessage());
    }
    String url = string(path, line, obj, "url");
    Optional<String> optUrl = url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    return new Article(optUrl.orElse(fallbackSource), optUrl, title.strip(), date,
        text.strip(), lines ? "jsonl" : "json");
  }

  private static String string(Path path, int line, JsonObject obj, String field)
      throws InputException {
    JsonElement el = obj.get(field);
    if (el == null || el.isJsonNull()) {
      return "";
    }
    if (!el.isJsonPrimitive() || !el.getAsJsonPrimitive().isString()) {
      throw new InputException(path, line, "field '" + field + "' is not a string");
    }
    return el.getAsString();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
