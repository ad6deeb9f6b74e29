package org.polkg.bench;

import java.util.Arrays;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.polkg.store.FactStore;

/**
 * Times a SELECT query on a store: every row is read and every value in it decoded (the lexical
 * form of each literal, the IRI of each resource), as a client writing the results out would.
 */
final class QueryLatency {
  private QueryLatency() {}

  /** Latency percentiles in milliseconds and the rows the query returned. */
  record Latency(String name, long rows, int runs, double p50, double p95, double max) {}

  static Latency measure(FactStore store, String name, String sparql, int warmup, int runs) {
    Query q = FactStore.parse(sparql);
    long rows = 0;
    for (int i = 0; i < warmup; i++) {
      rows = run(store, q);
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      rows = run(store, q);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return new Latency(name, rows, runs, percentile(ms, 50), percentile(ms, 95), ms[runs - 1]);
  }

  private static long run(FactStore store, Query q) {
    return store.query(q, qe -> {
      ResultSet rs = qe.execSelect();
      long n = 0;
      List<String> vars = rs.getResultVars();
      long chars = 0;
      while (rs.hasNext()) {
        QuerySolution row = rs.next();
        for (String v : vars) {
          RDFNode value = row.get(v);
          if (value != null) {
            chars += value.isLiteral() ? value.asLiteral().getLexicalForm().length()
                : value.toString().length();
          }
        }
        n++;
      }
      if (chars < 0) {
        throw new AssertionError(); // keeps the decoding from being optimised away
      }
      return n;
    });
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
