package org.polkg.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The features of OpenNLP's {@code DictionaryFeatureGenerator} for a case-sensitive dictionary,
 * computed without building and interning a token list for every span a sentence could hold:
 * a token inside a dictionary entry found in the sentence gets {@code prefix:w=dic} and
 * {@code prefix:w=dic=TOKEN}. Entries are matched the way OpenNLP's {@code
 * DictionaryNameFinder} matches them: from each token the longest entry starting there, and
 * the search resumes after it.
 *
 * <p>One instance belongs to one name finder, which is used by one thread at a time.
 */
final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {
  /** Every token prefix of every entry, mapped to whether it is an entry itself. */
  private final Map<List<String>, Boolean> prefixes;
  private final String inEntry;
  private final String inEntryToken;
  private String[] sentence;
  private boolean[] inside;

  GazetteerFeatureGenerator(String prefix, Dictionary dictionary) {
    if (!dictionary.isCaseSensitive()) {
      throw new IllegalArgumentException("only case-sensitive dictionaries");
    }
    Map<List<String>, Boolean> p = new HashMap<>();
    for (StringList entry : dictionary) {
      int size = entry.size();
      for (int n = 1; n <= size; n++) {
        String[] key = new String[n];
        for (int i = 0; i < n; i++) {
          key[i] = entry.getToken(i);
        }
        p.merge(List.of(key), n == size, Boolean::logicalOr);
      }
    }
    this.prefixes = p;
    this.inEntry = prefix + ":w=dic";
    this.inEntryToken = prefix + ":w=dic=";
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index,
      String[] previousOutcomes) {
    if (tokens != sentence) {
      sentence = tokens;
      inside = entries(tokens);
    }
    if (inside[index]) {
      features.add(inEntry);
      features.add(inEntryToken + tokens[index]);
    }
  }

  /** Which tokens lie inside an entry found by longest match from left to right. */
  boolean[] entries(String[] tokens) {
    boolean[] in = new boolean[tokens.length];
    for (int from = 0; from < tokens.length; from++) {
      int longest = 0;
      for (int to = from + 1; to <= tokens.length; to++) {
        Boolean entry = prefixes.get(Arrays.asList(tokens).subList(from, to));
        if (entry == null) {
          break;
        }
        if (entry) {
          longest = to - from;
        }
      }
      if (longest > 0) {
        Arrays.fill(in, from, from + longest, true);
        from += longest - 1;
      }
    }
    return in;
  }
}
