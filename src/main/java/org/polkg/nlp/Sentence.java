package org.polkg.nlp;

import java.util.List;

/**
 * One sentence of an article.
 *
 * @param index position of the sentence in its document, from 0
 * @param start offset of the sentence's first character in the article text
 * @param end offset after its last character
 * @param text the sentence as it appears in the original article text
 * @param tokens the tokens, with offsets in the article text
 * @param names the names the statistical name finder found (empty without a name model)
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens,
    List<NameSpan> names) {
  public Sentence {
    tokens = List.copyOf(tokens);
    names = List.copyOf(names);
  }

  /** A sentence without statistical names. */
  public Sentence(int index, int start, int end, String text, List<Token> tokens) {
    this(index, start, end, text, tokens, List.of());
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }
}
