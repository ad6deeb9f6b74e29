package org.polkg.nlp;

/**
 * A token with its Penn Treebank part-of-speech tag and chunk tag.
 *
 * @param text the token as it appears in the (normalised) text
 * @param start offset of the first character in the article text
 * @param end offset after the last character in the article text
 * @param pos Penn Treebank tag (NNP, VBD, ...)
 * @param chunk chunk tag in BIO form (B-NP, I-VP, O, ...)
 */
public record Token(String text, int start, int end, String pos, String chunk) {

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
