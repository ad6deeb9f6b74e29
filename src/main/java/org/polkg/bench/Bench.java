package org.polkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.polkg.eval.ContractQueries;
import org.polkg.ingest.Article;
import org.polkg.ingest.ArticleFiles;
import org.polkg.ingest.FileWalk;
import org.polkg.ingest.InputException;
import org.polkg.nlp.Annotator;
import org.polkg.nlp.NlpModels;
import org.polkg.pipeline.ArticleTask;
import org.polkg.pipeline.IngestJob;
import org.polkg.pipeline.ParallelIngest;
import org.polkg.pipeline.Pipeline;
import org.polkg.pipeline.Progress;
import org.polkg.store.FactStore;
import org.polkg.store.StoreBatches;
import org.polkg.synth.CorpusGenerator;

/**
 * Measures polkg against the bare OpenNLP pipeline on one generated corpus, with one thread
 * count: (a) OpenNLP alone (sentences, tokens, part-of-speech tags, chunks), (b) polkg's
 * extraction (annotation with the name finder, rules, RDF mapping; no store), (c) polkg's
 * ingest end to end into a fresh TDB2 store, and re-ingesting it unchanged; then the latency of
 * every contract query on a larger store, the heap after GC while that store is ingested, and
 * the two ways of checking content hashes. Everything runs once after a warm-up.
 */
public final class Bench {
  private final Settings settings;
  private final Consumer<String> log;

  /**
   * @param count articles in the throughput corpus
   * @param threads the thread count of (a), (b) and (c)
   * @param queriesStoreSize articles in the store the queries run on
   * @param queryRuns timed runs of each query (after {@link #QUERY_WARMUP} untimed ones)
   * @param rounds how many times (a), (b) and (c) are each measured, taking turns
   * @param workDir where corpora and stores go (deleted afterwards unless {@code keep})
   */
  public record Settings(int count, int threads, int queriesStoreSize, long seed, int queryRuns,
      int rounds, Path workDir, boolean keep) {}

  static final int QUERY_WARMUP = 3;
  static final int WARMUP_ARTICLES = 1500;
  static final double[] PROBES = {0.1, 0.25, 0.5, 0.75, 1.0};

  public Bench(Settings settings, Consumer<String> log) {
    this.settings = settings;
    this.log = log;
  }

  public BenchReport run() {
    try {
      Files.createDirectories(settings.workDir());
      return measure();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (!settings.keep()) {
        delete(settings.workDir());
      }
    }
  }

  private BenchReport measure() {
    int t = settings.threads();
    Path work = settings.workDir();
    log.accept("generating " + settings.count() + " articles (seed " + settings.seed() + ")");
    CorpusGenerator.Result corpus = new CorpusGenerator(settings.seed())
        .generate(settings.count(), work.resolve("corpus"));
    List<Article> articles = readAll(work.resolve("corpus"));
    long words = articles.stream().mapToLong(a -> a.text().split("\\s+").length).sum();

    log.accept("loading models");
    Pipeline pipeline = Pipeline.load();
    NlpModels bareModels = pipeline.models().withoutNameModel();
    ThreadLocal<Annotator> bare = ThreadLocal.withInitial(bareModels::newAnnotator);
    ArticleTask task = new ArticleTask(pipeline, 0);
    List<Article> warm = List.copyOf(articles.subList(0, Math.min(articles.size(),
        WARMUP_ARTICLES)));

    // The JIT takes a few thousand articles to settle on two cores: an untimed round of all
    // three on (up to) the whole corpus first.
    log.accept("warm-up: (a), (b) and (c) on " + warm.size() + " articles");
    Throughput.run(warm, t, a -> bare.get().annotate(a.text()));
    Throughput.run(warm, t, task::run);
    new CorpusGenerator(settings.seed() + 1000).generate(warm.size(), work.resolve("warm"));
    ingest(pipeline, work.resolve("warm"), work.resolve("warm-store"), Optional.empty());
    delete(work.resolve("warm-store"));

    // (a), (b) and (c) take turns, round after round, so that whatever else the machine does
    // falls on all three alike; each is reported by its median round.
    List<Throughput.Measure> a = new ArrayList<>();
    List<Throughput.Measure> b = new ArrayList<>();
    List<IngestJob.Summary> c = new ArrayList<>();
    Path storeC = null;
    for (int r = 1; r <= settings.rounds(); r++) {
      log.accept("round " + r + "/" + settings.rounds() + ": (a) bare OpenNLP on "
          + articles.size() + " articles");
      a.add(Throughput.run(articles, t, x -> bare.get().annotate(x.text())));
      log.accept("round " + r + "/" + settings.rounds() + ": (b) polkg extraction");
      b.add(Throughput.run(articles, t, task::run));
      log.accept("round " + r + "/" + settings.rounds() + ": (c) polkg ingest into a fresh"
          + " store");
      if (storeC != null) {
        delete(storeC);
      }
      storeC = work.resolve("store-c-" + r);
      c.add(ingest(pipeline, work.resolve("corpus"), storeC, Optional.empty()));
    }
    articles = null; // not kept through the long ingest below
    log.accept("(c) re-ingest unchanged");
    IngestJob.Summary again = ingest(pipeline, work.resolve("corpus"), storeC, Optional.empty());

    int n = settings.queriesStoreSize();
    log.accept("generating " + n + " articles for the query store");
    new CorpusGenerator(settings.seed() + 1).generate(n, work.resolve("qcorpus"));
    log.accept("ingesting the query store (" + n + " articles, heap probed after GC)");
    List<HeapProbe.Sample> heap = new ArrayList<>();
    heap.add(new HeapProbe.Sample(0, HeapProbe.heapAfterGc()));
    IngestJob.Summary q = ingest(pipeline, work.resolve("qcorpus"), work.resolve("qstore"),
        Optional.of(heap));

    List<QueryLatency.Latency> latencies = new ArrayList<>();
    List<QueryLatency.Latency> selective = new ArrayList<>();
    BenchReport.HashCheck hashCheck;
    try (FactStore store = FactStore.open(work.resolve("qstore"))) {
      hashCheck = hashCheck(store);
      for (String name : ContractQueries.NAMES) {
        log.accept("query " + name + ".rq");
        latencies.add(QueryLatency.measure(store, name + ".rq", ContractQueries.text(name),
            QUERY_WARMUP, settings.queryRuns()));
      }
      for (SelectiveQueries.Named sq : SelectiveQueries.of(store)) {
        log.accept("query " + sq.name());
        selective.add(QueryLatency.measure(store, sq.name(), sq.sparql(), QUERY_WARMUP,
            settings.queryRuns()));
      }
    }
    return new BenchReport(settings, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory(), corpus, (double) words / settings.count(),
        a, b, c, again, q, heap, latencies, selective, hashCheck);
  }

