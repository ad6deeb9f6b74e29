package org.polkg.cli;

import java.nio.file.Path;

import org.polkg.store.FactStore;
import picocli.CommandLine.Option;

/**
 * The {@code --store DIR} option shared by the commands. A store that cannot be opened (in use
 * by another process, not a store) is reported by {@link FactStore} as one line.
 */
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
    return FactStore.openExisting(store);
  }
}
