package org.polkg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes fuzzing inputs from sample inputs, deterministically from a seed: byte flips,
 * truncation, splicing, random Unicode, very long tokens, many newlines, repeated and deleted
 * chunks, structural characters of the input formats, and stacks of these.
 */
public final class Mutator {
  /** Code points that tend to upset text processing. */
  private static final int[] AWKWARD = {
    0x0000, 0x0001, 0x0007, 0x0008, 0x000B, 0x000C, 0x000D, 0x001B, 0x007F, 0x0085, 0x00A0,
    0x00AD, 0x0301, 0x0308, 0x034F, 0x05D0, 0x0627, 0x061C, 0x0E01, 0x180E, 0x200B, 0x200C,
    0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202E, 0x2060, 0x2066, 0x2069, 0x2019,
    0x201C, 0x201D, 0x2026, 0x2014, 0x3000, 0x4E2D, 0xFB01, 0xFE0F, 0xFEFF, 0xFF21, 0xFFFC,
    0xFFFD, 0xFFFE, 0x1F600, 0x1F1EC, 0x1F1E7, 0x10FFFF, 0x1D400, 0xE000
  };

  /** Words and marks that the extractor reacts to. */
  private static final String[] TRIGGERS = {
    "resigned", "resigns", "quit", "joined", "defected", "sacked", "suspended", "elected",
    "voted", "met", "threatened to resign", "called on him to resign", "denied", "refused",
    "could resign", "reportedly", "Mr", "Mrs", "Ms", "Dr", "Sen.", "he", "she", "they", "his",
    "the party", "Labour", "the Labour Party", "Tories", "GOP", "Conservative Party", "Cabinet",
    "leader", "shadow chancellor", "MP", "senator", "deputy leader", "seven MPs",
    "1000000000000 MPs", "99999999999999999999 MPs", "0 MPs", "-3 MPs", "Monday", "yesterday",
    "last night", "today", "on 31 February 2019", "on 29 February 1900", "in 1997",
    "on 1 January 0001", "on 31 December 9999", "in 99999", "last week", "tomorrow", ",", ".",
    ";", ":", "\"", "'", "(", ")", "alongside", "and", "who", "which", "as", "of", "from",
    "Jeremy Corbyn", "John Smith", "Mr Smith", "Anna Soubry", "Chuka Umunna", "—", "–"
  };

  /** Characters that mean something in the input formats. */
  private static final String[] STRUCTURE = {
    "{", "}", "[", "]", "\"", "\\", "\\u", "\\uD800", ":", ",", "null", "true", "1e999",
    "<", ">", "</", "<p>", "</p>", "<article>", "<script>", "</script>", "<!--", "-->",
    "<![CDATA[", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "---", "---\n", "date: ", "title: ",
    "source: ", "\n---\n", "\"maintext\":", "\"date_publish\":\"2019-02-30\"", "\"url\":",
    "<meta property=\"article:published_time\" content=\"9999-99-99\">",
    "<script type=\"application/ld+json\">{\"datePublished\":[[[[[[]]]]]]}</script>"
  };

  private final Random random;

  public Mutator(long seed) {
    this.random = new Random(seed);
  }

  /** A mutated input and how it was made. */
  public record Mutant<T>(String how, T value) {}

