package org.polkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The progress line users see when standard error is not a terminal. */
class ProgressTest {
  @Test
  void lineWithTotalRateAndEta() {
    Progress.Snapshot s = new Progress.Snapshot(1200, 5000, Duration.ofMillis(29_126));
    assertEquals("ingest: 1200/5000 articles, 41.2/s, eta 1m32s", s.line());
  }

  @Test
  void lineWhileTheTotalIsUnknown() {
    assertEquals("ingest: 30 articles, 3.0/s",
        new Progress.Snapshot(30, -1, Duration.ofSeconds(10)).line());
  }

  @Test
  void durations() {
    assertEquals("45s", Progress.duration(Duration.ofSeconds(45)));
    assertEquals("1m05s", Progress.duration(Duration.ofSeconds(65)));
    assertEquals("2h03m", Progress.duration(Duration.ofMinutes(123)));
  }
}
