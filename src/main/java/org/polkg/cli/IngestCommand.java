package org.polkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.polkg.ingest.ArticleFiles;
import org.polkg.pipeline.FailureReport;
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

  @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "1000000",
      description = "Refuse articles whose text is longer than N characters (default: ${DEFAULT-VALUE}).")
  int maxArticleChars;

  @Option(names = "--fail-fast",
      description = "Stop at the first file (or JSON line) that fails; later files are not read.")
  boolean failFast;

  @Option(names = "--report", paramLabel = "FILE.jsonl",
      description = "Write one JSON record per failed file or line: path, line (0 when none), reason.")
  Path report;

  @Option(names = {"-v", "--verbose"}, description = "Print a line per article stored.")
  boolean verbose;

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
    if (maxBytes <= 0) {
      throw new UserException("--max-bytes: must be a positive number of bytes: " + maxBytes);
    }
    if (maxArticleChars <= 0) {
      throw new UserException("--max-article-chars: must be a positive number: "
          + maxArticleChars);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new UserException("--min-confidence: must be between 0 and 1: " + minConfidence);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestJob.Summary s;
    try (FailureReport r = openReport(); FactStore fs = store.open()) {
      Pipeline pipeline = Pipeline.load();
      IngestJob job = new IngestJob(pipeline, new ArticleFiles(maxBytes), fs,
          new IngestJob.Settings(defaultDate, minConfidence, failFast, maxArticleChars),
          new IngestConsole(out, err, verbose, Optional.ofNullable(r)));
      s = job.run(paths);
    } catch (IOException e) {
      throw new UserException("--report: cannot write " + report + ": " + e.getMessage());
    }
    out.printf("articles ingested: %d%n", s.articles());
    out.printf("articles unchanged (skipped): %d%n", s.skipped());
    out.printf("files or lines failed: %d%n", s.failed());
    for (Map.Entry<String, Integer> e : s.factsByKind().entrySet()) {
      out.printf("  %-32s %d%n", e.getKey(), e.getValue());
    }
    out.printf("triples written: %d%n", s.triples());
    if (s.stopped()) {
      out.println("stopped at the first failure (--fail-fast): later files were not read");
    }
    out.printf("store: %s%n", store.store.toAbsolutePath().normalize());
    return s.failed() > 0 ? Main.SOME_FAILED : 0;
  }

  /** The --report file, created empty, or null when there is none. */
  private FailureReport openReport() throws IOException {
    return report == null ? null : FailureReport.create(report);
  }
}
