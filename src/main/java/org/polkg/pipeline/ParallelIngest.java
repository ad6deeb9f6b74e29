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
import java.util.function.Supplier;

import org.polkg.ingest.Article;
import org.polkg.ingest.ArticleFiles;
import org.polkg.ingest.FileWalk;
import org.polkg.ingest.InputException;
import org.polkg.ingest.ReadResult;
import org.polkg.rdf.RdfMapper;
import org.polkg.rdf.RdfMapper.ArticleGraph;

/**
 * Ingests with every core: one thread lists and reads the files and skips articles whose content
 * hash the store already holds (before any language processing), {@code threads} threads
 * extract, and the calling thread writes, in batched write transactions of whole articles
 * (every {@code batchArticles} articles or {@code batchInterval}, whichever comes first).
 *
 * <p>The stages overlap and are joined by bounded queues: at most {@link #inFlight} articles
 * (or problems) are between reading and writing, so memory does not grow with the corpus.
 *
 * <p>Everything the reader meets, articles and problems alike, is numbered in reading order and
 * handled by the writer in that order: graphs are written, and failures, warnings and stored
 * articles reported to the {@link IngestListener} (from the calling thread only), in the order
 * {@link IngestJob} would, so the store and the messages are the same whatever the thread count
 * (an article read twice is stored as its last reading). With fail-fast, the writer stops at the
 * first failure in reading order: what was read before it is stored, nothing after it is, and the
 * reader reads no file after a file that fails to read (a JSON Lines file with a bad line is not
 * ingested at all). When the store fails, the ingest stops the same way.
 */
public final class ParallelIngest {
  private final Supplier<Pipeline> pipeline;
  private final ArticleFiles files;
  private final BatchSink sink;
  private final Settings settings;
  private final IngestListener listener;
  private final Progress progress;

  /**
   * How a parallel ingest runs.
   *
   * @param defaultDate the publication date of articles that carry none
   * @param minConfidence facts below this confidence are dropped
   * @param threads extraction threads
   * @param batchArticles articles per write transaction, at most
   * @param batchInterval how long a started batch waits for more articles before it is written
   * @param failFast stop at the first failure ({@link IngestJob.Settings#failFast})
   * @param maxArticleChars an article with a longer text is refused
   */
  public record Settings(Optional<LocalDate> defaultDate, double minConfidence, int threads,
      int batchArticles, Duration batchInterval, boolean failFast, int maxArticleChars) {
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
      if (maxArticleChars <= 0) {
        throw new IllegalArgumentException("maxArticleChars <= 0: " + maxArticleChars);
      }
    }

    /** Goes on past failures; the default article size limit. */
    public Settings(Optional<LocalDate> defaultDate, double minConfidence, int threads,
        int batchArticles, Duration batchInterval) {
      this(defaultDate, minConfidence, threads, batchArticles, batchInterval, false,
          IngestJob.DEFAULT_MAX_ARTICLE_CHARS);
    }

