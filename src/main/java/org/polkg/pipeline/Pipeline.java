package org.polkg.pipeline;

import org.polkg.extract.Extraction;
import org.polkg.extract.Extractor;
import org.polkg.extract.Lexicon;
import org.polkg.ingest.Article;
import org.polkg.nlp.Annotator;
import org.polkg.nlp.NlpModels;
import org.polkg.rdf.RdfMapper;
import org.polkg.rdf.RdfMapper.ArticleGraph;

/**
 * The processing stages after reading: annotate, extract, map to RDF. Loads models and lexicons
 * once; safe to call from several threads (each gets its own annotator).
 */
public final class Pipeline {
  private final NlpModels models;
  private final Lexicon lexicon;
  private final Extractor extractor;
  private final RdfMapper mapper = new RdfMapper();
  private final ThreadLocal<Annotator> annotators;

  public Pipeline(NlpModels models, Lexicon lexicon) {
    this.models = models;
    this.lexicon = lexicon;
    this.extractor = new Extractor(lexicon);
    this.annotators = ThreadLocal.withInitial(models::newAnnotator);
  }

  /** Loads the shipped models and lexicons. */
  public static Pipeline load() {
    return new Pipeline(NlpModels.load(), Lexicon.load());
  }

  public NlpModels models() {
    return models;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** Annotates and extracts one article. */
  public Extraction extract(Article article) {
    return extractor.extract(article, annotators.get().annotate(article.text()));
  }

  /** Maps an extraction to its article graph. */
  public ArticleGraph toRdf(Extraction extraction) {
    return mapper.map(extraction);
  }
}
