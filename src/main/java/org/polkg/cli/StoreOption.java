package org.polkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.dboe.DBOpEnvException;
import org.polkg.store.FactStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands. */
final class StoreOption {
  private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
      description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  /** Opens the store, creating it. */
  FactStore open() {
    try {
      return FactStore.open(store);
    } catch (DBOpEnvException e) {
      throw inUse(e);
    }
  }

  /** Opens a store that must already exist. */
  FactStore openExisting() {
    if (!Files.isDirectory(store)) {
      throw new UserException("no store at " + store + " (run 'polkg ingest' first, or give --store)");
    }
    return open();
  }

  /** A store locked by another process (often a running 'polkg serve'): one line, no trace. */
  private UserException inUse(DBOpEnvException e) {
    String message = String.valueOf(e.getMessage());
    if (!message.contains("lock")) {
      throw e;
    }
    Matcher m = HOLDER.matcher(message);
    String who = m.find() ? "process " + m.group(1) : "another process";
    return new UserException("store " + store + " is in use by " + who + " (a 'polkg serve'?"
        + " stop it, or send articles to it with 'polkg ingest --endpoint URL')");
  }
}
