package org.polkg.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits a text into sentences and annotates tokens with Penn part-of-speech and chunk tags. Not
 * thread-safe: make one per thread with {@link NlpModels#newAnnotator()}.
 */
public final class Annotator {
  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;
  private final ChunkerME chunker;
  private final NameFinderME names;

  Annotator(NlpModels models) {
    names = models.nameModel().map(NameFinderME::new).orElse(null);
    sentences = new SentenceDetectorME(models.sentenceModel());
    tokenizer = new TokenizerME(models.tokenizerModel());
    tagger = new POSTaggerME(models.posModel(), POSTagFormat.PENN);
    chunker = new ChunkerME(models.chunkerModel());
  }

  /**
   * Annotates {@code text}. Each line is a paragraph: sentences never cross a line break.
   * Offsets in the result refer to {@code text}; sentence texts are taken from it unchanged.
   */
  public Document annotate(String text) {
    String norm = TextNormalizer.normalize(text);
    List<Sentence> out = new ArrayList<>();
    if (names != null) {
      names.clearAdaptiveData();
    }
    int lineStart = 0;
    while (lineStart <= norm.length()) {
      int nl = norm.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? norm.length() : nl;
      String line = norm.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        for (Span s : sentences.sentPosDetect(line)) {
          int start = lineStart + s.getStart();
          int end = lineStart + s.getEnd();
          Sentence sentence = annotateSentence(out.size(), text, norm, start, end);
          if (sentence.size() > 0) {
            out.add(sentence);
          }
        }
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return new Document(text, out);
  }

  private Sentence annotateSentence(int index, String original, String norm, int start, int end) {
    String s = norm.substring(start, end);
    Span[] spans = tokenizer.tokenizePos(s);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = s.substring(spans[i].getStart(), spans[i].getEnd());
    }
    String[] tags = tagger.tag(words);
    String[] chunks = chunker.chunk(words, tags);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(words[i], start + spans[i].getStart(), start + spans[i].getEnd(),
          tags[i], chunks[i]));
    }
    List<NameSpan> found = new ArrayList<>();
    if (names != null) {
      for (Span span : names.find(words)) {
        found.add(new NameSpan(span.getType(), span.getStart(), span.getEnd(), span.getProb()));
      }
    }
    return new Sentence(index, start, end, original.substring(start, end), tokens, found);
  }
}
