package org.polkg.pipeline;

import java.io.IOException;
import java.nio.file.Path;

import opennlp.tools.namefind.TokenNameFinderModel;
import org.polkg.extract.Lexicon;
import org.polkg.nlp.NameModelTrainer;

/**
 * Trains the name-finder model from the project's annotated text and gazetteers. Run by the
 * build ({@code process-classes}) and by {@code polkg train}.
 */
public final class NameModelBuild {
  private NameModelBuild() {}

  /** Trains from {@code trainingFile} with the shipped gazetteers. */
  public static TokenNameFinderModel train(Path trainingFile) throws IOException {
    Lexicon lex = Lexicon.load();
    return NameModelTrainer.train(trainingFile, new NameModelTrainer.Gazetteers(
        lex.givenNameList(), lex.organisationForms(), lex.titleWords()));
  }

  /** {@code NameModelBuild TRAINING_FILE OUTPUT_MODEL}: for the build; never exits the JVM. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: NameModelBuild TRAINING_FILE OUTPUT_MODEL");
    }
    NameModelTrainer.write(train(Path.of(args[0])), Path.of(args[1]));
  }
}
