package org.polkg.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted facts against gold facts, article by article, and accumulates precision and
 * recall per fact kind (resignation, role, joined, event) and for entities (persons,
 * organisations). Events are scored as distinct (type, date) pairs per article.
 */
public final class Scorer {
  /** The fact kinds, in report order. */
  public static final List<String> KINDS =
      List.of("resignation", "role", "joined", "event", "persons", "organisations");

  /** Counts for one kind. */
  public static final class Counts {
    int tp;
    int fp;
    int fn;

    public int tp() {
      return tp;
    }

    public int fp() {
      return fp;
    }

    public int fn() {
      return fn;
    }

    public double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * One miss or false positive, with where it is from (the sentence and the rule that produced
   * it, when known).
   */
  public record Error(String kind, String article, String what, boolean mustNot,
      String sentence, String rule) {
    Error(String kind, String article, String what, boolean mustNot) {
      this(kind, article, what, mustNot, "", "");
    }
  }

  private final Map<String, Counts> counts = new LinkedHashMap<>();
  private final Map<String, Map<String, Counts>> byRule = new LinkedHashMap<>();
  private final List<Error> misses = new ArrayList<>();
  private final List<Error> falsePositives = new ArrayList<>();
  private int datesRight;
  private int datesChecked;

  private final java.util.function.UnaryOperator<String> roleCanon;

  /** A scorer comparing role labels as written. */
  public Scorer() {
    this(java.util.function.UnaryOperator.identity());
  }

  /** A scorer comparing role labels after {@code roleCanon} maps synonyms to one label. */
  public Scorer(java.util.function.UnaryOperator<String> roleCanon) {
    this.roleCanon = roleCanon;
    KINDS.forEach(k -> counts.put(k, new Counts()));
  }

  public Counts counts(String kind) {
    return counts.get(kind);
  }

  /**
   * True and false positives of one fact kind (resignation, role, joined, event) by the rule
   * that produced the prediction, in the order the rules were first seen; false negatives are
   * not counted (a miss has no rule).
   */
  public Map<String, Counts> countsByRule(String kind) {
    return java.util.Collections.unmodifiableMap(byRule.getOrDefault(kind, Map.of()));
  }

  private Counts ruleCounts(String kind, String rule) {
    return byRule.computeIfAbsent(kind, k -> new LinkedHashMap<>())
        .computeIfAbsent(rule.isEmpty() ? "(unknown)" : rule, r -> new Counts());
  }

  public List<Error> misses() {
    return misses;
  }

  public List<Error> falsePositives() {
    return falsePositives;
  }

  /** Share of matched resignations whose date is right. */
  public double resignationDateAccuracy() {
    return datesChecked == 0 ? 1.0 : (double) datesRight / datesChecked;
  }

  public int resignationDatesChecked() {
    return datesChecked;
  }

  /** Scores one article. */
  public void score(String article, List<Predicted> predicted, List<GoldFact> gold,
      List<GoldFact> mustNot) {
    for (String kind : List.of("resignation", "role", "joined")) {
      scoreFacts(kind, article, of(predicted, kind), gold(gold, kind), gold(mustNot, kind));
    }
    scoreEvents(article, of(predicted, "event"), gold(gold, "event"), gold(mustNot, "event"));
    scoreEntities(article, predicted, gold);
  }

