package org.polkg.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads N-Quads or TriG files (an export of a store, or the output of extraction workers) with
 * the TDB2 bulk loader, which builds the indexes in phases rather than adding statement by
 * statement. The files must hold named graphs: the store's queries see the union of its named
 * graphs, so triples outside a graph would be invisible.
 */
public final class BulkLoad {
  private BulkLoad() {}

  /** The TDB2 loaders (see Jena's tdb2.tdbloader --loader). */
  public enum Kind {
    /** Parses into the dataset in one transaction; least memory. */
    basic,
    /** Data phase, then the indexes in two more phases: a few threads. */
    phased,
    /** All indexes at once: a thread per index, for many cores. */
    parallel
  }

  /** What a load did. */
  public record Result(long quads, long triples, Duration elapsed) {
    public double quadsPerSecond() {
      double s = elapsed.toNanos() / 1e9;
      return s <= 0 ? 0 : quads / s;
    }
  }

  /** A file that cannot be loaded, described in one line. */
  public static final class LoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LoadException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Whether {@code file}'s name says N-Quads or TriG (optionally gzipped). */
  public static boolean isQuadFile(Path file) {
    Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
    return lang != null && RDFLanguages.isQuads(lang);
  }

  /**
   * Loads {@code files} into {@code store}. The loader's own progress lines go to
   * {@code monitor}.
   *
   * @throws LoadException when a file cannot be parsed; the load is then abandoned and the
   *     store keeps what it held before
   */
  public static Result load(FactStore store, List<Path> files, Kind kind,
      Consumer<String> monitor) {
    // Every file is parsed once before the loader starts: a parse error found while the loader's
    // threads run leaves them racing the abandoned transaction (they print stack traces), and
    // parsing costs a few per cent of loading.
    for (Path f : files) {
      try {
        RDFParser.source(f).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
            .parse(StreamRDFLib.sinkNull());
      } catch (RuntimeException e) {
        throw new LoadException(f + ": " + firstLine(String.valueOf(e.getMessage())), e);
      }
    }
    DatasetGraph dsg = store.dataset().asDatasetGraph();
    org.apache.jena.system.progress.MonitorOutput out =
        (fmt, args) -> monitor.accept(String.format(Locale.ROOT, fmt, args));
    DataLoader loader = switch (kind) {
      case basic -> LoaderFactory.basicLoader(dsg, out);
      case phased -> LoaderFactory.phasedLoader(dsg, out);
      case parallel -> LoaderFactory.parallelLoader(dsg, out);
    };
    long start = System.nanoTime();
    loader.startBulk();
    try {
      for (Path f : files) {
        // Parsed here rather than by loader.load(...) so that errors are thrown, not logged.
        RDFParser.source(f).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
            .parse(loader.stream());
      }
      loader.finishBulk();
    } catch (RuntimeException e) {
      loader.finishException(e);
      throw new LoadException(firstLine(String.valueOf(e.getMessage())), e);
    }
    return new Result(loader.countQuads(), loader.countTriples(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Named graphs and quads in the store. */
  public record Counts(long graphs, long quads) {}

  public static Counts counts(FactStore store) {
    DatasetGraph dsg = store.dataset().asDatasetGraph();
    return Txn.calculateRead(dsg, () -> {
      long graphs = 0;
      for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) {
        graphs++;
      }
      long quads = 0;
      for (var it = dsg.find(); it.hasNext(); it.next()) {
        quads++;
      }
      return new Counts(graphs, quads);
    });
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
