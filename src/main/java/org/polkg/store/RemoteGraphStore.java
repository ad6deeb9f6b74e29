package org.polkg.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.polkg.pipeline.GraphSink;
import org.polkg.rdf.POLKG;
import org.polkg.rdf.RdfMapper.ArticleGraph;

/**
 * Article graphs stored in a running Fuseki, or any server speaking the SPARQL 1.1 Graph Store
 * HTTP Protocol: one named graph per article, written with {@code PUT <data>?graph=<article>}
 * (which replaces it) and read back with {@code GET} to see whether it is unchanged.
 *
 * <p>The endpoint is given as a Fuseki dataset URL ({@code http://host:3030/polkg}); its Graph
 * Store service is {@code <dataset>/data}. A URL already ending in {@code /data} is taken as the
 * Graph Store service itself.
 */
public final class RemoteGraphStore implements GraphSink {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
      Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
      Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
      Map.entry(409, "Conflict"), Map.entry(413, "Content Too Large"),
      Map.entry(415, "Unsupported Media Type"), Map.entry(500, "Internal Server Error"),
      Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Gateway Timeout"));

  /** A user name and password for HTTP Basic authentication. */
  public record Credentials(String user, String password) {
    String header() {
      return "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return "Credentials[user=" + user + "]";
    }
  }

  private final URI graphStore;
  private final Optional<Credentials> credentials;
  private final HttpClient http;

  public RemoteGraphStore(URI graphStore, Optional<Credentials> credentials) {
    this.graphStore = graphStore;
    this.credentials = credentials;
    this.http = HttpClient.newBuilder()
        .connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /**
   * The Graph Store service of an endpoint URL: {@code <dataset>/data}, or the URL itself when it
   * ends in {@code /data}. Refuses what is not an absolute http(s) URL without query or fragment.
   */
  public static URI graphStoreUrl(String endpoint) {
    URI u;
    try {
      u = new URI(endpoint.strip());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + endpoint);
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + endpoint);
    }
    if (u.getRawQuery() != null || u.getRawFragment() != null) {
      throw new IllegalArgumentException("give the dataset URL without ?query or #fragment: "
          + endpoint);
    }
    String s = u.toString().replaceAll("/+$", "");
    if (!s.endsWith("/data")) {
      s += "/data";
    }
    return URI.create(s);
  }

  public URI graphStore() {
    return graphStore;
  }

  @Override
  public Optional<String> contentHash(String graphName) throws SinkException {
    HttpRequest req = request(graphName)
        .header("Accept", "application/n-triples, text/turtle;q=0.9")
        .GET()
        .build();
    HttpResponse<byte[]> resp = send(req);
    if (resp.statusCode() == 404) {
      return Optional.empty(); // no such graph yet (a missing dataset shows when storing)
    }
    if (resp.statusCode() != 200) {
      throw refused(resp.statusCode());
    }
    Lang lang = resp.headers().firstValue("Content-Type")
        .map(ct -> RDFLanguages.contentTypeToLang(ct.split(";")[0].strip()))
        .orElse(Lang.TURTLE);
    Model m = ModelFactory.createDefaultModel();
    try {
      RDFParser.source(new ByteArrayInputStream(resp.body())).lang(lang == null ? Lang.TURTLE
          : lang).parse(m);
    } catch (RiotException e) {
      throw new SinkException("the server sent a graph that is not RDF at " + graphStore
          + ": " + e.getMessage(), e);
    }
    var hashes = m.listObjectsOfProperty(m.createResource(graphName), POLKG.contentHash);
    return hashes.hasNext() ? Optional.of(hashes.next().asLiteral().getLexicalForm())
        : Optional.empty();
  }

  @Override
  public void put(ArticleGraph graph) throws SinkException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    RDFDataMgr.write(body, graph.model(), RDFFormat.TURTLE_BLOCKS);
    HttpRequest req = request(graph.graphName())
        .header("Content-Type", "text/turtle; charset=utf-8")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    int status = send(req).statusCode();
    if (status != 200 && status != 201 && status != 204) {
      throw refused(status);
    }
  }

  private HttpRequest.Builder request(String graphName) {
    URI uri = URI.create(graphStore + "?graph="
        + URLEncoder.encode(graphName, StandardCharsets.UTF_8));
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
    credentials.ifPresent(c -> b.header("Authorization", c.header()));
    return b;
  }

  private HttpResponse<byte[]> send(HttpRequest req) throws SinkException {
    try {
      return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException e) {
      throw new SinkException("server unreachable at " + graphStore + ": no connection within "
          + CONNECT_TIMEOUT.toSeconds() + " s", e);
    } catch (HttpTimeoutException e) {
      throw new SinkException("no answer from " + graphStore + " within "
          + REQUEST_TIMEOUT.toSeconds() + " s", e);
    } catch (ConnectException e) {
      throw new SinkException("server unreachable at " + graphStore + ": connection refused", e);
    } catch (IOException e) {
      throw new SinkException("server unreachable at " + graphStore + ": " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SinkException("interrupted while talking to " + graphStore, e);
    }
  }

  private SinkException refused(int status) {
    String reason = REASONS.getOrDefault(status, "");
    String hint = switch (status) {
      case 401, 403 -> credentials.isEmpty() ? " (give --user and --password)"
          : " (check --user and --password)";
      case 404 -> " (is the dataset name right?)";
      case 405 -> " (is the dataset read-only? 'polkg serve' needs --update)";
      default -> "";
    };
    return new SinkException("server answered " + status + (reason.isEmpty() ? "" : " " + reason)
        + " at " + graphStore + hint, null);
  }

  private static String describe(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }
}
