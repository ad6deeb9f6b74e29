package org.polkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.polkg.serve.FusekiConfigFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code polkg fuseki-config}: a configuration file for a standalone Fuseki over the store. */
@Command(name = "fuseki-config", mixinStandardHelpOptions = true,
    description = {"Writes a Fuseki configuration (Turtle) serving the store read-only as",
        "/polkg with the endpoints and query timeout of 'polkg serve', for",
        "'fuseki-server --config FILE'. Stop any 'polkg serve' or 'polkg ingest' on",
        "the store first: a TDB2 store is used by one process at a time."})
final class FusekiConfigCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Output file (default: stdout).")
  Path output;

  @Mixin
  TimeoutOption timeout;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    String text = FusekiConfigFile.text(store.store, timeout.duration());
    Path abs = store.store.toAbsolutePath().normalize();
    if (!Files.isDirectory(store.store)) {
      err.println("polkg: warning: no store at " + abs + " yet (Fuseki would create an empty one;"
          + " run 'polkg ingest' first)");
    }
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new UserException("-o: no such directory: " + parent);
      }
      Files.writeString(output, text, StandardCharsets.UTF_8);
      err.println("polkg: wrote " + output + "; run: fuseki-server --config " + output);
    }
    err.flush();
    return 0;
  }
}
