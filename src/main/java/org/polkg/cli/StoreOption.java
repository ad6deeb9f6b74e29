package org.polkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.polkg.store.FactStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands. */
final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
      description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  /** Opens the store, creating it. */
  FactStore open() {
    return FactStore.open(store);
  }

  /** Opens a store that must already exist. */
  FactStore openExisting() {
    if (!Files.isDirectory(store)) {
      throw new UserException("no store at " + store + " (run 'polkg ingest' first, or give --store)");
    }
    return FactStore.openExisting(store);
  }
}
