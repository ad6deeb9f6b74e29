package org.polkg.extract;

/** The kinds of political event polkg records. */
public enum EventType {
  RESIGNATION("Resignation"),
  APPOINTMENT("Appointment"),
  DISMISSAL("Dismissal"),
  DEFECTION("Defection"),
  SUSPENSION("Suspension"),
  ELECTION("Election"),
  VOTE("Vote"),
  MEETING("Meeting");

  private final String label;

  EventType(String label) {
    this.label = label;
  }

  /** The type as users see it, e.g. {@code "Resignation"}. */
  public String label() {
    return label;
  }
}
