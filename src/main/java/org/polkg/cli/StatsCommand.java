package org.polkg.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.polkg.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code polkg stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Counts articles, triples, persons, organisations, events and facts by kind.")
final class StatsCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (FactStore fs = store.openExisting()) {
      for (Map.Entry<String, Long> e : fs.stats().entrySet()) {
        out.printf("%-26s %d%n", e.getKey(), e.getValue());
      }
    }
    return 0;
  }
}
