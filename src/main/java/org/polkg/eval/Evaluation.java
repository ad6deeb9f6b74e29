package org.polkg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.polkg.ingest.Article;
import org.polkg.ingest.ArticleFiles;
import org.polkg.ingest.InputException;
import org.polkg.pipeline.Failure;
import org.polkg.pipeline.Pipeline;
import org.polkg.rdf.RdfMapper;
import org.polkg.rdf.RdfMapper.ArticleGraph;
import org.polkg.store.FactStore;

/**
 * Ingests articles that have gold files into a store, runs the contract queries and scores their
 * rows against the gold.
 */
public final class Evaluation {
  private final Pipeline pipeline;
  private final Function<Article, ArticleGraph> toGraph;
  private final ArticleFiles files = new ArticleFiles();

  public Evaluation(Pipeline pipeline) {
    this(pipeline, a -> pipeline.toRdf(pipeline.extract(a)));
  }

  /** An evaluation whose graphs come from {@code toGraph} instead of the pipeline's extractor. */
  Evaluation(Pipeline pipeline, Function<Article, ArticleGraph> toGraph) {
    this.pipeline = pipeline;
    this.toGraph = toGraph;
  }

  /** Gold facts of one article (one record of a file). */
  private record Target(String name, List<GoldFact> facts, List<GoldFact> mustNot) {}

  /** The predictions and gold of every evaluated article, ready to be scored. */
  public static final class Results {
    private final Map<String, Target> targets;
    private final Map<String, List<Predicted>> predicted;

    private final java.util.function.UnaryOperator<String> roleCanon;

    private Results(Map<String, Target> targets, Map<String, List<Predicted>> predicted,
        java.util.function.UnaryOperator<String> roleCanon) {
      this.targets = targets;
      this.predicted = predicted;
      this.roleCanon = roleCanon;
    }

    /** Scores all predictions. */
    public Scorer score() {
      return score(0);
    }

    /** Scores the predictions whose confidence is at least {@code minConfidence}. */
    public Scorer score(double minConfidence) {
      Scorer scorer = new Scorer(roleCanon);
      for (Map.Entry<String, Target> e : targets.entrySet()) {
        Target t = e.getValue();
        List<Predicted> kept = predicted.getOrDefault(e.getKey(), List.of()).stream()
            .filter(p -> p.confidence() >= minConfidence).toList();
        scorer.score(t.name(), kept, t.facts(), t.mustNot());
      }
      return scorer;
    }

    /** How many articles were evaluated. */
    public int articles() {
      return targets.size();
    }
  }

  /**
   * Evaluates the articles under {@code paths} that have a gold file in {@code goldDir}, using
   * {@code storeDir} (which should be new and empty) as the store. An article that cannot be
   * read or whose extraction fails is reported to {@code warnings} in one line; an article whose
   * extraction fails is still scored, with no predictions, so its gold facts count as misses.
   */
  public Results run(Path goldDir, List<Path> paths, Path storeDir, Consumer<String> warnings)
      throws IOException {
    Map<String, Target> targets = new LinkedHashMap<>();
    try (FactStore store = FactStore.open(storeDir)) {
      for (Path file : files.list(paths).files()) {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path goldPath = goldDir.resolve(base + ".json");
        if (!Files.exists(goldPath)) {
          continue;
        }
        GoldFile gold = GoldFile.read(goldPath);
        List<Article> articles;
        try {
          articles = files.read(file).articles();
        } catch (InputException e) {
          warnings.accept(e.describe());
          continue;
        }
        for (int r = 0; r < articles.size(); r++) {
          Article a = articles.get(r);
          try {
            store.put(toGraph.apply(a));
          } catch (RuntimeException e) {
            warnings.accept(Failure.notIngested(file, a, e).describe()
                + " (scored with no facts)");
          }
          final int record = r;
          String name = articles.size() > 1 ? base + "#" + r : base;
          targets.put(RdfMapper.articleIri(a), new Target(name,
              gold.facts().stream().filter(g -> g.record() == record).toList(),
              gold.mustNot().stream().filter(g -> g.record() == record).toList()));
        }
      }
      return new Results(targets, predictions(store), pipeline.lexicon()::canonicalRole);
    }
  }

