package org.polkg.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a news web page: the article's own paragraphs (not navigation, banners, bylines,
 * scripts or footers), its title, publication date and canonical URL. A page without paragraphs
 * gives the text left once markup and boilerplate are removed; a page without any text is an
 * error.
 */
public final class HtmlReader implements ArticleReader {
  private static final String BOILERPLATE =
      "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, figure,"
          + " [class*=cookie], [id*=cookie], [class*=banner], [class*=related], [class*=share],"
          + " [class*=newsletter], [class*=advert], [role=navigation], [aria-hidden=true],"
          + " [class*=byline], [rel=author]";

  /** A time of day as a live blog stamps its posts: "11:05 a.m.", "09:40", "4.48pm". */
  private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
      "\\d{1,2}[:.]\\d{2}(\\s*([ap]\\.?m\\.?|[AP]M))?( [A-Z]{2,4})?");

  /** Elements a live blog stamps its posts' clock times with: "<span class=ts>4:30 p.m.</span>". */
  private static final String STAMPS = "time, span, div, strong, b, small";

  /** Elements whose text is read as a paragraph. */
  private static final java.util.Set<String> TEXT_BLOCKS = java.util.Set.of("p", "h2", "h3",
      "li", "blockquote");

  /**
   * The element holding the story: its {@code <article>}, or for a page of several (the posts of
   * a live blog) the nearest element holding them all; null when the page has none.
   */
  private static Element articleRoot(Document doc) {
    List<Element> articles = doc.select("article").stream()
        .filter(a -> a.parents().stream().noneMatch(p -> p.tagName().equals("article")))
        .toList();
    if (articles.size() <= 1) {
      return articles.isEmpty() ? null : articles.get(0);
    }
    for (Element parent : articles.get(0).parents()) {
      if (articles.stream().allMatch(a -> a.parents().contains(parent))) {
        return parent;
      }
    }
    return articles.get(0);
  }

  @Override
  public ReadResult read(Path path, String content) throws InputException {
    Document doc = Jsoup.parse(content);
    String canonical = doc.select("link[rel=canonical]").attr("abs:href");
    if (canonical.isBlank()) {
      canonical = doc.select("link[rel=canonical]").attr("href");
    }
    if (canonical.isBlank()) {
      canonical = doc.select("meta[property=og:url]").attr("content");
    }
    Optional<LocalDate> date = publicationDate(doc);
    String title = firstNonBlank(
        doc.select("article h1").text(),
        doc.select("meta[property=og:title]").attr("content"),
        doc.select("h1").text(),
        doc.title());

    Element root = articleRoot(doc);
    if (root == null) {
      root = doc.selectFirst("main, [role=main]");
    }
    if (root == null) {
      root = doc.body();
    }
    root = root.clone();
    root.select(BOILERPLATE).remove();
    root.select("h1").remove();
    StringBuilder text = new StringBuilder();
    for (Element p : root.select("p, h2, h3, li, blockquote, " + STAMPS)) {
      if (!p.select("p").isEmpty() && !p.tagName().equals("p")) {
        continue; // a container of paragraphs: its paragraphs are read themselves
      }
      if (!TEXT_BLOCKS.contains(p.tagName()) && (p.parents().stream()
          .anyMatch(a -> TEXT_BLOCKS.contains(a.tagName()))
          || !CLOCK.matcher(p.text().strip()).matches()
          || p.parent() != null && p.parent().text().strip().equals(p.text().strip()))) {
        continue; // a time inside a paragraph is read with it; a post's clock time is a line
        // (once, though the page wraps it twice: "<time><span>9:04</span></time>")
      }
      String t = p.text().strip();
      if (!t.isEmpty()) {
        text.append(t).append('\n');
      }
    }
    if (text.length() == 0) {
      // no paragraphs: take the text left in the page once markup and boilerplate are gone
      text.append(root.text().strip());
    }
    if (text.length() == 0) {
      throw new InputException(path,
          "no article text found in the HTML page (only scripts, navigation or markup)");
    }
    Optional<String> url = canonical.isBlank() ? Optional.empty() : Optional.of(canonical.strip());
    return ReadResult.of(new Article(url.orElse(path.getFileName().toString()), url,
        title.strip(), date, text.toString().strip(), "html"));
  }

  private static Optional<LocalDate> publicationDate(Document doc) {
    String[] candidates = {
      doc.select("meta[property=article:published_time]").attr("content"),
      doc.select("meta[itemprop=datePublished]").attr("content"),
      jsonLdDate(doc),
      doc.select("article time[datetime]").attr("datetime"),
      doc.select("time[datetime]").attr("datetime"),
      doc.select("meta[name=date]").attr("content"),
    };
    for (String c : candidates) {
      try {
        Optional<LocalDate> d = Dates.parse(c);
        if (d.isPresent()) {
          return d;
        }
      } catch (IllegalArgumentException e) {
        // try the next source of a date
      }
    }
    return Optional.empty();
  }

  private static String jsonLdDate(Document doc) {
    Elements scripts = doc.select("script[type=application/ld+json]");
    for (Element s : scripts) {
      try {
        JsonElement el = JsonParser.parseString(s.data());
        String d = findDatePublished(el);
        if (d != null) {
          return d;
        }
      } catch (RuntimeException e) {
        // malformed JSON-LD: ignore it, other date sources remain
      }
    }
    return "";
  }

  private static String findDatePublished(JsonElement el) {
    if (el.isJsonArray()) {
      for (JsonElement e : el.getAsJsonArray()) {
        String d = findDatePublished(e);
        if (d != null) {
          return d;
        }
      }
    } else if (el.isJsonObject()) {
      JsonObject o = el.getAsJsonObject();
      JsonElement d = o.get("datePublished");
      if (d != null && d.isJsonPrimitive()) {
        return d.getAsString();
      }
      JsonElement graph = o.get("@graph");
      if (graph != null) {
        return findDatePublished(graph);
      }
    }
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }
}
