package org.polkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.google.common.base.Suppliers;
import org.polkg.ingest.ArticleFiles;
import org.polkg.pipeline.IngestJob;
import org.polkg.pipeline.ParallelIngest;
import org.polkg.pipeline.Pipeline;
import org.polkg.pipeline.Progress;
import org.polkg.store.FactStore;
import org.polkg.store.StoreBatches;

/** Wires {@code polkg ingest} into the local store: the parallel ingest and its progress. */
final class LocalIngest {
  private LocalIngest() {}

  static IngestJob.Summary run(FactStore store, ArticleFiles files,
      ParallelIngest.Settings settings, ProgressDisplay.Mode mode, Duration every,
      PrintWriter err, List<Path> paths) {
    Progress progress = new Progress();
    try (ProgressDisplay display = ProgressDisplay.start(mode, progress, err, every)) {
      ParallelIngest job = new ParallelIngest(Suppliers.memoize(Pipeline::load), files,
          new StoreBatches(store), settings, line -> display.message("error: " + line),
          progress);
      return job.run(paths);
    }
  }
}
