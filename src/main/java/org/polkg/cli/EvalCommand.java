package org.polkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import com.google.gson.GsonBuilder;
import org.polkg.eval.Evaluation;
import org.polkg.eval.Scorer;
import org.polkg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polkg eval}: precision and recall against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Ingests articles into a temporary store, runs the contract queries and scores",
        "them against gold files (one JSON file per article, named like it)."})
final class EvalCommand implements Callable<Integer> {
  private static final double[] THRESHOLDS = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9};

  @Option(names = "--gold", paramLabel = "DIR", required = true, description = "Gold files.")
  Path gold;

  @Option(names = "--json", description = "Print the scores as JSON.")
  boolean json;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or directories.")
  List<Path> paths;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(gold)) {
      throw new UserException("--gold: not a directory: " + gold);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path tmp = Files.createTempDirectory("polkg-eval");
    Evaluation.Results results;
    Evaluation.Results rulesOnly;
    try {
      Pipeline pipeline = Pipeline.load();
      results = new Evaluation(pipeline).run(gold, paths, tmp.resolve("store"),
          w -> err.println("warning: " + w));
      rulesOnly = new Evaluation(new Pipeline(pipeline.models().withoutNameModel(),
          pipeline.lexicon())).run(gold, paths, tmp.resolve("store-rules"), w -> { });
    } finally {
      MoreFiles.deleteRecursively(tmp, RecursiveDeleteOption.ALLOW_INSECURE);
    }
    Scorer s = results.score();
    if (results.articles() == 0) {
      throw new UserException("no article under " + paths + " has a gold file in " + gold);
    }
    if (json) {
      Map<String, Object> m = toMap(s);
      Map<String, Object> curve = new LinkedHashMap<>();
      for (double t : THRESHOLDS) {
        curve.put(String.valueOf(t), toMap(results.score(t)).entrySet().stream()
            .filter(e -> Scorer.KINDS.contains(e.getKey()))
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                (a, b) -> a, LinkedHashMap::new)));
      }
      m.put("confidenceCurve", curve);
      m.put("withoutNameModel", toMap(rulesOnly.score()).entrySet().stream()
          .filter(e -> Scorer.KINDS.contains(e.getKey()))
          .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
              (a, b) -> a, LinkedHashMap::new)));
      out.println(new GsonBuilder().setPrettyPrinting().create().toJson(m));
      return 0;
    }
    out.printf("articles evaluated: %d%n%n", results.articles());
    out.printf("%-14s %9s %9s %9s %5s %5s %5s%n", "kind", "precision", "recall", "F1", "tp",
        "fp", "fn");
    for (String k : Scorer.KINDS) {
      Scorer.Counts c = s.counts(k);
      out.printf("%-14s %9.3f %9.3f %9.3f %5d %5d %5d%n", k, c.precision(), c.recall(), c.f1(),
          c.tp(), c.fp(), c.fn());
    }
    out.printf("resignation dates right: %.3f (of %d matched)%n", s.resignationDateAccuracy(),
        s.resignationDatesChecked());
    out.println();
    out.println("contribution of the name-finder model (F1 with / without it):");
    Scorer without = rulesOnly.score();
    for (String k : Scorer.KINDS) {
      out.printf("  %-14s %.3f / %.3f%n", k, s.counts(k).f1(), without.counts(k).f1());
    }
    out.println();
    out.println("precision/recall by minimum confidence (facts kept at or above it):");
    out.printf("%-10s", "min conf");
    for (String k : List.of("resignation", "role", "joined", "event")) {
      out.printf(" %-17s", k + " P/R");
    }
    out.println();
    for (double t : THRESHOLDS) {
      Scorer st = results.score(t);
      out.printf("%-10.2f", t);
      for (String k : List.of("resignation", "role", "joined", "event")) {
        Scorer.Counts c = st.counts(k);
        out.printf(" %-17s", String.format("%.3f/%.3f", c.precision(), c.recall()));
      }
      out.println();
    }
    out.println();
    out.println("precision by rule (true and false positives of each rule that produced facts):");
    out.printf("  %-13s %-40s %5s %5s %9s%n", "kind", "rule", "tp", "fp", "precision");
    for (String k : List.of("resignation", "role", "joined", "event")) {
      s.countsByRule(k).entrySet().stream()
          .sorted(Map.Entry.comparingByValue(
              java.util.Comparator.comparingInt((Scorer.Counts c) -> c.tp() + c.fp()).reversed()))
          .forEach(e -> out.printf("  %-13s %-40s %5d %5d %9.3f%n", k, e.getKey(),
              e.getValue().tp(), e.getValue().fp(), e.getValue().precision()));
    }
    out.println();
    out.println("misses:");
    s.misses().forEach(e -> out.printf("  %-13s %-28s %s%n", e.kind(), e.article(), e.what()));
    out.println("false positives:");
    s.falsePositives().forEach(e -> out.printf("  %-13s %-28s %s%s%s%s%n", e.kind(), e.article(),
        e.what(), e.mustNot() ? "   [must_not]" : "",
        e.sentence().isEmpty() ? "" : "\n      sentence: " + e.sentence(),
        e.rule().isEmpty() ? "" : "\n      rule: " + e.rule()));
    return 0;
  }

  private static Map<String, Object> toMap(Scorer s) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String k : Scorer.KINDS) {
      Scorer.Counts c = s.counts(k);
      m.put(k, Map.of("precision", c.precision(), "recall", c.recall(), "f1", c.f1(),
          "tp", c.tp(), "fp", c.fp(), "fn", c.fn()));
    }
    m.put("resignationDateAccuracy", s.resignationDateAccuracy());
    m.put("misses", s.misses());
    m.put("falsePositives", s.falsePositives());
    Map<String, Object> rules = new LinkedHashMap<>();
    for (String k : List.of("resignation", "role", "joined", "event")) {
      Map<String, Object> kind = new LinkedHashMap<>();
      s.countsByRule(k).forEach((r, c) -> kind.put(r, Map.of("tp", c.tp(), "fp", c.fp(),
          "precision", c.precision())));
      rules.put(k, kind);
    }
    m.put("byRule", rules);
    return m;
  }
}
