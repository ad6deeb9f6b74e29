package org.polkg.nlp;

/**
 * Replaces typographic characters that the English models tokenise badly (curly quotes, dashes,
 * non-breaking spaces) with ASCII ones. Each character maps to exactly one character, so offsets
 * in the normalised text are offsets in the original.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = switch (out[i]) {
        case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033' -> '"';
        case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`' -> '\'';
        case '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
        case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\t' -> ' ';
        case '\u2026' -> '.';
        default -> out[i];
      };
    }
    return new String(out);
  }
}
