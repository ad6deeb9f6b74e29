package org.polkg.cli;

import java.nio.charset.StandardCharsets;

/** Byte encodings the tests write. */
final class BadInputBytes {
  private BadInputBytes() {}

  /** {@code text} in UTF-16LE after a byte-order mark. */
  static byte[] utf16le(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[body.length + 2];
    all[0] = (byte) 0xff;
    all[1] = (byte) 0xfe;
    System.arraycopy(body, 0, all, 2, body.length);
    return all;
  }
}
