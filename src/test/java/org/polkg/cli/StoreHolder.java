package org.polkg.cli;

import java.nio.file.Path;

import org.polkg.store.FactStore;

/**
 * A test helper run as a child process: opens the store named by its argument, says so on
 * standard output, and keeps it open until its standard input closes (or two minutes pass).
 */
public final class StoreHolder {
  private StoreHolder() {}

  public static void main(String[] args) throws Exception {
    try (FactStore store = FactStore.open(Path.of(args[0]))) {
      System.out.println("holding " + store.directory() + " pid " + ProcessHandle.current().pid());
      System.out.flush();
      long deadline = System.currentTimeMillis() + 120_000;
      while (System.currentTimeMillis() < deadline && System.in.read() >= 0) {
        // wait for the test to close our standard input
      }
    }
  }
}
