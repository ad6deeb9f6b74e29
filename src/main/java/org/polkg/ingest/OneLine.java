package org.polkg.ingest;

/**
 * Makes a message for the user one short line: line breaks and other control characters (which
 * quoted input can carry) are escaped, and an overlong message is cut.
 */
public final class OneLine {
  /** Messages are cut to this many characters. */
  public static final int MAX_CHARS = 400;

  private OneLine() {}

  public static String of(String message) {
    if (message == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(Math.min(message.length(), MAX_CHARS + 16));
    for (int i = 0; i < message.length() && b.length() < MAX_CHARS; i++) {
      char c = message.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append(' ');
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
          || Character.isSurrogate(c) && !validPair(message, i)) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
        if (Character.isHighSurrogate(c)) {
          b.append(message.charAt(++i));
        }
      }
    }
    if (b.length() >= MAX_CHARS && b.length() < message.length()) {
      b.append("...");
    }
    return b.toString();
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c) && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1));
  }
}
