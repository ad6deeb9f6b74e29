package org.polkg.pipeline;

/**
 * Hears what an ingest ({@link IngestJob}, {@link ParallelIngest}) does, in reading order, from
 * one thread at a time.
 */
public interface IngestListener {
  /** A file, or one line of it, was not ingested. */
  void failed(Failure failure);

  /** Something is wrong with a file that was still ingested (such as invalid UTF-8). */
  default void warned(Failure warning) {}

  /** An article's graph was stored (committed) under {@code graphName}. */
  default void stored(String source, String graphName) {}
}
