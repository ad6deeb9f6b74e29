package org.polkg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.polkg.extract.Fact;
import org.polkg.ingest.Article;
import org.polkg.ingest.ArticleFiles;
import org.polkg.ingest.InputException;
import org.polkg.ingest.ReadResult;
import org.polkg.rdf.RdfMapper;

/**
 * Reads article files, extracts their facts and stores one graph per article, each in its own
 * transaction, so a run that is interrupted leaves whole articles only. A file (or line) that
 * cannot be read is reported and skipped and the rest of the batch goes on, unless the job
 * fails fast. An article whose content is unchanged since it was stored is skipped.
 */
public final class IngestJob {
  private final ArticleTask task;
  private final ArticleFiles files;
  private final GraphSink sink;
  private final Settings settings;
  private final IngestListener listener;

  /**
   * How a job runs.
   *
   * @param defaultDate the publication date of articles that carry none
   * @param minConfidence facts below this confidence are dropped
   * @param failFast stop at the first failure: the failing file and all later files are not
   *     ingested (a JSON Lines file with a bad line is not ingested at all)
   * @param maxArticleChars an article with a longer text is refused (annotating takes time and
   *     memory in proportion to the text: a million characters take tens of seconds)
   */
  public record Settings(Optional<LocalDate> defaultDate, double minConfidence, boolean failFast,
      int maxArticleChars) {
    public Settings {
      java.util.Objects.requireNonNull(defaultDate, "defaultDate");
      if (maxArticleChars <= 0) {
        throw new IllegalArgumentException("maxArticleChars <= 0: " + maxArticleChars);
      }
    }

    public Settings(Optional<LocalDate> defaultDate, double minConfidence, boolean failFast) {
      this(defaultDate, minConfidence, failFast, DEFAULT_MAX_ARTICLE_CHARS);
    }
  }

  /** Articles with longer texts are refused unless the settings say otherwise. */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;

  public IngestJob(Pipeline pipeline, ArticleFiles files, GraphSink sink, Settings settings,
      IngestListener listener) {
    this.task = new ArticleTask(pipeline, settings.minConfidence());
    this.files = files;
    this.sink = sink;
    this.settings = settings;
    this.listener = listener;
  }

  /** A job that goes on past failures and hands each failure, described, to {@code errors}. */
  public IngestJob(Pipeline pipeline, ArticleFiles files, GraphSink sink,
      Optional<LocalDate> defaultDate, double minConfidence, Consumer<String> errors) {
    this(pipeline, files, sink, new Settings(defaultDate, minConfidence, false),
        failure -> errors.accept(failure.describe()));
  }

  /**
   * What an ingest did.
   *
   * @param failures each failure, described ({@link Failure#describe()})
   * @param warnings files ingested with a warning
   * @param stopped whether the job stopped at a failure (fail fast) before the end
   * @param notStored articles the sink refused (a remote server's error), also counted in
   *     {@code failed}
   * @param elapsed the time it took ({@link Duration#ZERO} when not measured)
   */
  public record Summary(int articles, int failed, int skipped, Map<String, Integer> factsByKind,
      long triples, List<String> failures, int warnings, boolean stopped, int notStored,
      Duration elapsed) {
    public Summary(int articles, int failed, int skipped, Map<String, Integer> factsByKind,
        long triples, List<String> failures, int warnings, boolean stopped, int notStored) {
      this(articles, failed, skipped, factsByKind, triples, failures, warnings, stopped,
          notStored, Duration.ZERO);
    }

    /** All facts stored. */
    public int facts() {
      return factsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Summary {
      factsByKind = Collections.unmodifiableMap(new TreeMap<>(factsByKind));
      failures = List.copyOf(failures);
    }
  }

  public Summary run(List<Path> paths) {
    Tally t = new Tally();
    for (Path p : paths) {
      ArticleFiles.Listing listing = files.list(List.of(p));
      for (InputException e : listing.errors()) {
        if (fail(t, Failure.of(e))) {
          return t.summary(true);
        }
      }
      for (Path file : listing.files()) {
        if (!ingest(file, t)) {
          return t.summary(true);
        }
      }
    }
    return t.summary(false);
  }

  /** Ingests one file; false when the job must stop (fail fast). */
  private boolean ingest(Path file, Tally t) {
    ReadResult read;
    try {
      read = files.read(file);
    } catch (InputException e) {
      return !fail(t, Failure.of(e));
    }
    for (InputException w : read.warnings()) {
      t.warnings++;
      listener.warned(Failure.of(w));
    }
    if (settings.failFast() && !read.lineErrors().isEmpty()) {
      fail(t, Failure.of(read.lineErrors().get(0)));
      return false;
    }
    for (InputException e : read.lineErrors()) {
      fail(t, Failure.of(e));
    }
    for (Article a : read.articles()) {
      Article article = a.withDefaultDate(settings.defaultDate());
      if (article.text().length() > settings.maxArticleChars()) {
        if (fail(t, Failure.tooLong(file, article, settings.maxArticleChars()))) {
          return false;
        }
        continue;
      }
      try {
        store(article, t);
      } catch (GraphSink.SinkException e) {
        t.notStored++;
        if (fail(t, Failure.notStored(file, article, e.getMessage()))) {
          return false;
        }
      } catch (RuntimeException e) {
        if (fail(t, Failure.notIngested(file, article, e))) {
          return false;
        }
      }
    }
    return true;
  }

  private void store(Article article, Tally t) throws GraphSink.SinkException {
    String graphName = RdfMapper.articleIri(article);
    if (sink.contentHash(graphName).filter(article.contentHash()::equals).isPresent()) {
      t.skipped++;
      return;
    }
    ArticleTask.Extracted x = task.run(article);
    sink.put(x.graph());
    listener.stored(article.source(), graphName);
    t.articles++;
    t.triples += x.triples();
    x.factsByKind().forEach((k, n) -> t.byKind.merge(k, n, Integer::sum));
  }

  /** Reports a failure; true when the job must stop. */
  private boolean fail(Tally t, Failure f) {
    t.failures.add(f.describe());
    listener.failed(f);
    return settings.failFast();
  }

  /** The running counts of one {@link #run}. */
  private static final class Tally {
    final List<String> failures = new ArrayList<>();
    final Map<String, Integer> byKind = new TreeMap<>();
    int articles;
    int skipped;
    int warnings;
    int notStored;
    long triples;

    Summary summary(boolean stopped) {
      return new Summary(articles, failures.size(), skipped, byKind, triples, failures, warnings,
          stopped, notStored);
    }
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
