package org.polkg.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the publication dates that article metadata carries. */
final class Dates {
  private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$");

  private Dates() {}

  /**
   * Parses {@code yyyy-mm-dd}, {@code yyyy-mm-dd hh:mm:ss} or an ISO date-time with offset, to
   * the calendar date as written (an offset does not shift the day).
   *
   * @return the date, or empty when {@code value} is blank
   * @throws IllegalArgumentException when the value is not such a date, or an impossible one
   */
  static Optional<LocalDate> parse(String value) {
    String v = value == null ? "" : value.trim();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = DATE_PREFIX.matcher(v);
    if (!m.matches()) {
      try {
        return Optional.of(OffsetDateTime.parse(v).toLocalDate());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a date: '" + v + "'");
      }
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("impossible date: '" + v + "'");
    }
  }
}
