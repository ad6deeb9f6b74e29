package org.polkg.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Turns the bytes of a file into text: honours a UTF-8 or UTF-16 byte-order mark (UTF-8
 * otherwise), refuses binary content, and replaces byte sequences that are not valid in the
 * encoding with U+FFFD, saying where the first one was.
 */
final class TextDecoder {
  private static final char REPLACEMENT = '\uFFFD';

  private TextDecoder() {}

  /** Decoded text, with a warning when some bytes had to be replaced. */
  record Decoded(String text, Optional<InputException> warning) {
    List<InputException> warnings() {
      return warning.stream().toList();
    }
  }

  /**
   * Decodes {@code bytes} read from {@code file}.
   *
   * @throws InputException when the file is empty or binary
   */
  static Decoded decode(Path file, byte[] bytes) throws InputException {
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
    if (charset == StandardCharsets.UTF_8 && looksBinary(bytes, offset)) {
      throw new InputException(file, "not a text file (binary content)");
    }
    Decoded d = decode(file, charset, ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    if (charset != StandardCharsets.UTF_8 && looksBinary(d.text())) {
      throw new InputException(file, "not a text file (binary content after the "
          + charset.name() + " byte-order mark)");
    }
    return d;
  }

  private static Decoded decode(Path file, Charset charset, ByteBuffer in) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(
        (int) Math.min(Integer.MAX_VALUE - 16, in.remaining() * (double) decoder.maxCharsPerByte())
            + 16);
    int replaced = 0;
    int firstLine = 0;
    while (true) {
      CoderResult r = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
      if (r.isUnderflow()) {
        r = decoder.flush(out);
        if (r.isOverflow()) {
          out = grow(out);
          continue;
        }
        break;
      }
      if (r.isOverflow()) {
        out = grow(out);
        continue;
      }
      if (replaced == 0) {
        firstLine = lineAt(out);
      }
      replaced++;
      in.position(in.position() + r.length());
      if (!out.hasRemaining()) {
        out = grow(out);
      }
      out.put(REPLACEMENT);
    }
    out.flip();
    Optional<InputException> warning = replaced == 0 ? Optional.empty()
        : Optional.of(new InputException(file, firstLine, "invalid " + charset.name() + ": "
            + replaced + (replaced == 1 ? " byte sequence" : " byte sequences")
            + " replaced with U+FFFD (first on this line); the rest of the file is ingested"));
    return new Decoded(out.toString(), warning);
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
    out.flip();
    bigger.put(out);
    return bigger;
  }

  /** The 1-based line of the next character to be written to {@code out}. */
  private static int lineAt(CharBuffer out) {
    int line = 1;
    for (int i = 0; i < out.position(); i++) {
      if (out.get(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean looksBinary(byte[] bytes, int offset) {
    int n = Math.min(bytes.length, offset + 8192);
    int control = 0;
    for (int i = offset; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (isControl(b)) {
        control++;
      }
    }
    return control > (n - offset) / 10;
  }

  private static boolean looksBinary(String text) {
    int n = Math.min(text.length(), 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (isControl(c)) {
        control++;
      }
    }
    return control > n / 10;
  }

  private static boolean isControl(int c) {
    return c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b);
  }
}