    /** The default batches; goes on past failures; the default article size limit. */
    public Settings(Optional<LocalDate> defaultDate, double minConfidence, int threads) {
      this(defaultDate, minConfidence, threads, DEFAULT_BATCH_ARTICLES, DEFAULT_BATCH_INTERVAL);
    }
  }

  /**
   * @param pipeline called once, by the first extraction thread that needs it: a corpus whose
   *     articles are all unchanged never loads the models
   * @param listener hears each failure, warning and stored article, in reading order, from the
   *     thread that calls {@link #run}
   * @param progress advanced as articles are stored, skipped or fail
   */
  public ParallelIngest(Supplier<Pipeline> pipeline, ArticleFiles files, BatchSink sink,
      Settings settings, IngestListener listener, Progress progress) {
    this.pipeline = pipeline;
    this.files = files;
    this.sink = sink;
    this.settings = settings;
    this.listener = listener;
    this.progress = progress;
  }

  /** The most articles (or problems) between reading and writing at any time. */
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

  /**
   * Work for an extraction thread: item {@code seq} in reading order, after {@code skipped}
   * unchanged articles.
   */
  private record Work(long seq, int skipped, Path file, Article article) {}

  /**
   * Item {@code seq} in reading order, for the writer, after {@code skipped} unchanged articles:
   * an extracted article ({@code extracted}), a failure or a warning, an article not extracted
   * because the ingest stopped (none of these), or the end of the input ({@code end}).
   */
  private record Result(long seq, int skipped, Path file, Article article,
      ArticleTask.Extracted extracted, Failure failure, Failure warning, boolean end) {
    static Result problem(long seq, int skipped, Failure failure) {
      return new Result(seq, skipped, failure.path(), null, null, failure, null, false);
    }

    static Result warning(long seq, int skipped, Failure warning) {
      return new Result(seq, skipped, warning.path(), null, null, null, warning, false);
    }

    static Result end(long seq, int skipped) {
      return new Result(seq, skipped, null, null, null, null, null, true);
    }
  }

  private static final Work NO_MORE_WORK = new Work(-1, 0, null, null);

  /** The state of one {@link #run}: queues, counts, failures. */
  private final class Run {
    private final HashIndex stored;
    private final HashIndex written = new HashIndex();
    private final BlockingQueue<Work> toExtract =
        new ArrayBlockingQueue<>(4 * settings.threads());
    private final BlockingQueue<Result> toWrite = new LinkedBlockingQueue<>();
    private final Semaphore permits = new Semaphore(inFlight());
    /** Set by the writer when it stops (fail-fast, or the store failed): nothing more is read. */
    private volatile boolean stopped;

    // Written by the writer (the calling thread) only.
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> byKind = new TreeMap<>();
    private int articles;
    private int skipped;
    private int warnings;
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
        stopped = true; // let the reader and the extraction threads finish without blocking
        toExtract.clear();
        permits.release(inFlight() + settings.threads() + 1);
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
      return new IngestJob.Summary(articles, failures.size(), skipped, byKind, triples,
          failures, warnings, stopped, notStored, Duration.ofNanos(System.nanoTime() - start));
    }

    private Thread thread(String name, Runnable body) {
      Thread t = new Thread(body, name);
      t.setDaemon(true);
      return t;
    }

    // ---- reading: one thread -------------------------------------------------------------

    private long nextSeq;
    /** Unchanged articles skipped since the last item numbered. */
    private int skippedSince;
    /** Set by the reader at a failure when failing fast: nothing more is read. */
    private boolean readerDone;

    private void read(List<Path> paths) {
      Path current = paths.isEmpty() ? Path.of("") : paths.get(0);
      try {
        for (Path p : paths) {
          current = p;
          ArticleFiles.Listing listing = files.list(List.of(p));
          for (InputException e : listing.errors()) {
            if (!problem(Failure.of(e), 1)) {
              return;
            }
          }
          for (Path file : listing.files()) {
            if (!readFile(file)) {
              return;
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException | Error e) {
        // what was read is still written
        emitUninterruptibly(Result.problem(nextSeq++, takeSkipped(),
            new Failure(current, 0, "cannot read: " + e)));
      } finally {
        for (int i = 0; i < settings.threads(); i++) {
          putUninterruptibly(toExtract, NO_MORE_WORK);
        }
        emitUninterruptibly(Result.end(nextSeq++, takeSkipped()));
      }
    }

    /** Reads one file and hands on what it holds; false when reading must stop. */
    private boolean readFile(Path file) throws InterruptedException {
      if (stopped || readerDone) {
        return false;
      }
      ReadResult read;
      try {
        read = files.read(file);
      } catch (InputException e) {
        return problem(Failure.of(e), FileWalk.articlesIn(file));
      }
      for (InputException w : read.warnings()) {
        emit(Result.warning(nextSeq++, takeSkipped(), Failure.of(w)));
      }
      if (settings.failFast() && !read.lineErrors().isEmpty()) {
        progress.advance(read.articles().size());
        return problem(Failure.of(read.lineErrors().get(0)), read.lineErrors().size());
      }
      for (InputException e : read.lineErrors()) {
        problem(Failure.of(e), 1);
      }
      for (Article a : read.articles()) {
        if (stopped) {
          return false;
        }
        Article article = a.withDefaultDate(settings.defaultDate());
        if (article.text().length() > settings.maxArticleChars()) {
          if (!problem(Failure.tooLong(file, article, settings.maxArticleChars()), 1)) {
            return false;
          }
        } else if (stored.holds(RdfMapper.articleIri(article), article.contentHash())) {
          skippedSince++;
          progress.advance(1);
        } else {
          permits.acquire();
          toExtract.put(new Work(nextSeq++, takeSkipped(), file, article));
        }
      }
      return true;
    }

    /**
     * Hands on a failure that covers {@code articles} articles; false when reading must stop
     * (fail-fast).
     */
    private boolean problem(Failure f, long articles) throws InterruptedException {
      progress.advance(articles);
      emit(Result.problem(nextSeq++, takeSkipped(), f));
      if (settings.failFast()) {
        readerDone = true;
      }
      return !readerDone;
    }

    private int takeSkipped() {
      int n = skippedSince;
      skippedSince = 0;
      return n;
    }

    private void emit(Result r) throws InterruptedException {
      permits.acquire();
      toWrite.add(r);
    }

    /** For the last items of the reader: they must reach the writer, interrupted or not. */
    private void emitUninterruptibly(Result r) {
      permits.acquireUninterruptibly();
      toWrite.add(r);
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
            toWrite.add(new Result(w.seq(), w.skipped(), w.file(), w.article(), null, null,
                null, false));
            continue;
          }
          ArticleTask.Extracted x = null;
          Failure failure = null;
          try {
            if (task == null) {
              task = new ArticleTask(pipeline.get(), settings.minConfidence());
            }
            x = task.run(w.article());
          } catch (Throwable e) { // every article must reach the writer, whatever happens
            failure = Failure.notIngested(w.file(), w.article(), e);
          }
          toWrite.add(new Result(w.seq(), w.skipped(), w.file(), w.article(), x, failure, null,
              false));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    // ---- writing: the calling thread ---------------------------------------------------------

    /** Items accepted and not yet committed, in reading order: articles, failures, warnings. */
    private final List<Result> batch = new ArrayList<>();
    /** For each article of the batch: whether its graph may already be in the store. */
    private final List<Boolean> mayExist = new ArrayList<>();

    private void write() {
      Map<Long, Result> pending = new HashMap<>();
      long next = 0;
      long deadline = Long.MAX_VALUE;
      while (true) {
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
        if (r != null) {
          pending.put(r.seq(), r);
        }
        for (Result ready = pending.remove(next); ready != null; ready = pending.remove(next)) {
          next++;
          permits.release();
          if (!stopped) {
            skipped += ready.skipped();
          }
          if (ready.end()) {
            commit();
            return;
          }
          if (accept(ready)) {
            if (batch.isEmpty()) {
              deadline = System.nanoTime() + settings.batchInterval().toNanos();
            }
            batch.add(ready);
            if (ready.failure() != null && settings.failFast()) {
              commit(); // what was read before the failure is stored
              stopped = true;
            } else if (batch.size() >= settings.batchArticles()) {
              commit();
            }
          }
        }
        if (!batch.isEmpty() && System.nanoTime() >= deadline) {
          commit();
        }
      }
      commit();
    }

    /**
     * Whether an item goes into the batch: an article to store, or a failure or warning to
     * report once the articles read before it are stored. Not once the ingest has stopped, nor
     * an article read twice in one run with the same content.
     */
    private boolean accept(Result r) {
      if (stopped || r.failure() == null && r.warning() == null && r.extracted() == null) {
        if (r.article() != null) {
          progress.advance(1);
        }
        return false;
      }
      if (r.extracted() == null) {
        return true;
      }
      String name = r.extracted().graph().graphName();
      if (written.holds(name, r.article().contentHash())) {
        skipped++;
        progress.advance(1);
        return false;
      }
      mayExist.add(stored.contains(name) || written.contains(name));
      written.put(name, r.article().contentHash());
      return true;
    }

    /**
     * Stores the articles of the batch in one transaction, then reports its items in order:
     * stored articles, failures and warnings; when the store fails, each article as not stored,
     * and the ingest stops.
     */
    private void commit() {
      if (batch.isEmpty()) {
        return;
      }
      List<ArticleGraph> graphs = new ArrayList<>(batch.size());
      for (Result r : batch) {
        if (r.extracted() != null) {
          graphs.add(r.extracted().graph());
        }
      }
      String storeFailure = null;
      if (!graphs.isEmpty()) {
        try {
          sink.putAll(graphs, mayExist);
        } catch (RuntimeException e) {
          stopped = true;
          storeFailure = String.valueOf(e.getMessage());
        }
      }
      for (Result r : batch) {
        if (r.article() != null) {
          progress.advance(1);
        }
        if (r.warning() != null) {
          warnings++;
          listener.warned(r.warning());
        } else if (r.failure() != null) {
          fail(r.failure());
        } else if (storeFailure != null) {
          notStored++;
          fail(Failure.notStored(r.file(), r.article(), storeFailure));
        } else {
          articles++;
          triples += r.extracted().triples();
          r.extracted().factsByKind().forEach((k, n) -> byKind.merge(k, n, Integer::sum));
          listener.stored(r.article().source(), r.extracted().graph().graphName());
        }
      }
      batch.clear();
      mayExist.clear();
    }

    private void fail(Failure f) {
      failures.add(f.describe());
      listener.failed(f);
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
}
