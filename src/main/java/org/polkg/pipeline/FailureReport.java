package org.polkg.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * Writes failures as JSON Lines, one record per failed file or line:
 * {@code {"path": "...", "line": 3, "reason": "..."}} (line 0 when there is none). Each record
 * is flushed as it is written, so the report is complete up to the moment a run stops.
 */
public final class FailureReport implements AutoCloseable {
  private final Gson gson = new GsonBuilder().disableHtmlEscaping().create();
  private final BufferedWriter out;

  private FailureReport(BufferedWriter out) {
    this.out = out;
  }

  /** Creates (or truncates) the report file. */
  public static FailureReport create(Path file) throws IOException {
    return new FailureReport(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  public void write(Failure f) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("path", f.path().toString());
    record.put("line", f.line());
    record.put("reason", f.reason());
    try {
      out.write(gson.toJson(record));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