  /** Mutates the bytes of one sample (or splices two), one to three times. */
  public Mutant<byte[]> bytes(List<byte[]> samples) {
    byte[] b = samples.get(random.nextInt(samples.size()));
    List<String> how = new ArrayList<>();
    int rounds = 1 + random.nextInt(3);
    for (int i = 0; i < rounds; i++) {
      int op = random.nextInt(12);
      switch (op) {
        case 0 -> {
          int n = 1 + random.nextInt(20);
          b = b.clone();
          for (int k = 0; k < n && b.length > 0; k++) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
          }
          how.add("flip " + n + " bytes");
        }
        case 1 -> {
          int n = b.length == 0 ? 0 : random.nextInt(b.length);
          b = java.util.Arrays.copyOf(b, n);
          how.add("truncate to " + n);
        }
        case 2 -> {
          byte[] other = samples.get(random.nextInt(samples.size()));
          int cut = b.length == 0 ? 0 : random.nextInt(b.length);
          int from = other.length == 0 ? 0 : random.nextInt(other.length);
          b = concat(slice(b, 0, cut), slice(other, from, other.length));
          how.add("splice at " + cut + "/" + from);
        }
        case 3 -> {
          byte[] junk = new byte[1 + random.nextInt(64)];
          random.nextBytes(junk);
          b = insert(b, junk);
          how.add("insert " + junk.length + " random bytes");
        }
        case 4 -> {
          b = insert(b, unicode(1 + random.nextInt(40)).getBytes(StandardCharsets.UTF_8));
          how.add("insert awkward unicode");
        }
        case 5 -> {
          b = insert(b, longToken().getBytes(StandardCharsets.UTF_8));
          how.add("insert a long token");
        }
        case 6 -> {
          b = insert(b, (random.nextBoolean() ? "\n" : "\r\n").repeat(1 + random.nextInt(20000))
              .getBytes(StandardCharsets.UTF_8));
          how.add("insert many newlines");
        }
        case 7 -> {
          b = insert(b, STRUCTURE[random.nextInt(STRUCTURE.length)]
              .repeat(1 + random.nextInt(random.nextBoolean() ? 3 : 400))
              .getBytes(StandardCharsets.UTF_8));
          how.add("insert structure");
        }
        case 8 -> {
          if (b.length > 0) {
            int at = random.nextInt(b.length);
            int len = 1 + random.nextInt(Math.min(b.length - at, 200));
            byte[] chunk = slice(b, at, at + len);
            byte[] rep = new byte[0];
            int times = 2 + random.nextInt(200);
            for (int k = 0; k < times; k++) {
              rep = concat(rep, chunk);
            }
            b = concat(concat(slice(b, 0, at), rep), slice(b, at + len, b.length));
          }
          how.add("repeat a chunk");
        }
        case 9 -> {
          if (b.length > 0) {
            int at = random.nextInt(b.length);
            int len = random.nextInt(b.length - at + 1);
            b = concat(slice(b, 0, at), slice(b, at + len, b.length));
          }
          how.add("delete a chunk");
        }
        case 10 -> {
          byte[][] boms = {{(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {(byte) 0xff, (byte) 0xfe},
              {(byte) 0xfe, (byte) 0xff}, {(byte) 0xff, (byte) 0xfe, 0, 0}};
          b = concat(boms[random.nextInt(boms.length)], b);
          how.add("prefix a byte-order mark");
        }
        default -> {
          b = new byte[random.nextInt(2048)];
          random.nextBytes(b);
          how.add("random bytes");
        }
      }
    }
    return new Mutant<>(String.join(", ", how), b);
  }

  /** Mutates the text of one sample (or splices two), one to three times. */
  public Mutant<String> text(List<String> samples) {
    String s = samples.get(random.nextInt(samples.size()));
    List<String> how = new ArrayList<>();
    int rounds = 1 + random.nextInt(3);
    for (int i = 0; i < rounds; i++) {
      int op = random.nextInt(11);
      switch (op) {
        case 0 -> {
          StringBuilder b = new StringBuilder(s);
          int n = 1 + random.nextInt(20);
          for (int k = 0; k < n && b.length() > 0; k++) {
            b.setCharAt(random.nextInt(b.length()), (char) random.nextInt(0x10000));
          }
          s = b.toString();
          how.add("replace " + n + " chars");
        }
        case 1 -> {
          int n = s.isEmpty() ? 0 : random.nextInt(s.length());
          s = s.substring(0, n);
          how.add("truncate to " + n);
        }
        case 2 -> {
          String other = samples.get(random.nextInt(samples.size()));
          int cut = s.isEmpty() ? 0 : random.nextInt(s.length());
          int from = other.isEmpty() ? 0 : random.nextInt(other.length());
          s = s.substring(0, cut) + other.substring(from);
          how.add("splice at " + cut + "/" + from);
        }
        case 3 -> {
          s = insert(s, unicode(1 + random.nextInt(60)));
          how.add("insert awkward unicode");
        }
        case 4 -> {
          s = insert(s, longToken());
          how.add("insert a long token");
        }
        case 5 -> {
          s = insert(s, (random.nextBoolean() ? "\n" : "\r\n").repeat(1 + random.nextInt(20000)));
          how.add("insert many newlines");
        }
        case 6 -> {
          StringBuilder b = new StringBuilder();
          int n = 1 + random.nextInt(random.nextBoolean() ? 10 : 400);
          for (int k = 0; k < n; k++) {
            b.append(TRIGGERS[random.nextInt(TRIGGERS.length)]).append(random.nextInt(4) == 0
                ? "" : " ");
          }
          s = insert(s, b.toString());
          how.add("insert " + n + " trigger words");
        }
        case 7 -> {
          if (!s.isEmpty()) {
            int at = random.nextInt(s.length());
            int len = 1 + random.nextInt(Math.min(s.length() - at, 300));
            s = s.substring(0, at) + s.substring(at, at + len).repeat(2 + random.nextInt(100))
                + s.substring(at + len);
          }
          how.add("repeat a chunk");
        }
        case 8 -> {
          if (!s.isEmpty()) {
            int at = random.nextInt(s.length());
            s = s.substring(0, at) + s.substring(at + random.nextInt(s.length() - at + 1));
          }
          how.add("delete a chunk");
        }
        case 9 -> {
          StringBuilder b = new StringBuilder();
          String[] words = s.split("\\s+");
          for (int k = 0; k < words.length; k++) {
            b.append(words[random.nextInt(words.length)]).append(' ');
          }
          s = b.toString();
          how.add("shuffle words");
        }
        default -> {
          s = unicode(random.nextInt(3000));
          how.add("random text");
        }
      }
    }
    return new Mutant<>(String.join(", ", how), s);
  }

  private String unicode(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(5)) {
        case 0 -> b.appendCodePoint(AWKWARD[random.nextInt(AWKWARD.length)]);
        case 1 -> b.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
        case 2 -> b.appendCodePoint(random.nextInt(0x110000));
        case 3 -> b.append(' ');
        default -> b.append((char) ('A' + random.nextInt(58)));
      }
    }
    return b.toString();
  }

  private String longToken() {
    int n = 1000 + random.nextInt(50_000);
    return switch (random.nextInt(6)) {
      case 0 -> "a".repeat(n);
      case 1 -> "Smith".repeat(n / 5);
      case 2 -> ".".repeat(n);
      case 3 -> "9".repeat(n);
      case 4 -> "Mr-".repeat(n / 3);
      default -> {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
          b.append((char) ('!' + random.nextInt(94)));
        }
        yield b.toString();
      }
    };
  }

  private byte[] insert(byte[] b, byte[] what) {
    int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
    return concat(concat(slice(b, 0, at), what), slice(b, at, b.length));
  }

  private String insert(String s, String what) {
    int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
    return s.substring(0, at) + what + s.substring(at);
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return java.util.Arrays.copyOfRange(b, from, to);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
