package org.polkg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The query-contract files of {@code queries/}, packaged with polkg. */
public final class ContractQueries {
  /** The names of all contract queries, as in {@code queries/NAME.rq}. */
  public static final java.util.List<String> NAMES = java.util.List.of("articles", "events",
      "memberships", "modality", "provenance", "resignations", "roles");

  private ContractQueries() {}

  /** The text of {@code queries/NAME.rq}. */
  public static String text(String name) {
    String resource = "/org/polkg/queries/" + name + ".rq";
    try (InputStream in = ContractQueries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("query not packaged: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
