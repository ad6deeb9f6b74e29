package org.polkg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.polkg.extract.Extraction;
import org.polkg.extract.Fact;
import org.polkg.ingest.Article;
import org.polkg.ingest.ArticleFiles;
import org.polkg.ingest.InputException;
import org.polkg.ingest.ReadResult;
import org.polkg.rdf.RdfMapper;
import org.polkg.rdf.RdfMapper.ArticleGraph;

/**
 * Reads article files, extracts their facts and stores one graph per article. A file that
 * cannot be read is reported and skipped; the rest of the batch goes on. An article whose
 * content is unchanged since it was stored is skipped.
 */
public final class IngestJob {
  private final Pipeline pipeline;
  private final ArticleFiles files;
  private final GraphSink sink;
  private final Optional<LocalDate> defaultDate;
  private final double minConfidence;
  private final Consumer<String> errors;

  public IngestJob(Pipeline pipeline, ArticleFiles files, GraphSink sink,
      Optional<LocalDate> defaultDate, double minConfidence, Consumer<String> errors) {
    this.pipeline = pipeline;
    this.files = files;
    this.sink = sink;
    this.defaultDate = defaultDate;
    this.minConfidence = minConfidence;
    this.errors = errors;
  }

  /**
   * What an ingest did: articles stored, lines reported as failed (unreadable files and lines,
   * and articles the sink did not store, of which there were {@code notStored}), articles
   * skipped as unchanged, and the time it took ({@link Duration#ZERO} when not measured).
   */
  public record Summary(int articles, int failed, int skipped, int notStored,
      Map<String, Integer> factsByKind, long triples, List<String> failures, Duration elapsed) {
    public Summary(int articles, int failed, int skipped, int notStored,
        Map<String, Integer> factsByKind, long triples, List<String> failures) {
      this(articles, failed, skipped, notStored, factsByKind, triples, failures, Duration.ZERO);
    }

    /** All facts stored. */
    public int facts() {
      return factsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  public Summary run(List<Path> paths) {
    ArticleFiles.Listing listing = files.list(paths);
    List<String> failures = new ArrayList<>();
    Map<String, Integer> byKind = new TreeMap<>();
    int articles = 0;
    int skipped = 0;
    int notStored = 0;
    long triples = 0;
    for (InputException e : listing.errors()) {
      fail(failures, e.describe());
    }
    for (Path file : listing.files()) {
      ReadResult read;
      try {
        read = files.read(file);
      } catch (InputException e) {
        fail(failures, e.describe());
        continue;
      }
      read.lineErrors().forEach(e -> fail(failures, e.describe()));
      for (Article a : read.articles()) {
        Article article = a.withDefaultDate(defaultDate);
        try {
          String graphName = RdfMapper.articleIri(article);
          if (sink.contentHash(graphName).filter(article.contentHash()::equals).isPresent()) {
            skipped++;
            continue;
          }
          Extraction x = filter(pipeline.extract(article));
          ArticleGraph graph = pipeline.toRdf(x);
          sink.put(graph);
          articles++;
          triples += graph.model().size();
          for (Fact f : x.facts()) {
            byKind.merge(kind(f), 1, Integer::sum);
          }
        } catch (GraphSink.SinkException e) {
          notStored++;
          fail(failures, file + ": not stored: " + e.getMessage());
        }
      }
    }
    return new Summary(articles, failures.size(), skipped, notStored, byKind, triples,
        failures);
  }

  private Extraction filter(Extraction x) {
    if (minConfidence <= 0) {
      return x;
    }
    return new Extraction(x.article(), x.persons(), x.organizations(), x.facts().stream()
        .filter(f -> f.provenance().confidence() >= minConfidence).toList());
  }

  private void fail(List<String> failures, String line) {
    failures.add(line);
    errors.accept(line);
  }

  /** The kind of a fact as the summary names it. */
  public static String kind(Fact f) {
    String modality = f.modality() == org.polkg.extract.Modality.ASSERTED ? ""
        : " (" + f.modality().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
    if (f instanceof Fact.Resignation) {
      return "resignation" + modality;
    } else if (f instanceof Fact.RoleHolding) {
      return "role" + modality;
    } else if (f instanceof Fact.Joining) {
      return "joined" + modality;
    }
    return "event " + ((Fact.Event) f).type().label() + modality;
  }
}
