package org.polkg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A statement extracted from one sentence of an article. Entities are referred to by key. */
public sealed interface Fact {
  Modality modality();

  Provenance provenance();

  /** A person holds a role, optionally in an organisation. */
  record RoleHolding(String person, String role, Optional<String> organization,
      Modality modality, Provenance provenance) implements Fact {}

  /** A person resigned (or threatened to, was called on to, ...) from an organisation. */
  record Resignation(String person, Optional<String> organization, Optional<LocalDate> date,
      Modality modality, Provenance provenance) implements Fact {}

  /** A person joined an organisation. */
  record Joining(String person, String organization, Optional<LocalDate> date,
      Modality modality, Provenance provenance) implements Fact {}

  /** An event other than a resignation, with its participants (persons and organisations). */
  record Event(EventType type, Optional<LocalDate> date, List<String> participants,
      Optional<String> organization, Modality modality, Provenance provenance) implements Fact {
    public Event {
      participants = List.copyOf(participants);
    }
  }
}
