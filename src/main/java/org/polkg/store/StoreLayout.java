package org.polkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The directory layout of a polkg store: the TDB2 database ({@code Data-NNNN/}, {@code tdb.lock})
 * and {@code polkg-store.json}, which records the store format, the polkg version that created
 * the store and when. Checked before TDB2 touches a directory, so a directory holding something
 * else, or a store of a format this polkg does not know, is refused rather than changed.
 */
final class StoreLayout {
  /** The file that records the store format, next to the TDB2 files. */
  static final String FORMAT_FILE = "polkg-store.json";
  /** The store format this polkg reads and writes. */
  static final int FORMAT = 1;
  /** The polkg version recorded in new stores. */
  static final String POLKG_VERSION = "0.1.0";

  private static final Pattern TDB2_DATA = Pattern.compile("Data-\\d+");
  private static final String TDB_LOCK = "tdb.lock";

  private StoreLayout() {}

  /** What a directory holds. */
  enum State { MISSING, EMPTY, STORE }

  /**
   * Checks {@code dir}: a missing or empty directory can become a store; a directory with a
   * TDB2 database is a store when its recorded format (if any) is this polkg's.
   *
   * @throws StoreException when the directory is something else, or a store of another format
   */
  static State check(Path dir) {
    if (!Files.exists(dir)) {
      return State.MISSING;
    }
    if (!Files.isDirectory(dir)) {
      throw new StoreException(dir + " is not a directory, so it cannot be a store; "
          + "give a new or empty directory with --store");
    }
    List<String> names;
    try (Stream<Path> s = Files.list(dir)) {
      names = s.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new StoreException("cannot read store directory " + dir + ": " + e.getMessage(), e);
    }
    Path formatFile = dir.resolve(FORMAT_FILE);
    if (names.contains(FORMAT_FILE)) {
      checkFormat(dir, formatFile);
      return State.STORE;
    }
    if (names.stream().anyMatch(n -> TDB2_DATA.matcher(n).matches())) {
      return State.STORE; // made before the format was recorded: format 1
    }
    if (names.stream().allMatch(n -> n.equals(TDB_LOCK) || n.equals(FORMAT_FILE + ".tmp"))) {
      return State.EMPTY;
    }
    throw new StoreException(dir + " is not a polkg store (the directory is not empty and holds "
        + "no TDB2 database); give a new or empty directory with --store");
  }

  private static void checkFormat(Path dir, Path formatFile) {
    JsonElement format;
    try {
      JsonElement el = JsonParser.parseString(Files.readString(formatFile, StandardCharsets.UTF_8));
      format = el.isJsonObject() ? el.getAsJsonObject().get("format") : null;
    } catch (IOException | JsonParseException e) {
      throw new StoreException("store " + dir + ": cannot read " + FORMAT_FILE + " ("
          + e.getMessage() + "); it is not a store this polkg can open", e);
    }
    if (format == null || !format.isJsonPrimitive() || !format.getAsJsonPrimitive().isNumber()) {
      throw new StoreException("store " + dir + ": " + FORMAT_FILE + " has no format number; "
          + "it is not a store this polkg can open");
    }
    String found = format.getAsString();
    if (!found.equals(Integer.toString(FORMAT))) {
      throw new StoreException("store " + dir + " has format " + found + ", but this polkg ("
          + POLKG_VERSION + ") reads format " + FORMAT + " only; open it with the polkg that "
          + "made it, or ingest into a new --store");
    }
  }

  /** Records the format in {@code dir} (which exists) unless it is recorded already. */
  static void record(Path dir) {
    Path file = dir.resolve(FORMAT_FILE);
    if (Files.exists(file)) {
      return;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("format", FORMAT);
    json.put("polkg", POLKG_VERSION);
    json.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    try {
      Path tmp = dir.resolve(FORMAT_FILE + ".tmp");
      Files.writeString(tmp, new GsonBuilder().setPrettyPrinting().create().toJson(json) + "\n",
          StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
