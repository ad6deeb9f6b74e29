package org.polkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.DictionaryFeatureGenerator;
import org.junit.jupiter.api.Test;
import org.polkg.TestSupport;
import org.polkg.extract.Lexicon;

class GazetteerFeatureGeneratorTest {
  private static Dictionary dictionary(Collection<String> entries) {
    Dictionary d = new Dictionary(true);
    for (String e : entries) {
      String[] t = e.trim().split("\\s+");
      if (!t[0].isEmpty()) {
        d.put(new StringList(t));
      }
    }
    return d;
  }

  /** The tokens of every sentence of the name-finder training text, without its name tags. */
  private static List<String[]> trainingSentences() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("data/train/names-en.train"))) {
      String plain = line.replaceAll("<START:[^>]*>|<END>", " ").trim();
      if (!plain.isEmpty()) {
        out.add(plain.split("\\s+"));
      }
    }
    return out;
  }

  @Test
  void givesOpenNlpsDictionaryFeaturesOnEveryTrainingToken() throws IOException {
    Lexicon lex = TestSupport.pipeline().lexicon();
    List<String[]> sentences = trainingSentences();
    assertTrue(sentences.size() > 500, "training text read");
    int featuresSeen = 0;
    for (Collection<String> entries : List.of(lex.givenNameList(), lex.organisationForms(),
        lex.titleWords())) {
      Dictionary d = dictionary(entries);
      DictionaryFeatureGenerator theirs = new DictionaryFeatureGenerator("g", d);
      GazetteerFeatureGenerator ours = new GazetteerFeatureGenerator("g", d);
      for (String[] tokens : sentences) {
        for (int i = 0; i < tokens.length; i++) {
          List<String> expected = new ArrayList<>();
          List<String> actual = new ArrayList<>();
          theirs.createFeatures(expected, tokens, i, null);
          ours.createFeatures(actual, tokens, i, null);
          assertEquals(expected, actual, () -> String.join(" ", tokens));
          featuresSeen += actual.size();
        }
      }
    }
    assertTrue(featuresSeen > 1000, "the dictionaries match tokens: " + featuresSeen);
  }

  @Test
  void takesTheLongestEntryFromEachTokenAndResumesAfterIt() {
    Dictionary d = dictionary(List.of("Green", "Green Party", "Green Party of England",
        "Party", "England and Wales"));
    GazetteerFeatureGenerator g = new GazetteerFeatureGenerator("org", d);
    String[] tokens = "the Green Party of England and Wales met".split(" ");
    boolean[] in = g.entries(tokens);
    // "Green Party of England" (longest from "Green"); "England" is taken, so "England and
    // Wales" is not found; "and Wales" is in no entry.
    assertEquals("[false, true, true, true, true, false, false, false]",
        java.util.Arrays.toString(in));
    List<String> f = new ArrayList<>();
    g.createFeatures(f, tokens, 2, null);
    assertEquals(List.of("org:w=dic", "org:w=dic=Party"), f);
  }
}
