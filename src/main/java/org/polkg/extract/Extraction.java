package org.polkg.extract;

import java.util.List;
import java.util.Map;

import org.polkg.ingest.Article;

/** The entities and facts extracted from one article. */
public record Extraction(
    Article article, Map<String, Person> persons, Map<String, Organization> organizations,
    List<Fact> facts) {
  public Extraction {
    persons = Map.copyOf(persons);
    organizations = Map.copyOf(organizations);
    facts = List.copyOf(facts);
  }

  /** Facts of one kind. */
  public <T extends Fact> List<T> facts(Class<T> kind) {
    return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
