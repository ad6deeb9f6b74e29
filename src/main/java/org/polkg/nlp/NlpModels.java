package org.polkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.nio.file.Path;
import java.util.Optional;

import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models polkg uses, loaded once from the classpath. Immutable and safe to
 * share between threads; each thread makes its own {@link Annotator}.
 */
public final class NlpModels {
  static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "/en-token.bin";
  static final String POS = "/en-pos-maxent.bin";
  static final String CHUNKS = "/en-chunker.bin";

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;
  private final ChunkerModel chunkerModel;
  private final Optional<TokenNameFinderModel> nameModel;

  private NlpModels(Optional<TokenNameFinderModel> nameModel) throws IOException {
    sentenceModel = new SentenceModel(open(SENTENCES));
    tokenizerModel = new TokenizerModel(open(TOKENS));
    posModel = new POSModel(open(POS));
    chunkerModel = new ChunkerModel(open(CHUNKS));
    this.nameModel = nameModel;
  }

  /** Loads the models (about a second), with the name-finder model the build trained. */
  public static NlpModels load() {
    try (InputStream in = NlpModels.class.getResourceAsStream(NameModelTrainer.RESOURCE)) {
      return new NlpModels(in == null ? Optional.empty()
          : Optional.of(new TokenNameFinderModel(in)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP models", e);
    }
  }

  /** Loads the models with the given name-finder model, or none. */
  public static NlpModels load(Optional<Path> nameModel) {
    try {
      return new NlpModels(nameModel.isEmpty() ? Optional.empty()
          : Optional.of(new TokenNameFinderModel(nameModel.get())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the name-finder model " + nameModel.get(), e);
    }
  }

  /** The same models without the statistical name finder (rules and gazetteers only). */
  public NlpModels withoutNameModel() {
    try {
      return new NlpModels(Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP models", e);
    }
  }

  public boolean hasNameModel() {
    return nameModel.isPresent();
  }

  Optional<TokenNameFinderModel> nameModel() {
    return nameModel;
  }

  /** A new annotator over these models, for use by one thread. */
  public Annotator newAnnotator() {
    return new Annotator(this);
  }

  SentenceModel sentenceModel() {
    return sentenceModel;
  }

  TokenizerModel tokenizerModel() {
    return tokenizerModel;
  }

  POSModel posModel() {
    return posModel;
  }

  ChunkerModel chunkerModel() {
    return chunkerModel;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = NlpModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("model not on the classpath: " + resource);
    }
    return in;
  }
}
