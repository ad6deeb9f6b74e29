package org.polkg.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.polkg.serve.GraphServer;
import org.polkg.serve.ServeSettings;
import org.polkg.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code polkg serve}: the store as a SPARQL endpoint (embedded Fuseki) until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
        "Serves the store over HTTP with Fuseki, as dataset /polkg: SPARQL query at",
        "/polkg/sparql (and /polkg/query), Graph Store Protocol reads at /polkg/data.",
        "The default graph is the union of the article graphs. With --update, also",
        "SPARQL Update at /polkg/update and Graph Store writes (for 'polkg ingest",
        "--endpoint'). Answers CORS, so browser SPARQL editors such as YASGUI can",
        "query it. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Option(names = "--port", defaultValue = "3030",
      description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = ServeSettings.LOOPBACK,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--update",
      description = "Allow SPARQL Update and Graph Store writes (default: read-only).")
  boolean update;

  @Mixin
  TimeoutOption timeout;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new UserException("--port: not a port number (0-65535): " + port);
    }
    ServeSettings settings = new ServeSettings(host, port, update, timeout.duration());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FactStore fs = update ? store.open() : store.openExisting();
    GraphServer server;
    try {
      server = GraphServer.start(fs.dataset().asDatasetGraph(), settings);
    } catch (GraphServer.StartException e) {
      fs.close();
      throw new UserException(e.getMessage());
    }
    AtomicBoolean stopped = new AtomicBoolean();
    Runnable stop = () -> {
      if (stopped.compareAndSet(false, true)) {
        server.close();
        fs.close();
        out.println("polkg: server stopped, store closed");
        out.flush();
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "polkg-serve-stop"));
    if (!isLoopback(host)) {
      err.println("polkg: warning: listening on " + host + ": anyone who can reach it can query"
          + (update ? " and change" : "") + " the store");
    }
    out.print(banner(server, fs));
    out.flush();
    err.flush();
    server.join();
    stop.run();
    return 0;
  }

  static String banner(GraphServer server, FactStore fs) {
    ServeSettings s = server.settings();
    String limit = s.queryTimeout().isZero() ? "no query timeout"
        : "queries time out after " + seconds(s.queryTimeout().toMillis());
    String ds = "/" + GraphServer.DATASET;
    StringBuilder b = new StringBuilder();
    b.append("polkg: serving ").append(fs.directory().toAbsolutePath().normalize())
        .append(" (").append(s.update() ? "read-write" : "read-only").append("; ").append(limit)
        .append(")\n");
    b.append("  SPARQL query:   ").append(server.queryUrl()).append("   (also ").append(ds)
        .append("/query)\n");
    b.append("  Graph Store:    ").append(server.dataUrl())
        .append(s.update() ? "   (read and write)\n" : "   (read only)\n");
    if (s.update()) {
      b.append("  SPARQL update:  ").append(server.updateUrl()).append('\n');
      b.append("  Load articles:  polkg ingest --endpoint ").append(server.datasetUrl())
          .append(" PATH...\n");
    }
    b.append("Try:\n  curl -s ").append(server.queryUrl()).append(" --data-urlencode '")
        .append("query=PREFIX polkg: <https://w3id.org/polkg/ns#> ")
        .append("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ")
        .append("SELECT ?person ?organization WHERE { ?p polkg:resignedFrom ?o . ")
        .append("?p rdfs:label ?person . ?o rdfs:label ?organization } LIMIT 5'")
        .append(" -H 'Accept: application/sparql-results+json'\n");
    b.append("Stop with Ctrl-C.\n");
    return b.toString();
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? (millis / 1000) + " s" : (millis / 1000.0) + " s";
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
