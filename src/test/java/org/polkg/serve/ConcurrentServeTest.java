package org.polkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polkg.serve.ServeFixtures.COUNT_GRAPHS;
import static org.polkg.serve.ServeFixtures.count;
import static org.polkg.serve.ServeFixtures.jsonRows;
import static org.polkg.serve.ServeFixtures.postQuery;
import static org.polkg.serve.ServeFixtures.resignations;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polkg.pipeline.GraphSink;
import org.polkg.pipeline.IngestJob;
import org.polkg.rdf.RdfMapper.ArticleGraph;
import org.polkg.store.FactStore;
import org.polkg.store.RemoteGraphStore;

/**
 * Queries from several threads while articles arrive through the endpoint. To be sure the two
 * overlap, the ingest pauses after its fourth article until half of the queries have been
 * answered (waits are bounded; nothing is asserted about time).
 */
class ConcurrentServeTest {
  static final int QUERY_THREADS = 4;
  static final int QUERIES_EACH = 20;
  static final int PAUSE_AFTER = 4;

  @TempDir
  Path tmp;

  @Test
  void queriesAreAnsweredWhileAnIngestRunsAndNoArticleIsLost() throws Exception {
    FactStore local = ServeFixtures.sampleStore(tmp.resolve("local"));
    Set<Map<String, Node>> expected = ServeFixtures.localRows(local, resignations());
    long expectedTriples = local.triples();
    local.close();

    FactStore remote = FactStore.open(tmp.resolve("remote"));
    ExecutorService pool = Executors.newFixedThreadPool(QUERY_THREADS + 1);
    CountDownLatch firstStored = new CountDownLatch(1);
    CountDownLatch halfAnswered = new CountDownLatch(QUERY_THREADS * QUERIES_EACH / 2);
    try (GraphServer server = GraphServer.start(remote.dataset().asDatasetGraph(),
        ServeSettings.readOnly(0).withUpdate(true))) {
      RemoteGraphStore endpoint = new RemoteGraphStore(
          RemoteGraphStore.graphStoreUrl(server.datasetUrl()), Optional.empty());
      AtomicInteger stored = new AtomicInteger();
      GraphSink pausing = new GraphSink() {
        @Override
        public Optional<String> contentHash(String graphName) throws SinkException {
          return endpoint.contentHash(graphName);
        }

        @Override
        public void put(ArticleGraph graph) throws SinkException {
          endpoint.put(graph);
          int n = stored.incrementAndGet();
          firstStored.countDown();
          if (n == PAUSE_AFTER) {
            await(halfAnswered);
          }
        }
      };
      Future<IngestJob.Summary> ingest = pool.submit(() ->
          ServeFixtures.ingest(pausing, List.of(ServeFixtures.articles())));
      List<Future<List<Long>>> readers = new ArrayList<>();
      for (int t = 0; t < QUERY_THREADS; t++) {
        readers.add(pool.submit(() -> {
          await(firstStored);
          List<Long> seen = new ArrayList<>();
          for (int i = 0; i < QUERIES_EACH; i++) {
            HttpResponse<String> r = postQuery(server.queryUrl(), COUNT_GRAPHS);
            assertEquals(200, r.statusCode(), r.body());
            seen.add(count(r.body()));
            HttpResponse<String> rows = postQuery(server.queryUrl(), resignations());
            assertEquals(200, rows.statusCode(), rows.body());
            assertTrue(expected.containsAll(jsonRows(rows.body())), rows.body());
            halfAnswered.countDown();
          }
          return seen;
        }));
      }
      IngestJob.Summary s = ingest.get(5, TimeUnit.MINUTES);
      assertEquals(9, s.articles());
      assertEquals(0, s.notStored());
      int answered = 0;
      int duringIngest = 0;
      for (Future<List<Long>> f : readers) {
        List<Long> seen = f.get(5, TimeUnit.MINUTES);
        assertEquals(QUERIES_EACH, seen.size());
        for (int i = 0; i < seen.size(); i++) {
          assertTrue(seen.get(i) >= 1 && seen.get(i) <= 9, seen.toString());
          if (i > 0) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "graphs never disappear: " + seen);
          }
          if (seen.get(i) <= PAUSE_AFTER) {
            duringIngest++;
          }
        }
        answered += seen.size();
      }
      assertEquals(QUERY_THREADS * QUERIES_EACH, answered);
      assertTrue(duringIngest >= QUERY_THREADS * QUERIES_EACH / 2, "answered mid-ingest: "
          + duringIngest);
      assertEquals(9, count(postQuery(server.queryUrl(), COUNT_GRAPHS).body()));
      assertEquals(expected, jsonRows(postQuery(server.queryUrl(), resignations()).body()));
      assertEquals(expectedTriples, count(postQuery(server.queryUrl(),
          "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").body()));
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
      remote.close();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(2, TimeUnit.MINUTES)) {
        throw new IllegalStateException("gave up waiting for the other threads");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