  /** The rows of the contract queries, as predicted facts grouped by article IRI. */
  static Map<String, List<Predicted>> predictions(FactStore store) {
    Map<String, Provenance> prov = provenance(store);
    Map<String, List<String>> forms = organizationForms(store);
    Map<String, List<Predicted>> out = new HashMap<>();
    select(store, "resignations", s -> add(out, s, prov, forms, "Resignation", new Predicted(
        "resignation", str(s, "personName"), opt(s, "organizationName"), Optional.empty(),
        opt(s, "date"), "", List.of(), 1, "")));
    select(store, "roles", s -> add(out, s, prov, forms, "RoleHolding", new Predicted("role",
        str(s, "personName"), opt(s, "organizationName"), opt(s, "role"), Optional.empty(), "",
        List.of(), 1, "")));
    select(store, "memberships", s -> add(out, s, prov, forms, "Joining", new Predicted("joined",
        str(s, "personName"), opt(s, "organizationName"), Optional.empty(), opt(s, "date"), "",
        List.of(), 1, "")));
    Map<String, Predicted> events = new LinkedHashMap<>();
    Map<String, String> eventArticle = new HashMap<>();
    select(store, "events", s -> {
      String id = str(s, "event");
      Predicted prev = events.get(id);
      List<String> parts = new ArrayList<>(prev == null ? List.of() : prev.participants());
      opt(s, "participantName").filter(p -> !parts.contains(p)).ifPresent(parts::add);
      Provenance p = prov.getOrDefault(id, Provenance.NONE);
      events.put(id, new Predicted("event", "", Optional.empty(), Optional.empty(),
          opt(s, "date"), str(s, "eventType"), parts, p.confidence(), p.sentence(), List.of(),
          p.rule()));
      eventArticle.put(id, str(s, "article"));
    });
    events.forEach((id, p) ->
        out.computeIfAbsent(eventArticle.get(id), k -> new ArrayList<>()).add(p));
    return out;
  }

  private static void add(Map<String, List<Predicted>> out, QuerySolution s,
      Map<String, Provenance> prov, Map<String, List<String>> forms, String type, Predicted p) {
    Provenance best = prov.getOrDefault(key(str(s, "article"), type, p.person(),
        p.role().orElse(""), p.organization().orElse("")), Provenance.NONE);
    out.computeIfAbsent(str(s, "article"), k -> new ArrayList<>())
        .add(p.withProvenance(best.confidence(), best.sentence(), best.rule())
            .withOrganizationForms(forms.getOrDefault(str(s, "organization"), List.of())));
  }

  /** Every surface form of every organisation, by IRI. */
  private static Map<String, List<String>> organizationForms(FactStore store) {
    Map<String, List<String>> out = new HashMap<>();
    store.query(FactStore.parse(
        "SELECT ?o ?f WHERE { ?o a polkg:Organization ; skos:altLabel ?f }"), qe -> {
          qe.execSelect().forEachRemaining(s -> out.computeIfAbsent(str(s, "o"),
              k -> new ArrayList<>()).add(str(s, "f")));
          return null;
        });
    return out;
  }

  /** The most confident fact node behind a contract-query row. */
  private record Provenance(double confidence, String sentence, String rule) {
    static final Provenance NONE = new Provenance(1, "", "");
  }

  private static String key(String... parts) {
    return String.join("|", parts);
  }

  /**
   * Confidence, sentence and rule of asserted fact nodes, by article, kind, person, role and
   * organisation (and by node IRI, for events).
   */
  private static Map<String, Provenance> provenance(FactStore store) {
    String q = """
        SELECT ?f ?article ?type ?personName ?role ?orgName ?conf ?sentence ?rule WHERE {
          ?f polkg:article ?article ; a ?t ; polkg:modality polkg:Asserted ;
             polkg:confidence ?conf ; polkg:sentence ?sentence ; polkg:rule ?rule .
          BIND(STRAFTER(STR(?t), STR(polkg:)) AS ?type)
          OPTIONAL { ?f polkg:person/rdfs:label ?personName }
          OPTIONAL { ?f polkg:role/rdfs:label ?role }
          OPTIONAL { ?f polkg:organization/rdfs:label ?orgName }
        }""";
    Map<String, Provenance> out = new HashMap<>();
    store.query(FactStore.parse(q), qe -> {
      qe.execSelect().forEachRemaining(s -> {
        Provenance p = new Provenance(s.getLiteral("conf").getDouble(), str(s, "sentence"),
            str(s, "rule"));
        out.merge(key(str(s, "article"), str(s, "type"), str(s, "personName"), str(s, "role"),
            str(s, "orgName")), p, (a, b) -> a.confidence() >= b.confidence() ? a : b);
        out.put(str(s, "f"), p);
      });
      return null;
    });
    return out;
  }

  private static void select(FactStore store, String query, Consumer<QuerySolution> row) {
    store.query(FactStore.parse(ContractQueries.text(query)), qe -> {
      ResultSet rs = qe.execSelect();
      rs.forEachRemaining(row);
      return null;
    });
  }

  private static String str(QuerySolution s, String var) {
    return opt(s, var).orElse("");
  }

  private static Optional<String> opt(QuerySolution s, String var) {
    RDFNode n = s.get(var);
    if (n == null) {
      return Optional.empty();
    }
    return Optional.of(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
  }
}
