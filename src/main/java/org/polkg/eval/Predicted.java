package org.polkg.eval;

import java.util.List;
import java.util.Optional;

/** A fact as the contract queries return it, for one article. */
public record Predicted(String type, String person, Optional<String> organization,
    Optional<String> role, Optional<String> date, String eventType, List<String> participants) {

  public String describe() {
    return switch (type) {
      case "event" -> eventType + " on " + date.orElse("?") + " " + participants;
      case "role" -> person + " — " + role.orElse("?") + organization.map(o -> " — " + o).orElse("");
      default -> person + " — " + type + " — " + organization.orElse("(none)")
          + date.map(d -> " on " + d).orElse("");
    };
  }
}
