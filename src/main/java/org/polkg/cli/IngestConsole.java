package org.polkg.cli;

import java.io.PrintWriter;
import java.util.Optional;

import org.polkg.pipeline.Failure;
import org.polkg.pipeline.FailureReport;
import org.polkg.pipeline.IngestListener;

/**
 * Tells the user what an ingest does: one {@code error:} or {@code warning:} line per problem on
 * standard error, a line per stored article on standard output when verbose, and each failure
 * in the report file when there is one.
 */
final class IngestConsole implements IngestListener {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean verbose;
  private final Optional<FailureReport> report;

  IngestConsole(PrintWriter out, PrintWriter err, boolean verbose,
      Optional<FailureReport> report) {
    this.out = out;
    this.err = err;
    this.verbose = verbose;
    this.report = report;
  }

  @Override
  public void failed(Failure failure) {
    err.println("error: " + failure.describe());
    err.flush();
    report.ifPresent(r -> r.write(failure));
  }

  @Override
  public void warned(Failure warning) {
    err.println("warning: " + warning.describe());
    err.flush();
  }

  @Override
  public void stored(String source, String graphName) {
    if (verbose) {
      out.println("stored: " + source + " " + graphName);
      out.flush();
    }
  }
}
