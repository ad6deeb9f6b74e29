package org.polkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the polkg name finder (persons and organisations) from annotated text in the OpenNLP
 * name-finder format, with word-shape features and dictionary features built from the polkg
 * gazetteers. Training is deterministic: the same data and gazetteers give the same model.
 */
public final class NameModelTrainer {
  /** Where the build puts the model, on the classpath. */
  public static final String RESOURCE = "/org/polkg/models/names-en.bin";
  private static final String FEATURES = "/org/polkg/nlp/name-features.xml";

  private NameModelTrainer() {}

  /** The gazetteer word lists the model's dictionary features look up. */
  public record Gazetteers(Collection<String> givenNames, Collection<String> organisations,
      Collection<String> titles) {}

  /** Trains a model from {@code trainingFile}. */
  public static TokenNameFinderModel train(Path trainingFile, Gazetteers gazetteers)
      throws IOException {
    byte[] features;
    try (InputStream in = NameModelTrainer.class.getResourceAsStream(FEATURES)) {
      if (in == null) {
        throw new IOException("feature descriptor missing: " + FEATURES);
      }
      features = in.readAllBytes();
    }
    Map<String, Object> resources = Map.of(
        "polkg-given-names", dictionary(gazetteers.givenNames()),
        "polkg-organisations", dictionary(gazetteers.organisations()),
        "polkg-titles", dictionary(gazetteers.titles()));
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 150);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    TokenNameFinderFactory factory =
        TokenNameFinderFactory.create(null, features, resources, new BioCodec());
    try (ObjectStream<NameSample> samples = new NameSampleDataStream(new PlainTextByLineStream(
        new MarkableFileInputStreamFactory(trainingFile.toFile()), StandardCharsets.UTF_8))) {
      return NameFinderME.train("en", null, samples, params, factory);
    }
  }

  private static Dictionary dictionary(Collection<String> entries) {
    Dictionary d = new Dictionary(true);
    for (String e : entries) {
      String[] tokens = e.trim().split("\\s+");
      if (tokens.length > 0 && !tokens[0].isEmpty()) {
        d.put(new StringList(tokens));
      }
    }
    return d;
  }

  /** Writes {@code model} to {@code out}, creating parent directories. */
  public static void write(TokenNameFinderModel model, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(out)) {
      model.serialize(os);
    }
  }
}