  private void scoreFacts(String kind, String article, List<Predicted> pred, List<GoldFact> gold,
      List<GoldFact> mustNot) {
    Counts c = counts.get(kind);
    // one-to-one: as many required gold facts as possible each get a prediction of their own
    // (those with the predicted date first); a prediction left over that matches some gold fact
    // repeats a fact and is neither a hit nor a false positive
    List<List<Integer>> edges = new ArrayList<>();
    for (Predicted p : pred) {
      List<Integer> e = new ArrayList<>();
      for (int g = 0; g < gold.size(); g++) {
        if (!gold.get(g).optional() && matches(p, gold.get(g))) {
          e.add(g);
        }
      }
      e.sort(java.util.Comparator.comparing(g -> !gold.get(g).date().equals(p.date())));
      edges.add(e);
    }
    int[] owner = new int[gold.size()];
    java.util.Arrays.fill(owner, -1);
    for (int p = 0; p < pred.size(); p++) {
      assign(p, edges, owner, new boolean[gold.size()]);
    }
    Set<Integer> assigned = new java.util.HashSet<>();
    for (int g = 0; g < gold.size(); g++) {
      if (owner[g] < 0) {
        continue;
      }
      assigned.add(owner[g]);
      c.tp++;
      ruleCounts(kind, pred.get(owner[g]).rule()).tp++;
      GoldFact hit = gold.get(g);
      if (kind.equals("resignation") && hit.date().isPresent()) {
        datesChecked++;
        if (hit.date().equals(pred.get(owner[g]).date())) {
          datesRight++;
        }
      }
    }
    for (int i = 0; i < pred.size(); i++) {
      Predicted p = pred.get(i);
      if (assigned.contains(i) || gold.stream().anyMatch(g -> matches(p, g))) {
        continue;
      }
      c.fp++;
      ruleCounts(kind, p.rule()).fp++;
      boolean forbidden = mustNot.stream().anyMatch(g -> matches(p, g));
      falsePositives.add(new Error(kind, article, p.describe(), forbidden, p.sentence(),
          p.rule()));
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!gold.get(g).optional() && owner[g] < 0) {
        c.fn++;
        misses.add(new Error(kind, article, gold.get(g).describe(), false));
      }
    }
  }

  /** Kuhn's augmenting path: gives prediction {@code p} a gold fact, moving others if need be. */
  private static boolean assign(int p, List<List<Integer>> edges, int[] owner, boolean[] seen) {
    for (int g : edges.get(p)) {
      if (seen[g]) {
        continue;
      }
      seen[g] = true;
      if (owner[g] < 0 || assign(owner[g], edges, owner, seen)) {
        owner[g] = p;
        return true;
      }
    }
    return false;
  }

  private void scoreEvents(String article, List<Predicted> pred, List<GoldFact> gold,
      List<GoldFact> mustNot) {
    Counts c = counts.get("event");
    Set<String> required = new LinkedHashSet<>();
    Set<String> allowed = new LinkedHashSet<>();
    for (GoldFact g : gold) {
      String key = g.eventType() + " on " + g.date().orElse("?");
      allowed.add(key);
      if (!g.optional()) {
        required.add(key);
      }
    }
    Map<String, Predicted> predicted = new LinkedHashMap<>();
    pred.forEach(p -> predicted.putIfAbsent(p.eventType() + " on " + p.date().orElse("?"), p));
    for (Map.Entry<String, Predicted> e : predicted.entrySet()) {
      String p = e.getKey();
      if (required.contains(p)) {
        c.tp++;
        ruleCounts("event", e.getValue().rule()).tp++;
      } else if (!allowed.contains(p)) {
        c.fp++;
        ruleCounts("event", e.getValue().rule()).fp++;
        boolean forbidden = mustNot.stream()
            .anyMatch(g -> (g.eventType() + " on " + g.date().orElse("?")).equals(p));
        falsePositives.add(new Error("event", article, p, forbidden, e.getValue().sentence(),
            e.getValue().rule()));
      }
    }
    for (String r : required) {
      if (!predicted.containsKey(r)) {
        c.fn++;
        misses.add(new Error("event", article, r, false));
      }
    }
  }

  private void scoreEntities(String article, List<Predicted> pred, List<GoldFact> gold) {
    Set<String> predPersons = new LinkedHashSet<>();
    Map<String, List<String>> predOrgs = new LinkedHashMap<>();
    for (Predicted p : pred) {
      if (!p.person().isEmpty()) {
        predPersons.add(p.person()); // event participants may be organisations: not counted
      }
      p.organization().ifPresent(o -> predOrgs.put(o, names(o, p.organizationForms())));
    }
    List<List<String>> goldPersons = new ArrayList<>();
    List<List<String>> requiredPersons = new ArrayList<>();
    List<List<String>> goldOrgs = new ArrayList<>();
    List<List<String>> requiredOrgs = new ArrayList<>();
    for (GoldFact g : gold) {
      List<List<String>> persons = new ArrayList<>();
      if (!g.person().isEmpty()) {
        persons.add(g.person());
      }
      g.participants().forEach(x -> persons.add(List.of(x)));
      goldPersons.addAll(persons);
      if (!g.organization().isEmpty()) {
        goldOrgs.add(g.organization());
      }
      if (!g.optional() && !g.type().equals("event")) {
        requiredPersons.addAll(persons);
        if (!g.organization().isEmpty()) {
          requiredOrgs.add(g.organization());
        }
      }
    }
    Map<String, List<String>> persons = new LinkedHashMap<>();
    predPersons.forEach(p -> persons.put(p, List.of(p)));
    scoreSet("persons", article, persons, goldPersons, requiredPersons);
    scoreSet("organisations", article, predOrgs, goldOrgs, requiredOrgs);
  }

