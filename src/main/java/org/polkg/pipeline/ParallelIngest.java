package org.polkg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.polkg.ingest.Article;
import org.polkg.ingest.ArticleFiles;
import org.polkg.ingest.FileWalk;
import org.polkg.ingest.InputException;
import org.polkg.ingest.ReadResult;
import org.polkg.rdf.RdfMapper;
import org.polkg.rdf.RdfMapper.ArticleGraph;

/**
 * Ingests with every core: one thread walks and reads the files and skips articles whose content
 * hash the store already holds (before any language processing), {@code threads} threads
 * extract, and the calling thread writes, in batched write transactions of whole articles
 * (every {@code batchArticles} articles or {@code batchInterval}, whichever comes first).
 *
 * <p>The stages overlap and are joined by bounded queues: at most {@link #inFlight} articles are
 * between reading and writing, so memory does not grow with the corpus. Graphs are written in
 * the order the articles were read, so the store ends up the same whatever the thread count
 * (an article read twice is stored as its last reading, as by {@link IngestJob}).
 */
public final class ParallelIngest {
  private final Supplier<Pipeline> pipeline;
  private final ArticleFiles files;
  private final BatchSink sink;
  private final Settings settings;
  private final Consumer<String> errors;
  private final Progress progress;

  /**
   * How a parallel ingest runs.
   *
   * @param defaultDate the publication date of articles that carry none
   * @param minConfidence facts below this confidence are dropped
   * @param threads extraction threads
   * @param batchArticles articles per write transaction, at most
   * @param batchInterval how long a started batch waits for more articles before it is written
   */
  public record Settings(Optional<LocalDate> defaultDate, double minConfidence, int threads,
      int batchArticles, Duration batchInterval) {
    public static final int DEFAULT_BATCH_ARTICLES = 50;
    public static final Duration DEFAULT_BATCH_INTERVAL = Duration.ofSeconds(2);

    public Settings {
      Objects.requireNonNull(defaultDate, "defaultDate");
      Objects.requireNonNull(batchInterval, "batchInterval");
      if (threads < 1) {
        throw new IllegalArgumentException("threads < 1: " + threads);
      }
      if (batchArticles < 1) {
        throw new IllegalArgumentException("batchArticles < 1: " + batchArticles);
      }
    }

    public Settings(Optional<LocalDate> defaultDate, double minConfidence, int threads) {
      this(defaultDate, minConfidence, threads, DEFAULT_BATCH_ARTICLES, DEFAULT_BATCH_INTERVAL);
    }
  }

  /**
   * @param pipeline called once, by the first extraction thread that needs it: a corpus whose
   *     articles are all unchanged never loads the models
   * @param errors receives each failure, described in one line; called from several threads,
   *     one call at a time
   * @param progress advanced as articles are stored, skipped or fail
   */
  public ParallelIngest(Supplier<Pipeline> pipeline, ArticleFiles files, BatchSink sink,
      Settings settings, Consumer<String> errors, Progress progress) {
    this.pipeline = pipeline;
    this.files = files;
    this.sink = sink;
    this.settings = settings;
    this.errors = errors;
    this.progress = progress;
  }

  /** The most articles between reading and writing at any time. */
  int inFlight() {
    return 2 * settings.batchArticles() + 4 * settings.threads();
  }

  /** Ingests the files under {@code paths}; returns when everything read is written. */
  public IngestJob.Summary run(List<Path> paths) {
    long start = System.nanoTime();
    Thread counter = new Thread(() -> progress.total(FileWalk.countArticles(paths)),
        "polkg-count");
    counter.setDaemon(true);
    counter.start();
    Run run = new Run(sink.contentHashes());
    IngestJob.Summary s = run.execute(paths, start);
    counter.interrupt();
    return s;
  }

  /** Work for an extraction thread: article number {@code seq} in reading order. */
  private record Work(long seq, Path file, Article article) {}

  /** What became of one article after extraction; {@code extracted} is null when it failed. */
  private record Result(long seq, Path file, Article article, ArticleTask.Extracted extracted,
      String failure) {}

  private static final Work NO_MORE_WORK = new Work(-1, null, null);
  private static final Result WORKER_DONE = new Result(-1, null, null, null, null);

  /** The state of one {@link #run}: queues, counts, failures. */
  private final class Run {
    private final HashIndex stored;
    private final HashIndex written = new HashIndex();
    private final BlockingQueue<Work> toExtract =
        new ArrayBlockingQueue<>(4 * settings.threads());
    private final BlockingQueue<Result> toWrite = new LinkedBlockingQueue<>();
    private final Semaphore permits = new Semaphore(inFlight());
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> byKind = new TreeMap<>();
    /** Set when the store fails: nothing more is extracted or written. */
    private volatile boolean stopped;
    private final java.util.concurrent.atomic.AtomicInteger skipped =
        new java.util.concurrent.atomic.AtomicInteger();
    private int articles;
    private int notStored;
    private long triples;

    Run(HashIndex stored) {
      this.stored = stored;
    }

    IngestJob.Summary execute(List<Path> paths, long start) {
      List<Thread> threads = new ArrayList<>();
      threads.add(thread("polkg-read", () -> read(paths)));
      for (int i = 0; i < settings.threads(); i++) {
        threads.add(thread("polkg-extract-" + (i + 1), this::extract));
      }
      threads.forEach(Thread::start);
      try {
        write();
      } catch (RuntimeException | Error e) {
        stopped = true;
        threads.forEach(Thread::interrupt);
        throw e;
      }
      for (Thread t : threads) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return new IngestJob.Summary(articles, failures.size(), skipped.get(), byKind, triples,
          List.copyOf(failures), 0, false, notStored,
          Duration.ofNanos(System.nanoTime() - start));
    }

