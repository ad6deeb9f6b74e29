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
        for (Span s : mergeAbbreviations(line, sentences.sentPosDetect(line))) {
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

  /**
   * Joins sentences the detector split after an abbreviation ("Rep. Matt Gaetz (R-Fla.) had
   * filed") or before text that cannot start a sentence (a lower-case word, a closing bracket).
   */
  static List<Span> mergeAbbreviations(String line, Span[] spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty()) {
        Span prev = out.get(out.size() - 1);
        String before = line.substring(prev.getStart(), prev.getEnd());
        String next = line.substring(s.getStart(), s.getEnd());
        if (ABBREVIATION_END.matcher(before).find() || CANNOT_START.matcher(next).lookingAt()) {
          out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  /** A title or state abbreviation, or an initial, ends the text: "Sen.", "Calif.", "J.". */
  private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile(
      "(?:^|[\\s(-])(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Lt|Gen|Col|Capt|Prof|Rev|St|Hon|"
          + "Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|"
          + "Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|[A-Z](?:\\.[A-Z])*)\\.$");
  /** Text no sentence starts with. */
  private static final java.util.regex.Pattern CANNOT_START =
      java.util.regex.Pattern.compile("[a-z)\\],;]");

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
