package org.polkg.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes a reproducible synthetic corpus of political news: {@code count} articles spread over
 * the formats polkg reads (about 35% .txt with front matter, 20% .json, 20% .html and 25% as
 * lines of .jsonl feeds of up to {@value #FEED_SIZE} articles), in subdirectories of
 * {@value #FILES_PER_DIRECTORY} files. The same seed gives byte-identical files; article
 * {@code i} is the same story whatever the count.
 */
public final class CorpusGenerator {
  /** Articles per JSON Lines feed file. */
  public static final int FEED_SIZE = 20;
  /** Files per subdirectory, so no directory gets huge. */
  public static final int FILES_PER_DIRECTORY = 1000;

  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** What was written: articles, files, and files by format. */
  public record Result(int articles, int files, Map<String, Integer> filesByFormat) {
    public Result {
      filesByFormat = java.util.Collections.unmodifiableMap(new TreeMap<>(filesByFormat));
    }
  }

  /** Writes {@code count} articles under {@code dir}, which must be empty or missing. */
  public Result generate(int count, Path dir) {
    if (count < 0) {
      throw new IllegalArgumentException("count < 0: " + count);
    }
    Writer w = new Writer(dir);
    List<String> feed = new ArrayList<>();
    int feedStart = -1;
    for (int i = 0; i < count; i++) {
      Random r = new Random(mix(seed, i));
      Story s = new StoryWriter(r).write(i);
      String time = String.format("%02d:%02d:00", 6 + r.nextInt(16), r.nextInt(60));
      int format = r.nextInt(100);
      if (format < 35) {
        w.write(s.slug() + ".txt", "txt", StoryFormats.txt(s));
      } else if (format < 55) {
        w.write(s.slug() + ".json", "json", StoryFormats.json(s, time));
      } else if (format < 75) {
        w.write(s.slug() + ".html", "html", StoryFormats.html(s, time));
      } else {
        if (feed.isEmpty()) {
          feedStart = i;
        }
        feed.add(StoryFormats.jsonLine(s, time));
        if (feed.size() == FEED_SIZE) {
          w.write(String.format("feed-%06d.jsonl", feedStart), "jsonl", feedText(feed));
          feed.clear();
        }
      }
    }
    if (!feed.isEmpty()) {
      w.write(String.format("feed-%06d.jsonl", feedStart), "jsonl", feedText(feed));
    }
    return new Result(count, w.files, w.byFormat);
  }

  private static String feedText(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }

  /** SplitMix64 of the seed and the article index: one independent stream per article. */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Writes files into numbered subdirectories of the corpus directory. */
  private static final class Writer {
    private final Path dir;
    private final Map<String, Integer> byFormat = new TreeMap<>();
    private int files;

    Writer(Path dir) {
      this.dir = dir;
    }

    void write(String name, String format, String content) {
      Path sub = dir.resolve(String.format("%04d", files / FILES_PER_DIRECTORY));
      try {
        Files.createDirectories(sub);
        Files.writeString(sub.resolve(name), content, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + sub.resolve(name) + ": " + e.getMessage(),
            e);
      }
      files++;
      byFormat.merge(format, 1, Integer::sum);
    }
  }
}
