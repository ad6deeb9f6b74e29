package org.polkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFFormat;
import org.polkg.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code polkg export}: the store as an RDF file. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the store. turtle: the union of all article graphs;",
        "trig and nquads keep one named graph per article; jsonld keeps them too."})
final class ExportCommand implements Callable<Integer> {
  enum Format { turtle, trig, nquads, jsonld }

  @Mixin
  StoreOption store;

  @Option(names = "--format", defaultValue = "turtle",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: stdout).")
  Path output;

  @Override
  public Integer call() throws IOException {
    RDFFormat rdf = switch (format) {
      case turtle -> RDFFormat.TURTLE_BLOCKS;
      case trig -> RDFFormat.TRIG_BLOCKS;
      case nquads -> RDFFormat.NQUADS;
      case jsonld -> RDFFormat.JSONLD11;
    };
    try (FactStore fs = store.openExisting()) {
      if (output == null) {
        OutputStream out = new BufferedOutputStream(System.out);
        fs.export(rdf, out);
        out.flush();
      } else {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
          fs.export(rdf, out);
        }
      }
    }
    return 0;
  }
}
