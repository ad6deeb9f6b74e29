package org.polkg.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far an ingest has got: articles done (stored, skipped as unchanged or failed) out of a
 * total that becomes known while the files are counted. Updated by the ingest threads, read by
 * whoever displays it.
 */
public final class Progress {
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong total = new AtomicLong(-1);
  private final long startNanos;

  public Progress() {
    this(System.nanoTime());
  }

  Progress(long startNanos) {
    this.startNanos = startNanos;
  }

  /** {@code n} more articles are done. */
  public void advance(long n) {
    done.addAndGet(n);
  }

  /** The number of articles the job will go through. */
  public void total(long n) {
    total.set(n);
  }

  public long done() {
    return done.get();
  }

  public Snapshot snapshot() {
    return new Snapshot(done.get(), total.get(), Duration.ofNanos(System.nanoTime() - startNanos));
  }

  /**
   * The progress at one moment.
   *
   * @param total -1 while unknown
   */
  public record Snapshot(long done, long total, Duration elapsed) {
    /** Articles per second so far. */
    public double rate() {
      double s = elapsed.toNanos() / 1e9;
      return s <= 0 ? 0 : done / s;
    }

    /** The time left at the current rate, when the total is known and there is a rate. */
    public java.util.Optional<Duration> eta() {
      double r = rate();
      if (total < 0 || r <= 0) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(Duration.ofSeconds(Math.round(Math.max(0, total - done) / r)));
    }

    /** {@code ingest: 1200/5000 articles, 41.2/s, eta 1m32s}. */
    public String line() {
      StringBuilder b = new StringBuilder("ingest: ").append(done);
      if (total >= 0) {
        b.append('/').append(total);
      }
      b.append(" articles, ").append(String.format(Locale.ROOT, "%.1f/s", rate()));
      eta().ifPresent(d -> b.append(", eta ").append(duration(d)));
      return b.toString();
    }
  }

  /** {@code 45s}, {@code 1m32s}, {@code 2h05m}. */
  public static String duration(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s < 60) {
      return s + "s";
    } else if (s < 3600) {
      return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
    }
    return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
  }
}
