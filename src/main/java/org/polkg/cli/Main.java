package org.polkg.cli;

import org.polkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code polkg} command. */
@Command(name = "polkg", mixinStandardHelpOptions = true, version = "polkg 0.1.0",
    description = "Turns political news articles into a knowledge graph of facts.",
    subcommands = {IngestCommand.class, QueryCommand.class, ExportCommand.class,
        StatsCommand.class, EvalCommand.class, TrainCommand.class, ServeCommand.class,
        FusekiConfigCommand.class, RemoveCommand.class, GenerateCommand.class,
        LoadCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Exit status when some input failed. */
  static final int SOME_FAILED = 1;
  /** Exit status for a usage error, or a store that cannot be used. */
  static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs polkg with {@code args} and returns the exit status. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The polkg command line, with user mistakes and stores that cannot be used reported as one
   * line and exit status 2.
   */
  static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setExecutionExceptionHandler((ex, line, parsed) -> {
      if (ex instanceof UserException || ex instanceof StoreException) {
        line.getErr().println("polkg: " + ex.getMessage());
        return USAGE;
      }
      throw ex;
    });
    return cmd;
  }
}
