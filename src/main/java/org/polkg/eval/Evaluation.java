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

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.polkg.ingest.Article;
import org.polkg.ingest.ArticleFiles;
import org.polkg.ingest.InputException;
import org.polkg.pipeline.Pipeline;
import org.polkg.rdf.RdfMapper;
import org.polkg.store.FactStore;

/**
 * Ingests articles that have gold files into a store, runs the contract queries and scores their
 * rows against the gold.
 */
public final class Evaluation {
  private final Pipeline pipeline;
  private final ArticleFiles files = new ArticleFiles();

  public Evaluation(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Gold facts of one article (one record of a file). */
  private record Target(String name, List<GoldFact> facts, List<GoldFact> mustNot) {}

  /**
   * Evaluates the articles under {@code paths} that have a gold file in {@code goldDir}, using
   * {@code storeDir} (which should be new and empty) as the store.
   */
  public Scorer run(Path goldDir, List<Path> paths, Path storeDir, Consumer<String> warnings)
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
          store.put(pipeline.toRdf(pipeline.extract(a)));
          final int record = r;
          String name = articles.size() > 1 ? base + "#" + r : base;
          targets.put(RdfMapper.articleIri(a), new Target(name,
              gold.facts().stream().filter(g -> g.record() == record).toList(),
              gold.mustNot().stream().filter(g -> g.record() == record).toList()));
        }
      }
      Map<String, List<Predicted>> predicted = predictions(store);
      Scorer scorer = new Scorer();
      for (Map.Entry<String, Target> e : targets.entrySet()) {
        Target t = e.getValue();
        scorer.score(t.name(), predicted.getOrDefault(e.getKey(), List.of()), t.facts(),
            t.mustNot());
      }
      return scorer;
    }
  }

  /** The rows of the contract queries, as predicted facts grouped by article IRI. */
  static Map<String, List<Predicted>> predictions(FactStore store) {
    Map<String, List<Predicted>> out = new HashMap<>();
    select(store, "resignations", s -> add(out, s, new Predicted("resignation",
        str(s, "personName"), opt(s, "organizationName"), Optional.empty(), opt(s, "date"), "",
        List.of())));
    select(store, "roles", s -> add(out, s, new Predicted("role", str(s, "personName"),
        opt(s, "organizationName"), opt(s, "role"), Optional.empty(), "", List.of())));
    select(store, "memberships", s -> add(out, s, new Predicted("joined",
        str(s, "personName"), opt(s, "organizationName"), Optional.empty(), opt(s, "date"), "",
        List.of())));
    Map<String, Predicted> events = new LinkedHashMap<>();
    Map<String, String> eventArticle = new HashMap<>();
    select(store, "events", s -> {
      String id = str(s, "event");
      Predicted prev = events.get(id);
      List<String> parts = new ArrayList<>(prev == null ? List.of() : prev.participants());
      opt(s, "participantName").filter(p -> !parts.contains(p)).ifPresent(parts::add);
      events.put(id, new Predicted("event", "", Optional.empty(), Optional.empty(),
          opt(s, "date"), str(s, "eventType"), parts));
      eventArticle.put(id, str(s, "article"));
    });
    events.forEach((id, p) ->
        out.computeIfAbsent(eventArticle.get(id), k -> new ArrayList<>()).add(p));
    return out;
  }

  private static void add(Map<String, List<Predicted>> out, QuerySolution s, Predicted p) {
    out.computeIfAbsent(str(s, "article"), k -> new ArrayList<>()).add(p);
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
