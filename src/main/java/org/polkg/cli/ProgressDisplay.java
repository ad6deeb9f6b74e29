package org.polkg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.polkg.pipeline.Progress;

/**
 * Shows an ingest's {@link Progress} on standard error: a progress bar on a terminal, a plain
 * line every few seconds otherwise ({@code ingest: 1200/5000 articles, 41.2/s, eta 1m32s}), or
 * nothing. Messages (error lines) go through it so they do not tear the bar.
 */
abstract class ProgressDisplay implements AutoCloseable {
  /** How to show progress. */
  enum Mode { auto, bar, lines, none }

  protected final PrintWriter err;

  private ProgressDisplay(PrintWriter err) {
    this.err = err;
  }

  /**
   * Starts showing {@code progress}; {@code auto} is a bar when there is a console, else a plain
   * line every {@code every} (a run shorter than that prints none).
   */
  static ProgressDisplay start(Mode mode, Progress progress, PrintWriter err, Duration every) {
    Mode m = mode == Mode.auto ? (System.console() != null ? Mode.bar : Mode.lines) : mode;
    return switch (m) {
      case bar -> new Bar(progress, err);
      case lines -> new Lines(progress, err, every);
      default -> new Quiet(err);
    };
  }

  /** Prints a line of its own (an error) on standard error. */
  void message(String line) {
    message(err, line);
  }

  /** Prints a line of its own on {@code to} (standard error or output). */
  synchronized void message(PrintWriter to, String line) {
    to.println(line);
    to.flush();
  }

  @Override
  public abstract void close();

  /** No progress, messages only. */
  private static final class Quiet extends ProgressDisplay {
    Quiet(PrintWriter err) {
      super(err);
    }

    @Override
    public void close() {
      err.flush();
    }
  }

  /** A plain progress line every {@code every}, from a timer thread. */
  private static final class Lines extends ProgressDisplay {
    private final ScheduledExecutorService timer;

    Lines(Progress progress, PrintWriter err, Duration every) {
      super(err);
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "polkg-progress");
        t.setDaemon(true);
        return t;
      });
      long ms = Math.max(1, every.toMillis());
      timer.scheduleAtFixedRate(() -> message(progress.snapshot().line()), ms, ms,
          TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
      timer.shutdownNow();
      try {
        timer.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      err.flush();
    }
  }

  /** A terminal progress bar (me.tongfei:progressbar) with the count, rate and ETA. */
  private static final class Bar extends ProgressDisplay {
    private final ProgressBar bar;
    private final ScheduledExecutorService timer;
    private final Progress progress;

    Bar(Progress progress, PrintWriter err) {
      super(err);
      this.progress = progress;
      bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed()
          .setUpdateIntervalMillis(500).build();
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "polkg-progress");
        t.setDaemon(true);
        return t;
      });
      timer.scheduleAtFixedRate(() -> update(progress), 200, 200, TimeUnit.MILLISECONDS);
    }

    private synchronized void update(Progress progress) {
      Progress.Snapshot s = progress.snapshot();
      if (s.total() >= 0 && bar.getMax() != s.total()) {
        bar.maxHint(s.total());
      }
      bar.stepTo(s.done());
    }

    @Override
    synchronized void message(PrintWriter to, String line) {
      err.print("\r\033[K");
      err.flush();
      to.println(line);
      to.flush();
      bar.refresh();
    }

    @Override
    public void close() {
      timer.shutdownNow();
      synchronized (this) {
        update(progress);
        bar.close();
      }
      err.flush();
    }
  }
}
