package org.polkg.extract;

import java.util.Set;

/**
 * A person mentioned in an article.
 *
 * @param key identity across articles, derived from the normalised name
 * @param name the fullest name the article gives ("Jeremy Corbyn")
 * @param surfaceForms every form seen ("Mr Corbyn", "Corbyn", ...)
 */
public record Person(String key, String name, Set<String> surfaceForms) {
  public Person {
    surfaceForms = Set.copyOf(surfaceForms);
  }

  /** Collects the forms of one person while an article is resolved. */
  static final class Builder {
    String name;
    final Set<String> forms = new java.util.LinkedHashSet<>();

    Builder(String name) {
      this.name = name;
    }
  }
}
