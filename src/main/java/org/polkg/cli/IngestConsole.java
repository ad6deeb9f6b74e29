package org.polkg.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Consumer;

import org.polkg.pipeline.Failure;
import org.polkg.pipeline.FailureReport;
import org.polkg.pipeline.IngestListener;

/**
 * Tells the user what an ingest does: one {@code error:} or {@code warning:} line per problem on
 * standard error, a line per stored article on standard output when verbose, and each failure
 * in the report file when there is one.
 */
final class IngestConsole implements IngestListener {
  private final Consumer<String> out;
  private final Consumer<String> err;
  private final boolean verbose;
  private final Optional<FailureReport> report;

  /**
   * @param out prints a line on standard output
   * @param err prints a line on standard error
   */
  IngestConsole(Consumer<String> out, Consumer<String> err, boolean verbose,
      Optional<FailureReport> report) {
    this.out = out;
    this.err = err;
    this.verbose = verbose;
    this.report = report;
  }

  /** Prints straight to {@code out} and {@code err}, each line flushed. */
  IngestConsole(PrintWriter out, PrintWriter err, boolean verbose,
      Optional<FailureReport> report) {
    this(printer(out), printer(err), verbose, report);
  }

  private static Consumer<String> printer(PrintWriter w) {
    return line -> {
      w.println(line);
      w.flush();
    };
  }

  @Override
  public void failed(Failure failure) {
    err.accept("error: " + failure.describe());
    report.ifPresent(r -> r.write(failure));
  }

  @Override
  public void warned(Failure warning) {
    err.accept("warning: " + warning.describe());
  }

  @Override
  public void stored(String source, String graphName) {
    if (verbose) {
      out.accept("stored: " + source + " " + graphName);
    }
  }
}
