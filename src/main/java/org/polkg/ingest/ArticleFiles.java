package org.polkg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds article files under the paths a user names and reads each with the reader for its
 * extension, after checking that it is non-empty text and decoding it.
 */
public final class ArticleFiles {
  /** Files larger than this are refused rather than read into memory. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  private final Map<String, ArticleReader> readers;
  private final long maxBytes;

  public ArticleFiles(long maxBytes) {
    this.maxBytes = maxBytes;
    HtmlReader html = new HtmlReader();
    this.readers = Map.of(
        "txt", new TextReader(),
        "text", new TextReader(),
        "json", JsonReader.single(),
        "jsonl", JsonReader.jsonLines(),
        "ndjson", JsonReader.jsonLines(),
        "html", html,
        "htm", html);
  }

  public ArticleFiles() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A path the user named and what became of it when listing files. */
  public record Listing(List<Path> files, List<InputException> errors) {}

  /**
   * Lists the files under {@code paths}, directories recursively in name order. Hidden files and
   * README files inside directories are skipped; paths that do not exist are errors.
   */
  public Listing list(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<InputException> errors = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p, FileVisitOption.FOLLOW_LINKS)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .filter(f -> !f.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme"))
              .sorted()
              .forEach(files::add);
        } catch (IOException | RuntimeException e) {
          errors.add(new InputException(p, "cannot list directory: " + describe(e)));
        }
      } else if (Files.exists(p)) {
        files.add(p);
      } else {
        errors.add(new InputException(p, "no such file or directory"));
      }
    }
    return new Listing(files, errors);
  }

  /** Reads one file into articles. */
  public ReadResult read(Path file) throws InputException {
    String ext = extension(file);
    ArticleReader reader = readers.get(ext);
    if (reader == null) {
      throw new InputException(file, "unknown file type '" + (ext.isEmpty() ? "(none)" : ext)
          + "' (expected .txt, .json, .jsonl or .html)");
    }
    return reader.read(file, decode(file));
  }

  private String decode(Path file) throws InputException {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new InputException(file, "file is " + size + " bytes, above the limit of "
            + maxBytes + " (--max-bytes)");
      }
      bytes = Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      throw new InputException(file, "permission denied");
    } catch (NoSuchFileException e) {
      throw new InputException(file, "no such file");
    } catch (IOException e) {
      throw new InputException(file, "cannot read: " + describe(e));
    }
    if (bytes.length == 0) {
      throw new InputException(file, "empty file");
    }
    Charset charset = StandardCharsets.UTF_8;
    int offset = 0;
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
    } else if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      offset = 3;
    }
    if (charset == StandardCharsets.UTF_8 && looksBinary(bytes)) {
      throw new InputException(file, "not a text file (binary content)");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buf)
          .toString();
    } catch (CharacterCodingException e) {
      buf.rewind();
      return new String(bytes, offset, bytes.length - offset, charset);
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
        control++;
      }
    }
    return control > n / 10;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
