package org.polkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polkg.serve.ServeFixtures.jsonRows;
import static org.polkg.serve.ServeFixtures.postQuery;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.cli.CliTestSupport;
import org.polkg.store.FactStore;

/** {@code polkg serve} as a user runs it: its own JVM, the printed curl line, Ctrl-C. */
class ServeCommandTest {
  @TempDir
  Path tmp;

  @Test
  void servesPrintsAWorkingExampleAndStopsCleanlyOnCtrlC() throws Exception {
    Path storeDir = tmp.resolve("store");
    ServeFixtures.sampleStore(storeDir).close();
    Path stderr = tmp.resolve("serve.err");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "org.polkg.cli.Main", "serve", "--store", storeDir.toString(), "--port", "0",
        "--timeout", "5")
        .redirectError(stderr.toFile())
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
          StandardCharsets.UTF_8));
      List<String> banner = CompletableFuture.supplyAsync(() -> readUntil(out, "Stop with"))
          .get(2, TimeUnit.MINUTES);
      String text = String.join("\n", banner);
      assertTrue(text.startsWith("polkg: serving " + storeDir.toAbsolutePath().normalize()
          + " (read-only; queries time out after 5 s)"), text + "\n" + Files.readString(stderr));
      Matcher url = Pattern.compile("SPARQL query: +(http://127\\.0\\.0\\.1:(\\d+)/polkg/sparql)")
          .matcher(text);
      assertTrue(url.find(), text);
      Matcher curl = Pattern.compile("curl -s (\\S+) --data-urlencode '(query=[^']+)' -H "
          + "'Accept: application/sparql-results\\+json'").matcher(text);
      assertTrue(curl.find(), text);
      assertEquals(url.group(1), curl.group(1));
      assertTrue(text.contains("Graph Store:    http://127.0.0.1:" + url.group(2)
          + "/polkg/data   (read only)"), text);

      // What the printed curl line sends, sent the same way (form-encoded POST).
      String query = curl.group(2).substring("query=".length());
      HttpResponse<String> r = postQuery(curl.group(1), query);
      assertEquals(200, r.statusCode(), r.body());
      Set<Map<String, Node>> rows = jsonRows(r.body());
      assertEquals(5, rows.size(), r.body());
      assertTrue(r.body().contains("Labour Party"), r.body());

      // While it serves, the store is locked: other commands say so in one line.
      CliTestSupport.Run locked = CliTestSupport.run("query", "--store", storeDir.toString(),
          "--sparql", "ASK {}");
      assertEquals(2, locked.exit());
      assertEquals(List.of("polkg: store " + storeDir.toAbsolutePath().normalize()
          + " is in use by another process (pid " + p.pid() + "); stop it (e.g. 'polkg serve')"
          + " or use another --store"), locked.err().lines().toList());

      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
      assertEquals(0, kill.waitFor());
      assertTrue(p.waitFor(2, TimeUnit.MINUTES), "serve did not stop on SIGINT");
      String rest = String.join("\n", readUntil(out, null));
      assertTrue(rest.contains("polkg: server stopped, store closed"), rest);
      assertEquals(130, p.exitValue()); // 128 + SIGINT
    } finally {
      p.destroyForcibly();
      p.waitFor(1, TimeUnit.MINUTES);
    }
    try (FactStore again = FactStore.open(storeDir)) {
      assertEquals(9L, again.stats().get("articles"));
    }
  }

  private static List<String> readUntil(BufferedReader in, String last) {
    List<String> lines = new ArrayList<>();
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
        if (last != null && line.startsWith(last)) {
          break;
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return lines;
  }

  @Test
  void portInUseAndMissingStoreAreOneLine() throws Exception {
    Path storeDir = tmp.resolve("store");
    FactStore.open(storeDir).close();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      CliTestSupport.Run r = CliTestSupport.run("serve", "--store", storeDir.toString(),
          "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(2, r.exit());
      List<String> lines = r.err().lines().filter(l -> l.startsWith("polkg:")).toList();
      assertEquals(1, lines.size(), r.err());
      assertTrue(lines.get(0).startsWith("polkg: cannot listen on 127.0.0.1:"
          + taken.getLocalPort() + ": "), r.err());
      assertTrue(!r.err().contains("Exception"), r.err());
    }
    CliTestSupport.Run none = CliTestSupport.run("serve", "--store",
        tmp.resolve("none").toString(), "--port", "0");
    assertEquals(2, none.exit());
    assertEquals(List.of("polkg: no store at " + tmp.resolve("none")
        + " (run 'polkg ingest' first, or give --store)"), none.err().lines().toList());
    CliTestSupport.Run badHost = CliTestSupport.run("serve", "--store", storeDir.toString(),
        "--port", "0", "--host", "no.such.host.invalid");
    assertEquals(2, badHost.exit());
    assertEquals(List.of("polkg: cannot listen on no.such.host.invalid:0: unknown host"),
        badHost.err().lines().filter(l -> l.startsWith("polkg:")).toList());
    CliTestSupport.Run badTimeout = CliTestSupport.run("serve", "--store", storeDir.toString(),
        "--timeout", "-1");
    assertEquals(2, badTimeout.exit());
    assertEquals(1, badTimeout.err().lines().count(), badTimeout.err());
    // The store is closed again: it opens.
    FactStore.open(storeDir).close();
  }
}
