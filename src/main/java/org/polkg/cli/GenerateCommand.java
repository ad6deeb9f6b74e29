package org.polkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.polkg.synth.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polkg generate}: a reproducible synthetic corpus for tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Writes a synthetic corpus of political news (.txt with front matter,",
        ".json, .jsonl feeds, .html) from templates with varied people, parties, roles and",
        "dates, including threats, calls to resign and denials. The same seed writes the",
        "same bytes."})
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--count", paramLabel = "N", defaultValue = "1000",
      description = "Articles to write (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Parameters(paramLabel = "DIR", description = "Output directory (missing or empty).")
  Path dir;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (count < 0) {
      throw new UserException("--count: must be 0 or more: " + count);
    }
    if (Files.exists(dir) && !emptyDirectory(dir)) {
      throw new UserException(dir + " is not an empty directory (generate writes a fresh"
          + " corpus; give a new directory)");
    }
    CorpusGenerator.Result r = new CorpusGenerator(seed).generate(count, dir);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("articles: %d%n", r.articles());
    out.printf("files: %d%n", r.files());
    r.filesByFormat().forEach((f, n) -> out.printf("  %-6s %d%n", f, n));
    out.printf("directory: %s%n", dir.toAbsolutePath().normalize());
    return 0;
  }

  private static boolean emptyDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw new UserException("cannot read " + dir + ": " + e.getMessage());
    }
  }
}
