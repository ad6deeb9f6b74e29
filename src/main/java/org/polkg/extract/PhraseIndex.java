package org.polkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.polkg.nlp.Token;

/**
 * Finds the longest phrase from a fixed set that starts at a given token. Phrases are token
 * sequences; matching is exact or on lower case, as chosen when the index is built.
 *
 * @param <V> what each phrase stands for
 */
final class PhraseIndex<V> {
  private final Map<List<String>, V> phrases = new HashMap<>();
  /** Every proper prefix of a phrase: the search from a token stops at the first word not here. */
  private final Set<List<String>> prefixes = new HashSet<>();
  private final boolean ignoreCase;
  private int longest;

  PhraseIndex(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  /** Adds {@code phrase} (words separated by spaces); the first value added for it wins. */
  void put(String phrase, V value) {
    List<String> key = new ArrayList<>();
    for (String w : Tokens.split(phrase)) {
      key.add(ignoreCase ? w.toLowerCase(java.util.Locale.ROOT) : w);
    }
    if (!key.isEmpty()) {
      phrases.putIfAbsent(List.copyOf(key), value);
      for (int n = 1; n < key.size(); n++) {
        prefixes.add(List.copyOf(key.subList(0, n)));
      }
      longest = Math.max(longest, key.size());
    }
  }

  /** A phrase found in a token list. */
  record Match<V>(int start, int end, V value) {}

  /** The longest phrase starting at token {@code start}, if any. */
  Optional<Match<V>> longestAt(List<Token> tokens, int start) {
    return longestAt(tokens, start, t -> ignoreCase ? t.lower() : t.text());
  }

  private Optional<Match<V>> longestAt(List<Token> tokens, int start, Function<Token, String> key) {
    int max = Math.min(longest, tokens.size() - start);
    List<String> words = new ArrayList<>(max);
    Match<V> found = null;
    for (int n = 1; n <= max; n++) {
      words.add(key.apply(tokens.get(start + n - 1)));
      V v = phrases.get(words);
      if (v != null) {
        found = new Match<>(start, start + n, v);
      }
      if (!prefixes.contains(words)) {
        break;
      }
    }
    return Optional.ofNullable(found);
  }

  /** All non-overlapping longest matches, left to right. */
  List<Match<V>> findAll(List<Token> tokens) {
    List<Match<V>> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Match<V>> m = longestAt(tokens, i);
      if (m.isPresent()) {
        out.add(m.get());
        i = m.get().end();
      } else {
        i++;
      }
    }
    return out;
  }
}
