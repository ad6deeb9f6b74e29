package org.polkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.google.common.base.Suppliers;
import org.polkg.ingest.ArticleFiles;
import org.polkg.pipeline.FailureReport;
import org.polkg.pipeline.IngestJob;
import org.polkg.pipeline.ParallelIngest;
import org.polkg.pipeline.Pipeline;
import org.polkg.pipeline.Progress;
import org.polkg.store.FactStore;
import org.polkg.store.StoreBatches;

/**
 * Wires {@code polkg ingest} into the local store: the parallel ingest, its progress, and what
 * it tells the user (through the progress display, so that lines do not tear a progress bar).
 */
final class LocalIngest {
  private LocalIngest() {}

  static IngestJob.Summary run(FactStore store, ArticleFiles files,
      ParallelIngest.Settings settings, ProgressDisplay.Mode mode, Duration every,
      PrintWriter out, PrintWriter err, boolean verbose, Optional<FailureReport> report,
      List<Path> paths) {
    Progress progress = new Progress();
    try (ProgressDisplay display = ProgressDisplay.start(mode, progress, err, every)) {
      IngestConsole console = new IngestConsole(line -> display.message(out, line),
          display::message, verbose, report);
      ParallelIngest job = new ParallelIngest(Suppliers.memoize(Pipeline::load), files,
          new StoreBatches(store), settings, console, progress);
      return job.run(paths);
    }
  }
}
