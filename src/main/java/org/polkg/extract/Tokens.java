package org.polkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers on words and names. */
final class Tokens {
  private static final java.util.Set<String> BE = java.util.Set.of("is", "was", "were", "are",
      "be", "been", "being");

  private Tokens() {}

  /** {@code w} with its first letter in upper case: "culture" -> "Culture". */
  static String capitalize(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** Whether {@code w} (in lower case) is a form of "be". */
  static boolean isBe(String w) {
    return BE.contains(w);
  }

  /** Whether {@code w} (in lower case) is "has", "have" or "had". */
  static boolean isHave(String w) {
    return w.equals("has") || w.equals("have") || w.equals("had");
  }

  /**
   * Splits a lexicon phrase into tokens the way the Penn Treebank tokenizer would for the
   * phrases lexicons hold: on spaces, with {@code 's}, {@code n't} and brackets split off.
   */
  static List<String> split(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.trim().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.length() > 2 && w.startsWith("(") && w.endsWith(")")) {
        out.add("("); // "NCP (SP)"
        out.add(w.substring(1, w.length() - 1));
        out.add(")");
      } else if (w.length() > 1 && w.endsWith(",")) {
        out.add(w.substring(0, w.length() - 1)); // "Shooters, Fishers and Farmers Party"
        out.add(",");
      } else if (w.length() > 2 && w.endsWith("'s")) {
        out.add(w.substring(0, w.length() - 2));
        out.add("'s");
      } else if (w.length() > 3 && w.endsWith("n't")) {
        out.add(w.substring(0, w.length() - 3));
        out.add("n't");
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /** Joins tokens with spaces, closing up possessives and hyphens the tokenizer split. */
  static String join(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0 && !w.equals("'s") && !w.equals("'") && !w.equals(",")
          && !w.equals(".") && !w.equals("-") && !w.equals(")")
          && sb.charAt(sb.length() - 1) != '-' && sb.charAt(sb.length() - 1) != '(') {
        sb.append(' ');
      }
      sb.append(w);
    }
    return sb.toString();
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

  /**
   * A name without its accents, in the same case: "Paweł Kołodziej" is "Pawel Kolodziej",
   * "Tomáš" is "Tomas".
   */
  static String fold(String name) {
    if (name.chars().allMatch(ch -> ch < 128)) {
      return name; // nothing to fold: the common case, kept cheap for per-token look-ups
    }
    return MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD))
        .replaceAll("")
        // letters that do not decompose
        .replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
        .replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("æ", "ae")
        .replace("Æ", "Ae").replace("œ", "oe").replace("ı", "i");
  }

  /** A lower-case ASCII slug of a name: "Seán Ó Fearghaíl" becomes "sean-o-fearghail". */
  static String slug(String name) {
    String s = fold(name)
        .toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+|-+$)", "");
    return s.isEmpty() ? "x" : s;
  }
}
