package org.polkg.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds article files under the paths a user names and reads each with the reader for its
 * extension, after checking its size and decoding it ({@link TextDecoder}).
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

  /** The files found under the paths a user named, and the paths or entries that failed. */
  public record Listing(List<Path> files, List<InputException> errors) {
    public Listing {
      files = List.copyOf(files);
      errors = List.copyOf(errors);
    }
  }

  /**
   * Lists the files under {@code paths}, directories recursively (following symbolic links) in
   * name order. Hidden files and directories and README files inside directories are skipped.
   * Paths that do not exist, entries that cannot be read and symbolic-link loops are errors; the
   * other files are still listed.
   */
  public Listing list(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<InputException> errors = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> found = new ArrayList<>();
        walk(p, found, errors);
        found.sort(null);
        files.addAll(found);
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else if (Files.exists(p)) {
        errors.add(new InputException(p, "not a regular file or directory"));
      } else if (Files.isSymbolicLink(p)) {
        errors.add(new InputException(p, "symbolic link to a missing file"));
      } else {
        errors.add(new InputException(p, "no such file or directory"));
      }
    }
    return new Listing(files, errors);
  }

  private static void walk(Path root, List<Path> files, List<InputException> errors) {
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (hidden(file) || readme(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isRegularFile()) {
                files.add(file);
              } else if (attrs.isSymbolicLink()) {
                errors.add(new InputException(file, "symbolic link to a missing file"));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              errors.add(new InputException(file, listingProblem(e)));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                errors.add(new InputException(dir, listingProblem(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | RuntimeException e) {
      errors.add(new InputException(root, "cannot list directory: " + describe(e)));
    }
  }

  private static String listingProblem(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop (leads back to a directory being read): skipped";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied: skipped";
    }
    return "cannot read: " + describe(e) + ": skipped";
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean readme(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme");
  }

  /** Reads one file into articles. */
  public ReadResult read(Path file) throws InputException {
    String ext = extension(file);
    ArticleReader reader = readers.get(ext);
    if (reader == null) {
      throw new InputException(file, "unknown file type '" + (ext.isEmpty() ? "(none)" : ext)
          + "' (expected .txt, .json, .jsonl or .html)");
    }
    TextDecoder.Decoded text = TextDecoder.decode(file, bytes(file));
    return reader.read(file, text.text()).withWarnings(text.warnings());
  }

  private byte[] bytes(Path file) throws InputException {
    try {
      if (Files.isDirectory(file)) {
        throw new InputException(file, "is a directory");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new InputException(file, "file is " + size + " bytes, above the limit of "
            + maxBytes + " (--max-bytes)");
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > maxBytes) {
        throw new InputException(file, "file is " + bytes.length + " bytes, above the limit of "
            + maxBytes + " (--max-bytes)");
      }
      return bytes;
    } catch (AccessDeniedException e) {
      throw new InputException(file, "permission denied");
    } catch (NoSuchFileException e) {
      throw new InputException(file, "no such file");
    } catch (IOException e) {
      throw new InputException(file, "cannot read: " + describe(e));
    } catch (OutOfMemoryError e) {
      throw new InputException(file, "file too large to read into memory (" + describe(e) + ")");
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
