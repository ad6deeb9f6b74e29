package org.polkg.eval;

import java.util.List;
import java.util.Optional;

/**
 * One expected (or forbidden) fact from a gold file. Lists hold every acceptable surface form,
 * canonical first; an absent list means "any"; {@code organizationNull} means the text ties the
 * fact to no organisation.
 */
public record GoldFact(String type, List<String> person, List<String> organization,
    boolean organizationNull, List<String> role, Optional<String> date, String eventType,
    List<String> participants, boolean optional, int record) {

  /** The canonical form of the person, or "". */
  public String personName() {
    return person.isEmpty() ? "" : person.get(0);
  }

  public String describe() {
    return switch (type) {
      case "event" -> eventType + " on " + date.orElse("?") + " " + participants;
      case "role" -> personName() + " — " + (role.isEmpty() ? "?" : role.get(0))
          + (organization.isEmpty() ? "" : " — " + organization.get(0));
      default -> personName() + " — " + type + " — "
          + (organization.isEmpty() ? "(none)" : organization.get(0))
          + date.map(d -> " on " + d).orElse("");
    };
  }
}
