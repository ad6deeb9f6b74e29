package org.polkg.pipeline;

import java.util.Map;
import java.util.TreeMap;

import org.polkg.extract.Extraction;
import org.polkg.extract.Fact;
import org.polkg.ingest.Article;
import org.polkg.rdf.RdfMapper.ArticleGraph;

/**
 * The per-article work of an ingest, pure and independent of every other article: annotate,
 * extract, keep the facts at or above the minimum confidence, map to the article's graph.
 */
public final class ArticleTask {
  private final Pipeline pipeline;
  private final double minConfidence;

  public ArticleTask(Pipeline pipeline, double minConfidence) {
    this.pipeline = pipeline;
    this.minConfidence = minConfidence;
  }

  /** An article's graph and the facts in it, counted by kind ({@link IngestJob#kind}). */
  public record Extracted(ArticleGraph graph, Map<String, Integer> factsByKind) {
    public Extracted {
      factsByKind = java.util.Collections.unmodifiableMap(factsByKind);
    }

    public long triples() {
      return graph.model().size();
    }
  }

  public Extracted run(Article article) {
    Extraction x = pipeline.extract(article);
    if (minConfidence > 0) {
      x = new Extraction(x.article(), x.persons(), x.organizations(), x.facts().stream()
          .filter(f -> f.provenance().confidence() >= minConfidence).toList());
    }
    Map<String, Integer> kinds = new TreeMap<>();
    for (Fact f : x.facts()) {
      kinds.merge(IngestJob.kind(f), 1, Integer::sum);
    }
    return new Extracted(pipeline.toRdf(x), kinds);
  }
}