  /**
   * An organisation's name and the names the article's text gave it ("the Senate" for the United
   * States Senate, "the crossbenchers"); descriptions such as "the party" are not names.
   */
  private static List<String> names(String name, List<String> forms) {
    List<String> out = new ArrayList<>(List.of(name));
    forms.stream().filter(f -> !f.equals(f.toLowerCase(Locale.ROOT))
        || !DESCRIPTIONS.contains(f.substring(f.lastIndexOf(' ') + 1))).forEach(out::add);
    return out;
  }

  /** Scores entities, each predicted one given by its names, against gold entities' forms. */
  private void scoreSet(String kind, String article, Map<String, List<String>> pred,
      List<List<String>> allowed, List<List<String>> required) {
    Counts c = counts.get(kind);
    for (Map.Entry<String, List<String>> p : pred.entrySet()) {
      if (allowed.stream().anyMatch(forms -> p.getValue().stream().anyMatch(n -> in(n, forms)))) {
        continue;
      }
      c.fp++;
      falsePositives.add(new Error(kind, article, p.getKey(), false));
    }
    Set<String> seen = new LinkedHashSet<>();
    for (List<String> forms : required) {
      if (!seen.add(norm(forms.get(0)))) {
        continue;
      }
      if (pred.values().stream().anyMatch(names -> names.stream().anyMatch(n -> in(n, forms)))) {
        c.tp++;
      } else {
        c.fn++;
        misses.add(new Error(kind, article, forms.get(0), false));
      }
    }
  }

  private boolean matches(Predicted p, GoldFact g) {
    if (!g.person().isEmpty() && !in(p.person(), g.person())) {
      return false;
    }
    switch (g.type()) {
      case "role" -> {
        if (p.role().isEmpty() || !(in(p.role().get(), g.role()) || in(
            roleCanon.apply(p.role().get()), g.role().stream().map(roleCanon).toList()))) {
          return false;
        }
        // the organisation counts only when both give one
        return g.organization().isEmpty() || p.organization().isEmpty()
            || organizationMatches(p, g);
      }
      default -> {
        if (g.organizationNull() || g.organization().isEmpty()) {
          return g.type().equals("resignation") || p.organization().isEmpty();
        }
        return p.organization().isPresent() && organizationMatches(p, g);
      }
    }
  }

  /**
   * Whether the predicted organisation is the gold one: by its name or another form the article
   * gave it ("the Tories", "the crossbenchers", "the cabinet"), but not by a description that
   * could mean any body of its kind ("the party", "the club", "the committee"), or any party would
   * match any other.
   */
  private static boolean organizationMatches(Predicted p, GoldFact g) {
    return names(p.organization().get(), p.organizationForms()).stream()
        .anyMatch(f -> in(f, g.organization()));
  }

  /** Head nouns of descriptions that name no one body: "the party", "the council". */
  private static final Set<String> DESCRIPTIONS = Set.of("party", "parties", "group", "caucus",
      "club", "company", "firm", "charity", "organisation", "organization", "agency",
      "university", "trust", "commission", "committee", "council", "board", "department",
      "authority", "assembly", "senate", "parliament", "chamber", "house", "union", "team",
      "federation", "association", "body");

  private static boolean in(String value, List<String> forms) {
    String v = norm(value);
    return forms.stream().anyMatch(f -> norm(f).equals(v));
  }

  static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    // "Arvena–Brightwater" and "Arvena-Brightwater": a dash is a dash, whichever the writer typed
    n = n.replaceAll("[\u2010-\u2013]", "-");
    n = n.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[.\u2019']", "")
        .replaceAll("\\s+", " ").trim();
    return n;
  }

  private static List<Predicted> of(List<Predicted> all, String kind) {
    return all.stream().filter(p -> p.type().equals(kind)).toList();
  }

  private static List<GoldFact> gold(List<GoldFact> all, String kind) {
    return all.stream().filter(g -> g.type().equals(kind)).toList();
  }
}
