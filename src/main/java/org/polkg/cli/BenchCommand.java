package org.polkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.polkg.bench.Bench;
import org.polkg.bench.BenchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code polkg bench}: throughput against bare OpenNLP, query latency, heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Generates a corpus and measures, with one thread count: (a) bare OpenNLP",
        "(sentences, tokens, POS, chunks), (b) polkg extraction without a store, (c) polkg",
        "ingest into a fresh TDB2 store, and re-ingest unchanged; then the p50/p95 latency",
        "of every contract query on a larger store and the heap after GC while it is",
        "ingested. Takes minutes: run it on a quiet machine."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--count", paramLabel = "N", defaultValue = "2000",
      description = "Articles for the throughput runs (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--threads", paramLabel = "T",
      description = "Threads for (a), (b) and (c) (default: the number of processors, here"
          + " ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--queries-store-size", paramLabel = "N", defaultValue = "10000",
      description = "Articles in the store the queries run on (default: ${DEFAULT-VALUE}).")
  int queriesStoreSize;

  @Option(names = "--query-runs", paramLabel = "N", defaultValue = "20",
      description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
  int queryRuns;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
      description = "Times (a), (b) and (c) are each measured, taking turns; the median is"
          + " reported (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--work-dir", paramLabel = "DIR",
      description = "Where corpora and stores go (default: a temporary directory).")
  Path workDir;

  @Option(names = "--keep", description = "Keep the corpora and stores afterwards.")
  boolean keep;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (count < 1 || threads < 1 || queriesStoreSize < 1 || queryRuns < 1 || rounds < 1) {
      throw new UserException("--count, --threads, --queries-store-size, --query-runs and"
          + " --rounds must be at least 1");
    }
    Path dir = workDir;
    if (dir == null) {
      dir = Files.createTempDirectory("polkg-bench-");
    } else if (Files.exists(dir)) {
      throw new UserException("--work-dir " + dir + " exists; give a new directory");
    }
    PrintWriter err = spec.commandLine().getErr();
    BenchReport r = new Bench(new Bench.Settings(count, threads, queriesStoreSize, seed,
        queryRuns, rounds, dir, keep), line -> {
          err.println("bench: " + line);
          err.flush();
        }).run();
    PrintWriter out = spec.commandLine().getOut();
    out.print(r.table());
    out.flush();
    if (keep) {
      err.println("bench: kept " + dir.toAbsolutePath());
    }
    return 0;
  }
}
