package org.polkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs polkg commands in-process and captures what they print. */
public final class CliTestSupport {
  /** Exit status and what a command printed. */
  public record Run(int exit, String out, String err) {}

  private CliTestSupport() {}

  /**
   * Runs {@code args}; an ingest without {@code --progress} gets {@code --progress none}, so that
   * what it prints does not depend on how long it takes (without a terminal, the default prints a
   * progress line every few seconds).
   */
  public static synchronized Run run(String... args) {
    if (args.length > 0 && args[0].equals("ingest")
        && java.util.Arrays.stream(args).noneMatch(a -> a.startsWith("--progress"))) {
      String[] quiet = new String[args.length + 2];
      quiet[0] = args[0];
      quiet[1] = "--progress";
      quiet[2] = "none";
      System.arraycopy(args, 1, quiet, 3, args.length - 1);
      args = quiet;
    }
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = Main.commandLine().execute(args);
    } finally {
      System.out.flush();
      System.err.flush();
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Run(exit, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }
}
