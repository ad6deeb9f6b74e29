package org.polkg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Java main class run in a real child process on the test class path, with its standard output
 * read line by line as it comes and its standard error collected.
 */
final class ChildJava implements AutoCloseable {
  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();
  private final StringBuilder err = new StringBuilder();
  private final Thread outReader;
  private final Thread errReader;

  private ChildJava(Process process) {
    this.process = process;
    this.outReader = pump(process.getInputStream(), lines::add);
    this.errReader = pump(process.getErrorStream(), l -> {
      synchronized (err) {
        err.append(l).append('\n');
      }
    });
  }

  /** Starts {@code mainClass} with {@code args} in a JVM with at most {@code heap} of heap. */
  static ChildJava start(String heap, Class<?> mainClass, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass.getName());
    cmd.addAll(List.of(args));
    return new ChildJava(new ProcessBuilder(cmd).start());
  }

  private static Thread pump(java.io.InputStream in, java.util.function.Consumer<String> sink) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          sink.accept(line);
        }
      } catch (IOException e) {
        // the process is gone
      }
    }, "child-output");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * Waits for standard-output lines until {@code count} of them have matched {@code wanted}, the
   * process ends, or {@code seconds} pass; returns the matching lines seen.
   */
  List<String> awaitLines(Predicate<String> wanted, int count, long seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<String> matched = new ArrayList<>(seen.stream().filter(wanted).toList());
    while (matched.size() < count && System.nanoTime() < deadline) {
      String line = lines.poll(200, TimeUnit.MILLISECONDS);
      if (line != null) {
        seen.add(line);
        if (wanted.test(line)) {
          matched.add(line);
        }
      } else if (!process.isAlive() && lines.isEmpty()) {
        break;
      }
    }
    return matched;
  }

  Process process() {
    return process;
  }

  long pid() {
    return process.pid();
  }

  /** Kills the process with SIGKILL (on Linux) and waits for it to end; its exit status. */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    return process.waitFor();
  }

  /** Everything the process printed on standard error so far. */
  String err() throws InterruptedException {
    errReader.join(100);
    synchronized (err) {
      return err.toString();
    }
  }

  /** Standard-output lines read so far (by {@link #awaitLines}) and any still queued. */
  List<String> out() throws InterruptedException {
    outReader.join(100);
    List<String> all = new ArrayList<>(seen);
    lines.drainTo(all);
    return all;
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
