package org.polkg.extract;

/**
 * Where a fact came from and how sure polkg is of it.
 *
 * @param sentence the sentence text as it appears in the article
 * @param start offset of the sentence in the article text
 * @param end offset after the sentence
 * @param rule the id of the rule that produced the fact
 * @param confidence in [0, 1]
 */
public record Provenance(String sentence, int start, int end, String rule, double confidence) {
  public Provenance {
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
  }
}
