package org.polkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.polkg.ingest.ArticleFiles;
import org.polkg.pipeline.FailureReport;
import org.polkg.pipeline.IngestJob;
import org.polkg.pipeline.ParallelIngest;
import org.polkg.pipeline.Pipeline;
import org.polkg.store.FactStore;
import org.polkg.store.RemoteGraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polkg ingest}: articles in, facts into the store or a running Fuseki. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads articles (.txt, .json, .jsonl, .html; directories recursively),",
        "extracts their facts and stores one named graph per article: in the local",
        "store, or with --endpoint in a running Fuseki ('polkg serve --update') or",
        "another SPARQL 1.1 Graph Store Protocol server."})
final class IngestCommand implements Callable<Integer> {
  /** The environment variable holding the password for --user. */
  static final String PASSWORD_ENV = "POLKG_PASSWORD";

  @Mixin
  StoreOption store;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "Send the graphs to this dataset instead of the store, e.g."
          + " http://127.0.0.1:3030/polkg: HTTP PUT to URL/data?graph=<article IRI>."
          + " A URL ending in /data is taken as the Graph Store service itself.")
  String endpoint;

  @Option(names = "--user", paramLabel = "NAME", description = "User for --endpoint (HTTP Basic).")
  String user;

  @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
      prompt = "password: ",
      description = "Password for --user; asked for when given without a value"
          + " (default: the environment variable " + PASSWORD_ENV + ").")
  char[] password;

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

  @Option(names = "--threads", paramLabel = "N",
      description = "Extraction threads for the local store (default: the number of"
          + " processors, here ${DEFAULT-VALUE}). Reading and writing have a thread each"
          + " besides; --endpoint sends the articles one at a time.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "auto (a bar on a terminal, else a line every --progress-every seconds),"
          + " bar, lines or none; on standard error. Local store only.")
  ProgressDisplay.Mode progress;

  @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "5",
      description = "Seconds between progress lines (default: ${DEFAULT-VALUE}).")
  double progressEvery;

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
    RemoteGraphStore remote = endpoint == null ? null : remote();
    if (remote == null) {
      checkLocal();
    } else if (spec.commandLine().getParseResult().hasMatchedOption("--threads")) {
      throw new UserException("--threads goes with the local store; --endpoint sends the"
          + " articles one at a time");
    }
    if (threads < 1) {
      throw new UserException("--threads: must be at least 1: " + threads);
    }
    if (!(progressEvery > 0)) {
      throw new UserException("--progress-every: must be a positive number of seconds: "
          + progressEvery);
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
    try (FailureReport r = openReport();
        FactStore fs = remote == null ? store.open() : null) {
      if (remote == null) {
        s = LocalIngest.run(fs, new ArticleFiles(maxBytes), new ParallelIngest.Settings(
            defaultDate, minConfidence, threads, ParallelIngest.Settings.DEFAULT_BATCH_ARTICLES,
            ParallelIngest.Settings.DEFAULT_BATCH_INTERVAL, failFast, maxArticleChars),
            progress, Duration.ofMillis(Math.round(progressEvery * 1000)), out, err, verbose,
            Optional.ofNullable(r), paths);
      } else {
        IngestJob job = new IngestJob(Pipeline.load(), new ArticleFiles(maxBytes), remote,
            new IngestJob.Settings(defaultDate, minConfidence, failFast, maxArticleChars),
            new IngestConsole(out, err, verbose, Optional.ofNullable(r)));
        s = job.run(paths);
      }
    } catch (IOException e) {
      throw new UserException("--report: cannot write " + report + ": " + e.getMessage());
    }
    out.printf("articles ingested: %d%n", s.articles());
    out.printf("articles unchanged (skipped): %d%n", s.skipped());
    if (remote != null) {
      out.printf("articles not sent: %d%n", s.notStored());
    }
    out.printf("files or lines failed: %d%n", s.failed());
    out.printf("facts: %d%n", s.facts());
    for (Map.Entry<String, Integer> e : s.factsByKind().entrySet()) {
      out.printf("  %-32s %d%n", e.getKey(), e.getValue());
    }
    out.printf("triples written: %d%n", s.triples());
    if (s.stopped()) {
      out.println(failFast
          ? "stopped at the first failure (--fail-fast): later files were not read"
          : "stopped: the store failed; later articles were not ingested");
    }
    if (!s.elapsed().isZero()) {
      double secs = s.elapsed().toNanos() / 1e9;
      out.printf(java.util.Locale.ROOT, "elapsed: %.1f s, %.1f articles/s%n", secs,
          (s.articles() + s.skipped()) / Math.max(secs, 1e-9));
    }
    if (remote != null) {
      out.printf("endpoint: %s%n", remote.graphStore());
    } else {
      out.printf("store: %s%n", store.store.toAbsolutePath().normalize());
    }
    return s.failed() > 0 ? Main.SOME_FAILED : 0;
  }

  /** The --report file, created empty, or null when there is none. */
  private FailureReport openReport() throws IOException {
    return report == null ? null : FailureReport.create(report);
  }

  /** The remote sink of --endpoint, with its credentials checked. */
  private RemoteGraphStore remote() {
    if (spec.commandLine().getParseResult().hasMatchedOption("--store")) {
      throw new UserException("give either --store or --endpoint, not both");
    }
    URI gsp;
    try {
      gsp = RemoteGraphStore.graphStoreUrl(endpoint);
    } catch (IllegalArgumentException e) {
      throw new UserException("--endpoint: " + e.getMessage());
    }
    Optional<RemoteGraphStore.Credentials> credentials = Optional.empty();
    if (user != null) {
      String pw = password != null ? new String(password) : System.getenv(PASSWORD_ENV);
      if (pw == null) {
        throw new UserException("--user " + user + " needs a password: give --password or set "
            + PASSWORD_ENV);
      }
      credentials = Optional.of(new RemoteGraphStore.Credentials(user, pw));
    } else if (password != null) {
      throw new UserException("--password needs --user");
    }
    return new RemoteGraphStore(gsp, credentials);
  }

  /** Refuses --user and --password without --endpoint: they would be ignored. */
  private void checkLocal() {
    if (user != null || password != null) {
      throw new UserException("--user and --password go with --endpoint");
    }
  }
}
