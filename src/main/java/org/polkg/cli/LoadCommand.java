package org.polkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.polkg.store.BulkLoad;
import org.polkg.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polkg load}: N-Quads or TriG into the store with the TDB2 bulk loader. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Loads N-Quads (.nq) or TriG (.trig) files, such as 'polkg export",
        "--format nquads', into the store with the TDB2 bulk loader. Quads are added: load",
        "into a fresh store to copy one, as graphs already there are not replaced."})
final class LoadCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Option(names = "--loader", paramLabel = "KIND", defaultValue = "phased",
      description = "${COMPLETION-CANDIDATES}: the TDB2 loader (default: ${DEFAULT-VALUE};"
          + " parallel wants many cores).")
  BulkLoad.Kind loader;

  @Option(names = {"-v", "--verbose"}, description = "Print the loader's progress lines.")
  boolean verbose;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "N-Quads or TriG files"
      + " (.nq, .trig, optionally .gz).")
  List<Path> files;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new UserException(f + ": no such file");
      }
      if (!BulkLoad.isQuadFile(f)) {
        throw new UserException(f + ": load takes N-Quads (.nq) or TriG (.trig); the store"
            + " keeps one named graph per article and triples outside a graph would not be"
            + " queried");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (FactStore fs = store.open()) {
      BulkLoad.Result r;
      try {
        r = BulkLoad.load(fs, files, loader, line -> {
          if (verbose) {
            err.println(line);
            err.flush();
          }
        });
      } catch (BulkLoad.LoadException e) {
        throw new UserException("load failed, nothing loaded: " + e.getMessage());
      }
      BulkLoad.Counts c = BulkLoad.counts(fs);
      out.printf(Locale.ROOT, "quads loaded: %d (%d files, %.1f s, %.0f quads/s, %s loader)%n",
          r.quads(), files.size(), r.elapsed().toNanos() / 1e9, r.quadsPerSecond(), loader);
      out.printf("store graphs: %d%n", c.graphs());
      out.printf("store quads: %d%n", c.quads());
      out.printf("store: %s%n", store.store.toAbsolutePath().normalize());
    }
    return 0;
  }
}
