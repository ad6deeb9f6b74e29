package org.polkg.nlp;

import java.util.ArrayList;
import java.util.Arrays;
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
  /**
   * Runs of non-space characters longer than this are cut (every this-many-th character is read
   * as a space) before the models see them: the sentence detector and tokenizer take time that
   * grows with the square of a token's length.
   */
  static final int MAX_WORD_CHARS = 100;
  /**
   * Sentences with more tokens are tagged and chunked in windows of this many tokens: the
   * models' beam search takes time that grows with the square of the sentence length.
   */
  static final int TAG_WINDOW = 150;

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
   * Time grows in proportion to the length of the text, whatever its words and sentences.
   */
  public Document annotate(String text) {
    String norm = cutLongWords(TextNormalizer.normalize(text));
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
   * filed") or a comma, or before text that cannot start a sentence (a lower-case word, a
   * closing bracket).
   */
  static List<Span> mergeAbbreviations(String line, Span[] spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty()) {
        Span prev = out.get(out.size() - 1);
        String before = line.substring(prev.getStart(), prev.getEnd());
        String next = line.substring(s.getStart(), s.getEnd());
        // (no sentence ends with a comma: "Sens. A, D-Ore., B, D-Colo., and C")
        if (ABBREVIATION_END.matcher(before).find() || CANNOT_START.matcher(next).lookingAt()
            || before.stripTrailing().endsWith(",")
            || MONTH_END.matcher(before).find() && DAY_START.matcher(next).lookingAt()) {
          out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  /**
   * A title, state or province abbreviation, or an initial, ends the text: "Sen.", "Calif.",
   * "Sask.", "Atty.", "J.".
   */
  private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile(
      "(?:^|[\\s(-])(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Lt|Gen|Col|Capt|Prof|Rev|St|Hon|"
          + "Atty|Ald|Alds|Dels|Supt|Sgt|Mohd|Smt|Coun|Cllr|Cr|"
          + "Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|"
          + "Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|"
          + "Wis|Wyo|Alta|Sask|Ont|Que|Nfld|"
          + "[A-Z](?:\\.[A-Z])*)\\.$");
  /** An abbreviated month ends the text, as in AP style: "on Feb. 4", "Sept. 12", "(Jan. 18)". */
  private static final java.util.regex.Pattern MONTH_END = java.util.regex.Pattern.compile(
      "(?:^|[\\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.$");
  /** A day of the month starts the text: "4 and approved", "12, 2023". */
  private static final java.util.regex.Pattern DAY_START =
      java.util.regex.Pattern.compile("\\d{1,2}\\b");
  /** Text no sentence starts with. */
  private static final java.util.regex.Pattern CANNOT_START =
      java.util.regex.Pattern.compile("[a-z)\\],;]");

  /** {@code text} with every {@link #MAX_WORD_CHARS}-th character of a long word a space. */
  static String cutLongWords(String text) {
    char[] out = null;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        run = 0;
      } else if (++run > MAX_WORD_CHARS && !Character.isLowSurrogate(text.charAt(i))) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = ' ';
        run = 0;
      }
    }
    return out == null ? text : new String(out);
  }

  /** The start of a US party tag: "(D-Calif.", "(R-Ohio". */
  private static final java.util.regex.Pattern PARTY_TAG_START =
      java.util.regex.Pattern.compile("\\([RDI]-.*");

  /**
   * Splits a comma, semicolon or colon the tokenizer left on the end of a word ("UK," before
   * "becoming"), and a sentence's full stop left on its last word ("SNP."), into a token of its
   * own; and an opening quote or bracket left on the start of a word ("\"if", "(PCC", "(PCC)")
   * (not a US party tag, "(D-Calif.", which the rules read whole).
   */
  static Span[] splitTrailingPunctuation(String s, Span[] spans) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span t = spans[i];
      char last = s.charAt(t.getEnd() - 1);
      String word = s.substring(t.getStart(), t.getEnd());
      // "joined the SNP." at the end of a sentence: the full stop is not part of the name
      boolean stop = last == '.' && i == spans.length - 1 && word.length() > 1
          && word.indexOf('.') == word.length() - 1;
      boolean bracket = last == ')' && word.indexOf('(') < 0;
      boolean split = t.length() > 1
          && (last == ',' || last == ';' || last == ':' || stop || bracket);
      // "if" of "\"if this carries on\"", "(PCC" of "the Pradesh Congress Committee (PCC)
      // president": an opening quote or bracket the tokenizer left on a word
      boolean opener = t.length() > 1 && !split && Character.isLetter(word.charAt(1))
          && (word.charAt(0) == '"'
              || word.charAt(0) == '(' && !PARTY_TAG_START.matcher(word).matches());
      // "(PCC)" whole: the closing bracket too
      boolean closed = opener && word.charAt(0) == '(' && last == ')' && t.length() > 2;
      if ((split || opener) && out == null) {
        out = new ArrayList<>(Arrays.asList(spans).subList(0, i));
      }
      if (opener) {
        out.add(new Span(t.getStart(), t.getStart() + 1));
        out.add(new Span(t.getStart() + 1, closed ? t.getEnd() - 1 : t.getEnd()));
        if (closed) {
          out.add(new Span(t.getEnd() - 1, t.getEnd()));
        }
      } else if (split) {
        out.add(new Span(t.getStart(), t.getEnd() - 1));
        out.add(new Span(t.getEnd() - 1, t.getEnd()));
      } else if (out != null) {
        out.add(t);
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /**
   * Joins the full stop of a US party tag that the tokenizer split off ("(D-Ore" "." ")", "D-Ore"
   * "." ",") back onto the tag, as it leaves "(D-Calif." ")".
   */
  static Span[] joinPartyTagStops(String s, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span t = spans[i];
      // (and a bare one before a comma: "Marcus Odom, D-Ore., said")
      String after = i + 2 < spans.length ? s.substring(spans[i + 2].getStart(),
          spans[i + 2].getStart() + 1) : "";
      String word = s.substring(t.getStart(), t.getEnd());
      if (i + 2 < spans.length && (word.matches("\\([RDI]-\\S+") && after.equals(")")
              || word.matches("[RDI]-\\p{Lu}\\S*") && after.equals(","))
          && spans[i + 1].getStart() == t.getEnd() && spans[i + 1].length() == 1
          && s.charAt(t.getEnd()) == '.') {
        out.add(new Span(t.getStart(), spans[i + 1].getEnd()));
        i++;
      } else {
        out.add(t);
      }
    }
    return out.size() == spans.length ? spans : out.toArray(new Span[0]);
  }

  /**
   * Joins a word the tokenizer cut in two with no space between, before a part in capitals
   * ("CD" "U" of "CDU's", "DéF" "I" of "DéFI") back into one.
   */
  static Span[] joinSplitCapitals(String s, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span t : spans) {
      Span prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && prev.getEnd() == t.getStart()
          && s.substring(prev.getStart(), prev.getEnd()).matches("\\p{L}*\\p{Lu}\\p{L}*")
          && s.substring(t.getStart(), t.getEnd()).matches("\\p{Lu}+")) {
        out.set(out.size() - 1, new Span(prev.getStart(), t.getEnd()));
      } else {
        out.add(t);
      }
    }
    return out.size() == spans.length ? spans : out.toArray(new Span[0]);
  }

  /** Titles written with a full stop that the tokenizer may split off: "Ald.", "Supt.". */
  private static final java.util.regex.Pattern TITLE_ABBREVIATION = java.util.regex.Pattern
      .compile("Ald|Atty|Supt|Sgt|Cllr|Coun|Capt|Col|Lt|Prof|Rev|Hon|Cr|Smt|Insp|Det");

  /**
   * Joins the full stop the tokenizer split off a title back onto it when a capitalised word
   * follows: "Ald" "." "Dion" becomes "Ald." "Dion".
   */
  static Span[] joinTitleStops(String s, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span t = spans[i];
      if (i + 2 < spans.length
          && TITLE_ABBREVIATION.matcher(s.substring(t.getStart(), t.getEnd())).matches()
          && spans[i + 1].getStart() == t.getEnd() && spans[i + 1].length() == 1
          && s.charAt(t.getEnd()) == '.'
          && Character.isUpperCase(s.charAt(spans[i + 2].getStart()))) {
        out.add(new Span(t.getStart(), spans[i + 1].getEnd()));
        i++;
      } else {
        out.add(t);
      }
    }
    return out.size() == spans.length ? spans : out.toArray(new Span[0]);
  }

  /** A time of day written as one word: "9pm", "10.30am", "7:45a.m.". */
  private static final java.util.regex.Pattern CLOCK_TIME =
      java.util.regex.Pattern.compile("\\d{1,2}([.:]\\d{2})?([ap]m|[ap]\\.m\\.)");

  /** Words that are determiners; a capitalised word tagged DT and not among them is a name. */
  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an",
      "this", "that", "these", "those", "all", "some", "any", "each", "every", "no", "another",
      "both", "either", "neither", "half", "such", "what", "which", "whatever", "whichever");

  /** Opening words a newspaper may set in capitals: "THE leader of ...", "IN a statement ...". */
  private static final java.util.Set<String> OPENING_CAPITALS = java.util.Set.of("THE", "AN",
      "IN", "ON", "AT", "AFTER", "WHEN", "FOR", "TWO", "THREE", "FOUR", "FIVE");

  /** Whether a word of two letters or more is written all in capitals: "AM", "QUIT". */
  private static boolean allCapitals(String word) {
    return word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
  }

  private Sentence annotateSentence(int index, String original, String norm, int start, int end) {
    String s = norm.substring(start, end);
    Span[] spans = joinTitleStops(s, joinPartyTagStops(s, joinSplitCapitals(s,
        splitTrailingPunctuation(s, tokenizer.tokenizePos(s)))));
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = s.substring(spans[i].getStart(), spans[i].getEnd());
    }
    if (words.length > 1 && OPENING_CAPITALS.contains(words[0]) && !allCapitals(words[1])) {
      // "THE Cathaoirleach of Longford County Council, Cllr X,": a newspaper's capitals that
      // open a story, read as the word they are
      words[0] = words[0].charAt(0) + words[0].substring(1).toLowerCase(java.util.Locale.ROOT);
    }
    String[] tags = new String[words.length];
    String[] chunks = new String[words.length];
    for (int from = 0; from < words.length; from += TAG_WINDOW) {
      int to = Math.min(words.length, from + TAG_WINDOW);
      String[] w = from == 0 && to == words.length ? words : Arrays.copyOfRange(words, from, to);
      String[] t = tagger.tag(w);
      for (int i = 0; i < t.length; i++) {
        if (!Character.isLetter(t[i].charAt(0)) && w[i].chars().anyMatch(Character::isLetter)) {
          // a word tagged as punctuation ("Kulkarni-Patil" as "."): a noun
          t[i] = Character.isUpperCase(w[i].charAt(0)) ? "NNP" : "NN";
        } else if (t[i].equals("DT") && Character.isUpperCase(w[i].charAt(0))
            && !DETERMINERS.contains(w[i].toLowerCase(java.util.Locale.ROOT))) {
          t[i] = "NNP"; // "Aled" of "Aled Pritchard" tagged as a determiner
        } else if (t[i].startsWith("VB") && allCapitals(w[i]) && w[i].length() < 5 && i > 0
            && Character.isUpperCase(w[i - 1].charAt(0)) && !allCapitals(w[i - 1])
            && !t[i - 1].equals("PRP")) {
          t[i] = "NNP"; // "a London-wide Conservative AM," tagged as a verb: a title (not "I
          // AM", nor a headline's "MSP TO QUIT")
        } else if (t[i].equals("FW") && Character.isUpperCase(w[i].charAt(0))) {
          t[i] = "NNP"; // "União Desportiva/FW de Tróia/FW": a capitalised foreign word is a name
        } else if (CLOCK_TIME.matcher(w[i]).matches()) {
          t[i] = "CD"; // "By 9pm Jo Bly had been appointed": a time, not an adjective of a name
        }
      }
      String[] c = chunker.chunk(w, t);
      System.arraycopy(t, 0, tags, from, t.length);
      System.arraycopy(c, 0, chunks, from, c.length);
    }
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
