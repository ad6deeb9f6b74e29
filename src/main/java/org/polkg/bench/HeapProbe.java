package org.polkg.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.polkg.pipeline.Progress;

/**
 * Measures the heap in use after a full garbage collection when an ingest passes given article
 * counts: if the ingest streams, the numbers stay flat as the count grows.
 */
final class HeapProbe implements AutoCloseable {
  /** Heap in use after GC when {@code articles} were done. */
  record Sample(long articles, long heapUsed) {}

  private final List<Sample> samples = new ArrayList<>();
  private final Thread thread;

  HeapProbe(Progress progress, List<Long> at) {
    thread = new Thread(() -> {
      int i = 0;
      while (i < at.size() && !Thread.currentThread().isInterrupted()) {
        long done = progress.done();
        if (done >= at.get(i)) {
          add(done);
          i++;
          continue;
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "polkg-heap-probe");
    thread.setDaemon(true);
    thread.start();
  }

  /** Takes a sample now. */
  synchronized void add(long articles) {
    samples.add(new Sample(articles, heapAfterGc()));
  }

  synchronized List<Sample> samples() {
    return List.copyOf(samples);
  }

  static long heapAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
