package org.polkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A gold file: the facts an article states and the facts it must not yield. Named like the
 * article it describes ({@code 07-davis-quits.json} for {@code 07-davis-quits.txt}). A JSON Lines
 * article file has one gold file; each fact's {@code record} is the 0-based line of its article.
 */
public record GoldFile(String article, List<GoldFact> facts, List<GoldFact> mustNot) {

  /** Reads a gold file; a malformed one is an {@link IOException} naming the file. */
  public static GoldFile read(Path path) throws IOException {
    try {
      JsonObject o = JsonParser.parseString(Files.readString(path, StandardCharsets.UTF_8))
          .getAsJsonObject();
      String article = o.has("article") ? o.get("article").getAsString()
          : path.getFileName().toString().replaceFirst("\\.json$", "");
      return new GoldFile(article, facts(o.getAsJsonArray("facts")),
          facts(o.getAsJsonArray("must_not")));
    } catch (JsonParseException | IllegalStateException | ClassCastException e) {
      throw new IOException(path + ": not a valid gold file: " + e.getMessage(), e);
    }
  }

  private static List<GoldFact> facts(JsonArray array) {
    List<GoldFact> out = new ArrayList<>();
    if (array == null) {
      return out;
    }
    for (JsonElement el : array) {
      JsonObject f = el.getAsJsonObject();
      JsonElement org = f.get("organization");
      out.add(new GoldFact(
          f.get("type").getAsString(),
          strings(f.get("person")),
          strings(org),
          f.has("organization") && org.isJsonNull(),
          strings(f.get("role")),
          f.has("date") && !f.get("date").isJsonNull()
              ? Optional.of(f.get("date").getAsString()) : Optional.empty(),
          f.has("eventType") ? f.get("eventType").getAsString() : "",
          strings(f.get("participants")),
          f.has("optional") && f.get("optional").getAsBoolean(),
          f.has("record") ? f.get("record").getAsInt() : 0));
    }
    return out;
  }

  private static List<String> strings(JsonElement el) {
    List<String> out = new ArrayList<>();
    if (el == null || el.isJsonNull()) {
      return out;
    }
    if (el.isJsonArray()) {
      el.getAsJsonArray().forEach(e -> out.add(e.getAsString()));
    } else {
      out.add(el.getAsString());
    }
    return out;
  }
}
