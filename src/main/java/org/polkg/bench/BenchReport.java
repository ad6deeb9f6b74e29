package org.polkg.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.polkg.pipeline.IngestJob;
import org.polkg.synth.CorpusGenerator;

/** The numbers of one {@link Bench} run, and their table. */
public record BenchReport(Bench.Settings settings, int processors, long maxHeap,
    CorpusGenerator.Result corpus, double wordsPerArticle, List<Throughput.Measure> bareNlpRounds,
    List<Throughput.Measure> extractionRounds, List<IngestJob.Summary> ingestRounds,
    IngestJob.Summary reingest, IngestJob.Summary queryStoreIngest, List<HeapProbe.Sample> heap,
    List<QueryLatency.Latency> queries, List<QueryLatency.Latency> selective,
    HashCheck hashCheck) {

  /**
   * Reading all stored content hashes into the index at the start of an ingest, against a read
   * transaction per article.
   */
  public record HashCheck(int graphs, Duration index, int lookups, Duration perArticleTotal) {}

  /** (a): articles per second of the median round. */
  public double bareNlpPerSecond() {
    return median(bareNlpRounds.stream().mapToDouble(Throughput.Measure::perSecond).toArray());
  }

  /** (b) */
  public double extractionPerSecond() {
    return median(extractionRounds.stream().mapToDouble(Throughput.Measure::perSecond)
        .toArray());
  }

  /** (c) */
  public double ingestPerSecond() {
    return median(ingestRounds.stream().mapToDouble(s -> perSecond(s.articles(), s.elapsed()))
        .toArray());
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    return v.length == 0 ? 0 : v.length % 2 == 1 ? v[v.length / 2]
        : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static String rounds(double[] values) {
    StringBuilder b = new StringBuilder();
    for (double v : values) {
      b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", v));
    }
    return b.toString();
  }

  /** Re-ingest of the last (c) round's store. */
  public double reingestPerSecond() {
    return perSecond(reingest.skipped() + reingest.articles(), reingest.elapsed());
  }

  /** (b)/(a) */
  public double extractionRatio() {
    return extractionPerSecond() / bareNlpPerSecond();
  }

  /** (c)/(a) */
  public double ingestRatio() {
    return ingestPerSecond() / bareNlpPerSecond();
  }

  /** The largest p95 of the contract queries, in milliseconds. */
  public double worstP95() {
    return queries.stream().mapToDouble(QueryLatency.Latency::p95).max().orElse(0);
  }

  public String table() {
    StringBuilder b = new StringBuilder();
    line(b, "polkg bench: %d articles (seed %d), %d threads, %d processors, max heap %d MiB",
        settings.count(), settings.seed(), settings.threads(), processors, maxHeap >> 20);
    line(b, "corpus: %d files (%s), %.0f words per article", corpus.files(),
        corpus.filesByFormat().toString().replaceAll("[{}]", ""), wordsPerArticle);
    line(b, "");
    line(b, "%-58s %12s %10s   %s", "throughput, same corpus and thread count", "articles/s",
        "vs (a)", "rounds (articles/s)");
    line(b, "%-58s %12.1f %10.2f   %s", "(a) bare OpenNLP: sentences, tokens, POS, chunks",
        bareNlpPerSecond(), 1.0, rounds(bareNlpRounds.stream()
            .mapToDouble(Throughput.Measure::perSecond).toArray()));
    line(b, "%-58s %12.1f %10.2f   %s", "(b) polkg extraction: annotate, extract, RDF (no store)",
        extractionPerSecond(), extractionRatio(), rounds(extractionRounds.stream()
            .mapToDouble(Throughput.Measure::perSecond).toArray()));
    line(b, "%-58s %12.1f %10.2f   %s", "(c) polkg ingest end to end into a fresh TDB2 store",
        ingestPerSecond(), ingestRatio(), rounds(ingestRounds.stream()
            .mapToDouble(s -> perSecond(s.articles(), s.elapsed())).toArray()));
    line(b, "%-58s %12.1f %9.0fx", "    re-ingest unchanged (skipped by content hash)",
        reingestPerSecond(), reingestPerSecond() / ingestPerSecond());
    IngestJob.Summary ingest = ingestRounds.get(ingestRounds.size() - 1);
    line(b, "    (c) stores %d articles, %d facts, %d triples; re-ingest skipped %d in %.1f s"
        + " (the first ingest took %.1f s)", ingest.articles(), ingest.facts(),
        ingest.triples(), reingest.skipped(), secs(reingest.elapsed()), secs(ingest.elapsed()));
    line(b, "    median of %d rounds; (a) and (b) from memory, (c) from the files",
        ingestRounds.size());
    line(b, "");
    line(b, "contract queries on a store of %d articles (%d facts, %d triples);"
        + " %d runs each after %d warm-up", queryStoreIngest.articles(),
        queryStoreIngest.facts(), queryStoreIngest.triples(), settings.queryRuns(),
        Bench.QUERY_WARMUP);
    line(b, "%-20s %10s %10s %10s %10s", "query", "rows", "p50 ms", "p95 ms", "max ms");
    for (QueryLatency.Latency q : queries) {
      line(b, "%-20s %10d %10.1f %10.1f %10.1f", q.name(), q.rows(), q.p50(), q.p95(),
          q.max());
    }
    line(b, "selective queries (the most frequent person / organisation), same store");
    for (QueryLatency.Latency q : selective) {
      line(b, "%-20s %10d %10.1f %10.1f %10.1f", q.name(), q.rows(), q.p50(), q.p95(),
          q.max());
    }
    line(b, "");
    line(b, "heap used after GC while ingesting those %d articles (%.1f articles/s)",
        queryStoreIngest.articles(), perSecond(queryStoreIngest.articles(),
            queryStoreIngest.elapsed()));
    for (HeapProbe.Sample s : heap) {
      line(b, "  after %6d articles %8.1f MiB", s.articles(), s.heapUsed() / 1048576.0);
    }
    line(b, "");
    line(b, "skip-unchanged check on that store: all %d hashes read into the index in %.0f ms"
        + " (one read transaction); a read transaction per article: %.0f us each",
        hashCheck.graphs(), hashCheck.index().toNanos() / 1e6,
        hashCheck.lookups() == 0 ? 0 : hashCheck.perArticleTotal().toNanos() / 1e3
            / hashCheck.lookups());
    return b.toString();
  }

  private static double perSecond(long n, Duration d) {
    double s = secs(d);
    return s <= 0 ? 0 : n / s;
  }

  private static double secs(Duration d) {
    return d.toNanos() / 1e9;
  }

  private static void line(StringBuilder b, String format, Object... args) {
    b.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