  private IngestJob.Summary ingest(Pipeline pipeline, Path corpus, Path storeDir,
      Optional<List<HeapProbe.Sample>> heap) {
    Progress progress = new Progress();
    try (FactStore store = FactStore.open(storeDir)) {
      ParallelIngest job = new ParallelIngest(() -> pipeline, new ArticleFiles(),
          new StoreBatches(store), new ParallelIngest.Settings(Optional.empty(), 0,
              settings.threads()), f -> log.accept("error: " + f.describe()), progress);
      if (heap.isEmpty()) {
        return job.run(List.of(corpus));
      }
      List<Long> at = new ArrayList<>();
      for (double p : PROBES) {
        if (p < 1) {
          at.add(Math.max(1, Math.round(p * settings.queriesStoreSize())));
        }
      }
      IngestJob.Summary s;
      try (HeapProbe probe = new HeapProbe(progress, at)) {
        s = job.run(List.of(corpus));
        probe.close();
        probe.add(progress.done());
        heap.get().addAll(probe.samples());
      }
      return s;
    }
  }

  /** Reading every stored hash at once, against a read transaction per article. */
  private BenchReport.HashCheck hashCheck(FactStore store) {
    StoreBatches batches = new StoreBatches(store);
    batches.contentHashes(); // warm
    long t0 = System.nanoTime();
    int graphs = batches.contentHashes().size();
    Duration index = Duration.ofNanos(System.nanoTime() - t0);
    List<String> names = Txn.calculateRead(store.dataset(), () -> {
      List<String> out = new ArrayList<>();
      for (var it = store.dataset().asDatasetGraph().listGraphNodes(); it.hasNext(); ) {
        Node g = it.next();
        if (g.isURI()) {
          out.add(g.getURI());
        }
      }
      return out;
    });
    names.forEach(store::contentHash); // warm
    long t1 = System.nanoTime();
    for (String g : names) {
      store.contentHash(g);
    }
    Duration perArticle = Duration.ofNanos(System.nanoTime() - t1);
    return new BenchReport.HashCheck(graphs, index, names.size(), perArticle);
  }

  private static List<Article> readAll(Path dir) {
    ArticleFiles files = new ArticleFiles();
    List<Article> out = new ArrayList<>();
    FileWalk.walk(List.of(dir), new FileWalk.Visitor() {
      @Override
      public void file(Path file) {
        try {
          out.addAll(files.read(file).articles());
        } catch (InputException e) {
          throw new IllegalStateException(e.describe(), e);
        }
      }

      @Override
      public void error(InputException e) {
        throw new IllegalStateException(e.describe(), e);
      }
    });
    return out;
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // left behind in the temporary directory
        }
      });
    } catch (IOException e) {
      // left behind in the temporary directory
    }
  }
}