    private Thread thread(String name, Runnable body) {
      Thread t = new Thread(body, name);
      t.setDaemon(true);
      return t;
    }

    // ---- reading: one thread -------------------------------------------------------------

    private long nextSeq;

    private void read(List<Path> paths) {
      try {
        FileWalk.walk(paths, new FileWalk.Visitor() {
          @Override
          public void file(Path file) {
            if (!stopped) {
              readFile(file);
            }
          }

          @Override
          public void error(InputException e) {
            fail(e.describe());
            progress.advance(1);
          }
        });
      } catch (RuntimeException e) {
        fail("cannot read the input: " + e); // what was read is still written
      } finally {
        for (int i = 0; i < settings.threads(); i++) {
          putUninterruptibly(toExtract, NO_MORE_WORK);
        }
      }
    }

    private void readFile(Path file) {
      ReadResult read;
      try {
        read = files.read(file);
      } catch (InputException e) {
        fail(e.describe());
        progress.advance(FileWalk.articlesIn(file));
        return;
      }
      for (InputException e : read.lineErrors()) {
        fail(e.describe());
        progress.advance(1);
      }
      for (Article a : read.articles()) {
        Article article = a.withDefaultDate(settings.defaultDate());
        if (stored.holds(RdfMapper.articleIri(article), article.contentHash())) {
          skipped.incrementAndGet();
          progress.advance(1);
          continue;
        }
        try {
          permits.acquire();
          toExtract.put(new Work(nextSeq++, file, article));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    // ---- extraction: settings.threads() threads ------------------------------------------

    private void extract() {
      ArticleTask task = null;
      try {
        while (true) {
          Work w = toExtract.take();
          if (w == NO_MORE_WORK) {
            return;
          }
          if (stopped) {
            toWrite.add(new Result(w.seq(), w.file(), w.article(), null, null));
            continue;
          }
          try {
            if (task == null) {
              task = new ArticleTask(pipeline.get(), settings.minConfidence());
            }
            toWrite.add(new Result(w.seq(), w.file(), w.article(), task.run(w.article()), null));
          } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            toWrite.add(new Result(w.seq(), w.file(), w.article(), null, "article '"
                + w.article().source() + "' not ingested: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))));
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        toWrite.add(WORKER_DONE);
      }
    }

    // ---- writing: the calling thread ---------------------------------------------------------

    private void write() {
      Map<Long, Result> pending = new HashMap<>();
      List<Result> batch = new ArrayList<>();
      long next = 0;
      long deadline = Long.MAX_VALUE;
      int workersDone = 0;
      while (workersDone < settings.threads()) {
        long wait = batch.isEmpty() ? 1000
            : Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        Result r;
        try {
          r = toWrite.poll(wait, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stopped = true;
          break;
        }
        if (r == WORKER_DONE) {
          workersDone++;
        } else if (r != null) {
          pending.put(r.seq(), r);
        }
        for (Result ready = pending.remove(next); ready != null; ready = pending.remove(next)) {
          next++;
          if (accept(ready)) {
            if (batch.isEmpty()) {
              deadline = System.nanoTime() + settings.batchInterval().toNanos();
            }
            batch.add(ready);
            if (batch.size() >= settings.batchArticles()) {
              commit(batch);
            }
          }
        }
        if (!batch.isEmpty() && System.nanoTime() >= deadline) {
          commit(batch);
        }
      }
      commit(batch);
    }

    /** Whether an extracted article goes into the batch; accounts for those that do not. */
    private boolean accept(Result r) {
      if (r.extracted() == null) {
        if (r.failure() != null) {
          fail(r.file() + ": " + r.failure());
        }
        progress.advance(1);
        permits.release();
        return false;
      }
      if (stopped) {
        permits.release();
        return false;
      }
      String graphName = r.extracted().graph().graphName();
      if (written.holds(graphName, r.article().contentHash())) {
        skipped.incrementAndGet(); // the same article twice in one run
        progress.advance(1);
        permits.release();
        return false;
      }
      return true;
    }

    private void commit(List<Result> batch) {
      if (batch.isEmpty()) {
        return;
      }
      List<ArticleGraph> graphs = new ArrayList<>(batch.size());
      List<Boolean> mayExist = new ArrayList<>(batch.size());
      for (Result r : batch) {
        String name = r.extracted().graph().graphName();
        graphs.add(r.extracted().graph());
        mayExist.add(stored.contains(name) || written.contains(name));
        written.put(name, r.article().contentHash());
      }
      try {
        if (stopped) {
          throw new IllegalStateException("stopped");
        }
        sink.putAll(graphs, mayExist);
        for (Result r : batch) {
          articles++;
          triples += r.extracted().triples();
          r.extracted().factsByKind().forEach((k, n) -> byKind.merge(k, n, Integer::sum));
        }
      } catch (RuntimeException e) {
        if (!stopped) {
          stopped = true;
          for (Result r : batch) {
            notStored++;
            fail(r.file() + ": article '" + r.article().source() + "' not stored: "
                + firstLine(String.valueOf(e.getMessage())));
          }
          fail("the store failed; stopping: articles not yet read are not ingested");
        }
      } finally {
        progress.advance(batch.size());
        permits.release(batch.size());
        batch.clear();
      }
    }

    private void fail(String line) {
      synchronized (failures) {
        failures.add(line);
        errors.accept(line);
      }
    }
  }

  private static <T> void putUninterruptibly(BlockingQueue<T> q, T item) {
    boolean interrupted = false;
    while (true) {
      try {
        q.put(item);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
