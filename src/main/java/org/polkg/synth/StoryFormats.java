package org.polkg.synth;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/** Writes a {@link Story} in the input formats polkg reads. */
final class StoryFormats {
  private static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting()
      .create();
  private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();
  private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("EEE d MMM yyyy",
      Locale.ENGLISH);

  private StoryFormats() {}

  /** Plain text with front matter (title, date and, when the story has one, source). */
  static String txt(Story s) {
    StringBuilder b = new StringBuilder("---\n");
    b.append("title: ").append(s.title()).append('\n');
    b.append("date: ").append(s.published()).append('\n');
    s.url().ifPresent(u -> b.append("source: ").append(u).append('\n'));
    b.append("---\n");
    b.append(s.text()).append('\n');
    return b.toString();
  }

  /** One news-please JSON object, pretty-printed. */
  static String json(Story s, String publishTime) {
    return PRETTY.toJson(object(s, publishTime)) + "\n";
  }

  /** One news-please JSON object on one line (no newline). */
  static String jsonLine(Story s, String publishTime) {
    return COMPACT.toJson(object(s, publishTime));
  }

  private static JsonObject object(Story s, String publishTime) {
    JsonObject o = new JsonObject();
    o.addProperty("title", s.title());
    o.addProperty("maintext", s.text());
    o.addProperty("date_publish", s.published() + " " + publishTime);
    s.url().ifPresent(u -> {
      o.addProperty("url", u);
      o.addProperty("source_domain", u.replaceFirst("^https://([^/]+)/.*$", "$1"));
    });
    o.addProperty("language", "en");
    return o;
  }

  /** A news page: navigation, the article's paragraphs, related links, a footer. */
  static String html(Story s, String publishTime) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n");
    b.append("  <title>").append(esc(s.title())).append(" | Example News</title>\n");
    s.url().ifPresent(u -> b.append("  <link rel=\"canonical\" href=\"").append(esc(u))
        .append("\">\n"));
    b.append("  <meta property=\"og:title\" content=\"").append(esc(s.title())).append("\">\n");
    b.append("  <meta property=\"article:published_time\" content=\"").append(s.published())
        .append('T').append(publishTime).append("Z\">\n");
    b.append("  <script async src=\"/static/js/analytics.js\"></script>\n</head>\n");
    b.append("<body>\n  <header><nav><ul><li><a href=\"/\">Home</a></li>"
        + "<li><a href=\"/politics\">Politics</a></li><li><a href=\"/world\">World</a></li>"
        + "</ul></nav></header>\n  <main>\n    <article>\n");
    b.append("      <h1>").append(esc(s.title())).append("</h1>\n");
    b.append("      <p class=\"byline\"><time datetime=\"").append(s.published()).append("\">")
        .append(HUMAN.format(s.published())).append("</time></p>\n");
    for (String p : s.paragraphs()) {
      b.append("      <p>").append(esc(p)).append("</p>\n");
    }
    b.append("    </article>\n    <aside><h2>Related</h2><ul><li><a href=\"/politics\">More"
        + " politics</a></li></ul></aside>\n  </main>\n");
    b.append("  <footer><p>&copy; Example News Ltd</p></footer>\n</body>\n</html>\n");
    return b.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
