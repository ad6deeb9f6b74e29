package org.polkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.polkg.nlp.NameModelTrainer;
import org.polkg.pipeline.NameModelBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code polkg train}: rebuilds the name-finder model. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Trains the person/organisation name-finder model from annotated text",
        "(OpenNLP name-finder format) and the polkg gazetteers. The build does this too:",
        "the jar carries the model trained from data/train/names-en.train."})
final class TrainCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "FILE", defaultValue = "data/train/names-en.train",
      description = "Annotated training text (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "names-en.bin",
      description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path output;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.isReadable(data)) {
      throw new UserException("cannot read training data " + data);
    }
    NameModelTrainer.write(NameModelBuild.train(data), output);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("name-finder model written to %s (%d bytes)%n", output, Files.size(output));
    return 0;
  }
}
