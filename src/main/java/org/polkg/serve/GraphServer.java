package org.polkg.serve;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The store over HTTP: an embedded Fuseki with one dataset, {@code /polkg}. SPARQL query at
 * {@code /polkg/sparql} and {@code /polkg/query} (and on the dataset URL), Graph Store Protocol
 * reads at {@code /polkg/data} (and {@code /polkg/get}). With update allowed, also SPARQL Update
 * at {@code /polkg/update} and Graph Store writes at {@code /polkg/data}; without, those are
 * refused. CORS is answered so that browser SPARQL editors on other origins can query. Queries
 * running past the timeout are cancelled (HTTP 503) without disturbing the others.
 */
public final class GraphServer implements AutoCloseable {
  /** The dataset name: the path under the server root. */
  public static final String DATASET = "polkg";

  private final FusekiServer server;
  private final ServeSettings settings;

  private GraphServer(FusekiServer server, ServeSettings settings) {
    this.server = server;
    this.settings = settings;
  }

  /** A server that could not start (port in use, unknown host), described in one line. */
  public static final class StartException extends Exception {
    private static final long serialVersionUID = 1L;

    StartException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Builds and starts the server over {@code dataset}. */
  public static GraphServer start(DatasetGraph dataset, ServeSettings settings)
      throws StartException {
    FusekiServer server = FusekiServer.create()
        .add("/" + DATASET, dataService(dataset, settings))
        .port(settings.port())
        .enableCors(true, null)
        .enablePing(true)
        .verbose(false)
        .build();
    for (Connector c : server.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setHost(settings.host());
      }
    }
    try {
      server.start();
    } catch (RuntimeException e) {
      server.stop();
      throw new StartException("cannot listen on " + settings.host() + ":" + settings.port()
          + ": " + rootMessage(e), e);
    }
    return new GraphServer(server, settings);
  }

  /** The endpoints; each carries the query timeout in its context, where Fuseki looks for it. */
  static DataService dataService(DatasetGraph dataset, ServeSettings settings) {
    Context cxt = new Context();
    if (!settings.queryTimeout().isZero()) {
      cxt.set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
    }
    List<Endpoint> endpoints = new ArrayList<>();
    endpoints.add(endpoint(Operation.Query, "sparql", cxt));
    endpoints.add(endpoint(Operation.Query, "query", cxt));
    endpoints.add(endpoint(Operation.Query, null, cxt));
    endpoints.add(endpoint(Operation.GSP_R, "get", cxt));
    if (settings.update()) {
      endpoints.add(endpoint(Operation.GSP_RW, "data", cxt));
      endpoints.add(endpoint(Operation.GSP_RW, null, cxt));
      endpoints.add(endpoint(Operation.Update, "update", cxt));
      endpoints.add(endpoint(Operation.Update, null, cxt));
    } else {
      endpoints.add(endpoint(Operation.GSP_R, "data", cxt));
      endpoints.add(endpoint(Operation.GSP_R, null, cxt));
    }
    DataService.Builder b = DataService.newBuilder(dataset);
    endpoints.forEach(b::addEndpoint);
    return b.build();
  }

  private static Endpoint endpoint(Operation op, String name, Context cxt) {
    return Endpoint.create().operation(op).endpointName(name).context(cxt).build();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    if (t instanceof java.nio.channels.UnresolvedAddressException
        || t instanceof java.net.UnknownHostException) {
      return "unknown host";
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  public ServeSettings settings() {
    return settings;
  }

  /** The port listened on (the chosen one when asked for port 0). */
  public int port() {
    return server.getHttpPort();
  }

  /** {@code http://host:port}, with a wildcard address shown as loopback. */
  public String serverUrl() {
    String host = settings.host();
    if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
      host = ServeSettings.LOOPBACK;
    } else if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port();
  }

  public String datasetUrl() {
    return serverUrl() + "/" + DATASET;
  }

  public String queryUrl() {
    return datasetUrl() + "/sparql";
  }

  public String dataUrl() {
    return datasetUrl() + "/data";
  }

  public String updateUrl() {
    return datasetUrl() + "/update";
  }

  /** Waits until the server stops. */
  public void join() {
    server.join();
  }

  /** Stops the server; the dataset stays open (its owner closes it). */
  @Override
  public void close() {
    server.stop();
  }
}
