package org.polkg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.TestSupport;
import org.polkg.pipeline.NameModelBuild;

class NameModelTest {
  @TempDir
  Path tmp;

  private static Set<String> names(Document d, String type) {
    return d.sentences().stream().flatMap(s -> s.names().stream()
            .filter(n -> n.type().equals(type))
            .map(n -> String.join(" ", s.tokens().subList(n.start(), n.end()).stream()
                .map(Token::text).toList())))
        .collect(Collectors.toSet());
  }

  @Test
  void theBuildShipsAModelThatFindsUnseenNames() {
    NlpModels models = TestSupport.pipeline().models();
    assertTrue(models.hasNameModel(), "the build trains data/train/names-en.train");
    // Sentences written for this test; the names are not in the training text.
    Document d = models.newAnnotator().annotate(
        "Councillor Tobiah Rennquist told reporters that the Harlow Ridge Residents Association "
            + "would fight the plan.\n"
            + "The motion was tabled by Wilhelmina Oyelaran-Baptiste, who chairs the committee.");
    Set<String> persons = names(d, "person");
    assertTrue(persons.contains("Tobiah Rennquist") || persons.contains("Wilhelmina Oyelaran-Baptiste"),
        persons.toString());
    assertTrue(!persons.contains("Harlow Ridge Residents Association"), persons.toString());
  }

  @Test
  void trainingIsReproducible() throws Exception {
    Path data = tmp.resolve("small.train");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      sb.append("<START:person> Anna Kowal").append(i % 5).append(" <END> joined the ")
          .append("<START:organization> Green Party <END> on Monday .\n");
      sb.append("The minister , <START:person> Piotr Zielin").append(i % 7)
          .append(" <END> , resigned from the <START:organization> Senate <END> .\n");
      if (i % 6 == 5) {
        sb.append('\n');
      }
    }
    Files.writeString(data, sb.toString());
    TokenNameFinderModel a = NameModelBuild.train(data);
    TokenNameFinderModel b = NameModelBuild.train(data);
    String[] tokens = "The minister , Jan Nowak , joined the Green Party .".split(" ");
    NameFinderME fa = new NameFinderME(a);
    NameFinderME fb = new NameFinderME(b);
    assertArrayEquals(fa.find(tokens), fb.find(tokens));
    assertArrayEquals(fa.probs(), fb.probs(), 1e-12);
    assertEquals(List.of("person", "organization"),
        List.of(fa.find(tokens)).stream().map(s -> s.getType()).distinct().toList());
  }
}
