package org.polkg.extract;

import java.util.Optional;
import java.util.Set;

/**
 * An organisation mentioned in an article.
 *
 * @param key identity across articles (gazetteer id, or derived from the normalised name)
 * @param name its full name ("Labour Party")
 * @param type what kind of organisation it is
 * @param country ISO country code, when known
 * @param surfaceForms every form seen ("Labour", "the party", ...)
 */
public record Organization(
    String key, String name, OrgType type, Optional<String> country, Set<String> surfaceForms) {
  public Organization {
    surfaceForms = Set.copyOf(surfaceForms);
  }
}
