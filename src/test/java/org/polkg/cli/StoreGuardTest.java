package org.polkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store in use by another process, a store of another format, and a directory that is not a
 * store are each refused with one line naming the store and what to do; new stores record their
 * format.
 */
class StoreGuardTest {
  @TempDir
  Path tmp;

  private Path article() throws Exception {
    Path p = tmp.resolve("a.txt");
    Files.writeString(p, "Oliver Hartley resigned from the Labour Party.");
    return p;
  }

  private static Set<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  @Test
  void aNewStoreRecordsItsFormat() throws Exception {
    Path store = tmp.resolve("store");
    Instant before = Instant.now().minusSeconds(1);
    assertEquals(0, CliTestSupport.run("ingest", "--store", store.toString(),
        article().toString()).exit());
    JsonObject json = JsonParser.parseString(Files.readString(store.resolve("polkg-store.json")))
        .getAsJsonObject();
    assertEquals(Set.of("format", "polkg", "created"), json.keySet());
    assertEquals(1, json.get("format").getAsInt());
    assertEquals("0.1.0", json.get("polkg").getAsString());
    Instant created = Instant.parse(json.get("created").getAsString());
    assertFalse(created.isBefore(before.minusSeconds(1)), created.toString());
    assertTrue(names(store).contains("Data-0001"), names(store).toString());
  }

  @Test
  void aStoreOfAnUnknownFormatIsRefusedAndLeftAlone() throws Exception {
    Path store = tmp.resolve("store");
    assertEquals(0, CliTestSupport.run("ingest", "--store", store.toString(),
        article().toString()).exit());
    Files.writeString(store.resolve("polkg-store.json"),
        "{\"format\": 7, \"polkg\": \"9.0.0\", \"created\": \"2031-01-01T00:00:00Z\"}");
    Set<String> files = names(store);
    for (String command : List.of("stats", "ingest")) {
      CliTestSupport.Run r = command.equals("stats")
          ? CliTestSupport.run("stats", "--store", store.toString())
          : CliTestSupport.run("ingest", "--store", store.toString(), article().toString());
      assertEquals(2, r.exit(), r.err());
      assertEquals("polkg: store " + store + " has format 7, but this polkg (0.1.0) reads format "
          + "1 only; open it with the polkg that made it, or ingest into a new --store",
          r.err().strip());
      assertEquals("", r.out());
    }
    assertEquals(files, names(store));
  }

  @Test
  void aDirectoryThatIsNotAStoreIsRefusedAndLeftAlone() throws Exception {
    Path notes = tmp.resolve("notes");
    Files.createDirectories(notes);
    Files.writeString(notes.resolve("todo.txt"), "not a database");
    for (String command : List.of("stats", "ingest")) {
      CliTestSupport.Run r = command.equals("stats")
          ? CliTestSupport.run("stats", "--store", notes.toString())
          : CliTestSupport.run("ingest", "--store", notes.toString(), article().toString());
      assertEquals(2, r.exit(), r.err());
      assertEquals(List.of("polkg: " + notes + " is not a polkg store (the directory is not "
          + "empty and holds no TDB2 database); give a new or empty directory with --store"),
          r.err().lines().toList());
    }
    assertEquals(Set.of("todo.txt"), names(notes));
  }

  @Test
  void anEmptyDirectoryBecomesAStoreAndAnOlderStoreGetsItsFormatRecorded() throws Exception {
    Path empty = tmp.resolve("empty");
    Files.createDirectories(empty);
    assertEquals(0, CliTestSupport.run("ingest", "--store", empty.toString(),
        article().toString()).exit());
    assertTrue(Files.exists(empty.resolve("polkg-store.json")));

    Path older = tmp.resolve("older"); // a TDB2 store made before the format file existed
    Dataset ds = TDB2Factory.connectDataset(older.toString());
    Txn.executeWrite(ds, () -> { });
    ds.close();
    TDBInternal.expel(ds.asDatasetGraph());
    assertFalse(Files.exists(older.resolve("polkg-store.json")));
    CliTestSupport.Run r = CliTestSupport.run("stats", "--store", older.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("articles"), r.out());
    assertTrue(Files.exists(older.resolve("polkg-store.json")));
  }

  @Test
  @Timeout(120)
  void aStoreInUseByAnotherProcessIsOneLineNamingItAndThePid() throws Exception {
    Path store = tmp.resolve("busy");
    assertEquals(0, CliTestSupport.run("ingest", "--store", store.toString(),
        article().toString()).exit());
    try (ChildJava holder = ChildJava.start("256m", StoreHolder.class, store.toString())) {
      List<String> ready = holder.awaitLines(l -> l.startsWith("holding "), 1, 60);
      assertEquals(1, ready.size(), "holder did not start: " + holder.err());

      String expected = "polkg: store " + store.toAbsolutePath().normalize() + " is in use by "
          + "another process (pid " + holder.pid() + "); stop it (e.g. 'polkg serve') or use "
          + "another --store";
      CliTestSupport.Run stats = CliTestSupport.run("stats", "--store", store.toString());
      assertEquals(2, stats.exit(), stats.err());
      assertEquals(List.of(expected), stats.err().lines().toList());
      CliTestSupport.Run ingest = CliTestSupport.run("ingest", "--store", store.toString(),
          article().toString());
      assertEquals(2, ingest.exit(), ingest.err());
      assertEquals(List.of(expected), ingest.err().lines().toList());

      try (OutputStream stdin = holder.process().getOutputStream()) {
        stdin.write('\n');
      }
      assertEquals(0, holder.process().waitFor());
    }
    CliTestSupport.Run after = CliTestSupport.run("stats", "--store", store.toString());
    assertEquals(0, after.exit(), after.err());
    assertTrue(after.out().matches("(?s)articles\\s+1\\n.*"), after.out());
  }

}
