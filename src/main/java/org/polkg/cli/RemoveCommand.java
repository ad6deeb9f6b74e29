package org.polkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.polkg.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polkg remove}: articles out of the store, with the facts only they supported. */
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = {"Removes articles from the store, by source (the URL, or the file name as",
        "stored, e.g. 'a.txt' or 'feed.jsonl#3') or article IRI. Facts and entities that no",
        "other article supports go with them."})
final class RemoveCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Parameters(paramLabel = "SOURCE", arity = "1..*",
      description = "Article sources or IRIs (see queries/articles.rq).")
  List<String> sources;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int unknown = 0;
    try (FactStore fs = store.openExisting()) {
      for (String source : sources) {
        List<FactStore.StoredArticle> found = fs.find(source);
        if (found.isEmpty()) {
          unknown++;
          err.printf("error: %s: no article with this source or IRI in the store%n", source);
          err.flush();
        }
        for (FactStore.StoredArticle a : found) {
          long triples = fs.remove(a.graphName());
          out.printf("removed: %s (%s, %d triples)%n", a.source(), a.graphName(), triples);
        }
      }
    }
    return unknown > 0 ? Main.SOME_FAILED : 0;
  }
}
