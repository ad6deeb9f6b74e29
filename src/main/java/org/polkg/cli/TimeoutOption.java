package org.polkg.cli;

import java.time.Duration;

import picocli.CommandLine.Option;

/** The {@code --timeout SECONDS} option of the commands that serve queries. */
final class TimeoutOption {
  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Cancel queries running longer than this; 0: no limit"
          + " (default: ${DEFAULT-VALUE}).")
  double seconds;

  Duration duration() {
    if (!(seconds >= 0) || seconds > 86_400 * 365) {
      throw new UserException("--timeout: not a number of seconds >= 0: " + seconds);
    }
    return Duration.ofMillis(Math.round(seconds * 1000));
  }
}
