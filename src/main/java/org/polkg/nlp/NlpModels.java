package org.polkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.chunker.ChunkerModel;
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

  private NlpModels() throws IOException {
    sentenceModel = new SentenceModel(open(SENTENCES));
    tokenizerModel = new TokenizerModel(open(TOKENS));
    posModel = new POSModel(open(POS));
    chunkerModel = new ChunkerModel(open(CHUNKS));
  }

  /** Loads the models (about a second). */
  public static NlpModels load() {
    try {
      return new NlpModels();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP models", e);
    }
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
