package org.polkg;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.riot.RDFFormat;
import org.polkg.pipeline.Pipeline;
import org.polkg.store.FactStore;

/** Shared, lazily loaded pieces for tests: the pipeline (models load once per JVM). */
public final class TestSupport {
  private static Pipeline pipeline;

  private TestSupport() {}

  public static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Pipeline.load();
    }
    return pipeline;
  }

  /** The repository root (where pom.xml is). */
  public static Path root() {
    Path p = Paths.get("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("pom.xml"))) {
      p = p.getParent();
    }
    return p;
  }

  /** The seed article in ../shared/seeds, when present. */
  public static Path seed() {
    Path dir = root().resolve("../shared/seeds").normalize();
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (var s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().findFirst()
          .orElse(null);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** The store as sorted N-Quads lines, to compare two stores. */
  public static List<String> quads(Path store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FactStore fs = FactStore.open(store)) {
      fs.export(RDFFormat.NQUADS, out);
    }
    List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
    Collections.sort(lines);
    return lines;
  }
}
