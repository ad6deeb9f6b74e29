package org.polkg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.polkg.ingest.Article;

/** Runs a per-article function over articles in memory with a number of threads. */
final class Throughput {
  private Throughput() {}

  /** Articles processed and the wall-clock time it took. */
  record Measure(int articles, Duration elapsed) {
    double perSecond() {
      double s = elapsed.toNanos() / 1e9;
      return s <= 0 ? 0 : articles / s;
    }
  }

  /** Applies {@code work} to every article, {@code threads} at a time; returns the time. */
  static Measure run(List<Article> articles, int threads, Consumer<Article> work) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    List<Thread> pool = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      Thread th = new Thread(() -> {
        for (int i = next.getAndIncrement(); i < articles.size() && failure.get() == null;
            i = next.getAndIncrement()) {
          try {
            work.accept(articles.get(i));
          } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
          }
        }
      }, "polkg-bench-" + t);
      pool.add(th);
      th.start();
    }
    for (Thread th : pool) {
      try {
        th.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return new Measure(articles.size(), Duration.ofNanos(System.nanoTime() - start));
  }
}
