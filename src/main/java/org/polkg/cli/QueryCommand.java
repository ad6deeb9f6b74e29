package org.polkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.polkg.rdf.Prefixes;
import org.polkg.store.FactStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polkg query}: SPARQL over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Runs a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the union of all",
        "article graphs. The polkg, person, orgid, foaf, skos, rdfs... prefixes are predeclared."})
final class QueryCommand implements Callable<Integer> {
  enum Format { table, csv, tsv, json }

  @Mixin
  StoreOption store;

  @Option(names = "--format", defaultValue = "table",
      description = "Result format for SELECT/ASK: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  static final class Source {
    @Parameters(paramLabel = "FILE.rq", arity = "1", description = "A file holding the query.")
    Path file;

    @Option(names = "--sparql", paramLabel = "TEXT", description = "The query text.")
    String text;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String sparql = source.text;
    if (sparql == null) {
      if (!Files.isReadable(source.file)) {
        throw new UserException("cannot read query file " + source.file);
      }
      sparql = Files.readString(source.file, StandardCharsets.UTF_8);
    }
    Query query;
    try {
      query = FactStore.parse(sparql);
    } catch (QueryException e) {
      String where = source.file != null ? source.file + ": " : "";
      throw new UserException(where + "SPARQL syntax error: " + e.getMessage().split("\n")[0]);
    }
    spec.commandLine().getOut().flush();
    PrintStream out = new PrintStream(new NonClosing(System.out), false, StandardCharsets.UTF_8);
    try (FactStore fs = store.openExisting()) {
      fs.query(query, qe -> {
        if (query.isSelectType()) {
          ResultSet rs = qe.execSelect();
          switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(out, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
            case json -> ResultSetFormatter.outputAsJSON(out, rs);
            default -> ResultSetFormatter.out(out, rs, Prefixes.standard());
          }
        } else if (query.isAskType()) {
          boolean b = qe.execAsk();
          switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(out, b);
            case tsv -> ResultSetFormatter.outputAsTSV(out, b);
            case json -> ResultSetFormatter.outputAsJSON(out, b);
            default -> out.println(b ? "yes" : "no");
          }
        } else {
          Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
          m.setNsPrefixes(Prefixes.standard());
          RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
        }
        return null;
      });
    }
    out.flush();
    return 0;
  }

  /** Keeps System.out open when the print stream wrapping it is done. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
