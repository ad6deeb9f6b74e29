package org.polkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Matching of predicted organisations against gold forms. */
class ScorerTest {
  private static GoldFact resignation(String person, String... orgs) {
    return new GoldFact("resignation", List.of(person), List.of(orgs), false, List.of(),
        Optional.of("2024-03-04"), "", List.of(), false, 0);
  }

  private static Predicted predicted(String person, String org, String... forms) {
    return new Predicted("resignation", person, Optional.of(org), Optional.empty(),
        Optional.of("2024-03-04"), "", List.of(), 0.9, "").withOrganizationForms(List.of(forms));
  }

  private static Scorer.Counts score(Predicted p, GoldFact g) {
    Scorer s = new Scorer();
    s.score("a", List.of(p), List.of(g), List.of());
    return s.counts("resignation");
  }

  @Test
  void anotherPartyCalledThePartyIsNoMatch() {
    Scorer.Counts c = score(predicted("Ann Roe", "Alba Party", "Alba", "the party"),
        resignation("Ann Roe", "Scottish National Party", "SNP", "the party"));
    assertEquals(0, c.tp());
    assertEquals(1, c.fp());
  }

  @Test
  void aNameTheTextGaveMatches() {
    Scorer.Counts c = score(predicted("Ann Roe", "Scottish National Party", "the Nats"),
        resignation("Ann Roe", "SNP", "the Nats"));
    assertEquals(1, c.tp());
  }

  @Test
  void theGovernmentByItsDescriptionMatches() {
    Scorer.Counts c = score(predicted("Ann Roe", "Dutch Government", "the cabinet"),
        resignation("Ann Roe", "cabinet", "the cabinet"));
    assertEquals(1, c.tp());
  }

  @Test
  void aFormThatNamesOneBodyMatches() {
    Scorer.Counts c = score(predicted("Lord Dee", "Crossbench peers", "the crossbenchers"),
        resignation("Lord Dee", "crossbenchers", "the crossbench"));
    assertEquals(1, c.tp());
  }

  @Test
  void aDashIsADashWhicheverTheWriterTyped() {
    Scorer.Counts c = score(predicted("Ann Roe", "Arvena-Brightwater"),
        resignation("Ann Roe", "Arvena\u2013Brightwater"));
    assertEquals(1, c.tp());
  }

  @Test
  void twoPredictionsTakeTwoGoldFactsTheyBothMatch() {
    // the party's name in the text ("Labour") is a form of both gold organisations
    GoldFact group = resignation("Ann Roe", "Labour group", "Labour");
    GoldFact party = resignation("Ann Roe", "Labour Party", "Labour");
    Scorer s = new Scorer();
    s.score("a", List.of(predicted("Ann Roe", "Labour Party", "Labour"),
        predicted("Ann Roe", "Labour group", "Labour group")), List.of(group, party), List.of());
    assertEquals(2, s.counts("resignation").tp());
    assertEquals(0, s.counts("resignation").fn());
    // one prediction still counts once
    Scorer one = new Scorer();
    one.score("a", List.of(predicted("Ann Roe", "Labour Party", "Labour")),
        List.of(group, party), List.of());
    assertEquals(1, one.counts("resignation").tp());
    assertEquals(1, one.counts("resignation").fn());
  }
}
