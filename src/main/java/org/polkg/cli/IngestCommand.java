package org.polkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.polkg.ingest.ArticleFiles;
import org.polkg.pipeline.IngestJob;
import org.polkg.pipeline.Pipeline;
import org.polkg.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polkg ingest}: articles in, facts into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads articles (.txt, .json, .jsonl, .html; directories recursively),",
        "extracts their facts and stores one named graph per article."})
final class IngestCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none (relative dates need one).")
  String date;

  @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
      description = "Keep only facts with confidence >= X (0..1).")
  double minConfidence;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "52428800",
      description = "Refuse files larger than N bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories.")
  List<Path> paths;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Optional<LocalDate> defaultDate = Optional.empty();
    if (date != null) {
      try {
        defaultDate = Optional.of(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        throw new UserException("--date: not a date (yyyy-mm-dd): " + date);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = Pipeline.load();
    IngestJob.Summary s;
    try (FactStore fs = store.open()) {
      IngestJob job = new IngestJob(pipeline, new ArticleFiles(maxBytes), fs, defaultDate,
          minConfidence, line -> {
            err.println("error: " + line);
            err.flush();
          });
      s = job.run(paths);
    }
    out.printf("articles ingested: %d%n", s.articles());
    out.printf("articles unchanged (skipped): %d%n", s.skipped());
    out.printf("files or lines failed: %d%n", s.failed());
    for (Map.Entry<String, Integer> e : s.factsByKind().entrySet()) {
      out.printf("  %-32s %d%n", e.getKey(), e.getValue());
    }
    out.printf("triples written: %d%n", s.triples());
    out.printf("store: %s%n", store.store.toAbsolutePath().normalize());
    return s.failed() > 0 ? Main.SOME_FAILED : 0;
  }
}
