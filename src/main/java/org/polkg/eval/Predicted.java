package org.polkg.eval;

import java.util.List;
import java.util.Optional;

/**
 * A fact as the contract queries return it, for one article, with the confidence, sentence and
 * rule of the fact node it came from (the most confident one when several give the same row).
 */
public record Predicted(String type, String person, Optional<String> organization,
    Optional<String> role, Optional<String> date, String eventType, List<String> participants,
    double confidence, String sentence, List<String> organizationForms, String rule) {

  public Predicted {
    participants = List.copyOf(participants);
    organizationForms = List.copyOf(organizationForms);
  }

  /** A predicted fact whose organisation is known only by its name. */
  public Predicted(String type, String person, Optional<String> organization,
      Optional<String> role, Optional<String> date, String eventType, List<String> participants,
      double confidence, String sentence) {
    this(type, person, organization, role, date, eventType, participants, confidence, sentence,
        List.of(), "");
  }

  /** This fact with the surface forms its organisation has in the article's text. */
  public Predicted withOrganizationForms(List<String> forms) {
    return new Predicted(type, person, organization, role, date, eventType, participants,
        confidence, sentence, forms, rule);
  }

  /** This fact with the confidence, sentence and rule of the fact node it came from. */
  public Predicted withProvenance(double confidence, String sentence, String rule) {
    return new Predicted(type, person, organization, role, date, eventType, participants,
        confidence, sentence, organizationForms, rule);
  }

  public String describe() {
    return switch (type) {
      case "event" -> eventType + " on " + date.orElse("?") + " " + participants;
      case "role" -> person + " — " + role.orElse("?") + organization.map(o -> " — " + o).orElse("");
      default -> person + " — " + type + " — " + organization.orElse("(none)")
          + date.map(d -> " on " + d).orElse("");
    };
  }
}
