package org.polkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.polkg.TestSupport;

/**
 * Very long words and sentences (which the models handle in time growing with the square of
 * their length) are cut for the models only: offsets and sentence texts still refer to the
 * original text, and every token is tagged and chunked.
 */
class AnnotatorLimitsTest {
  private final Annotator annotator = TestSupport.pipeline().models().newAnnotator();

  @Test
  void longWordsAreCutEveryHundredCharacters() {
    String cut = Annotator.cutLongWords("a".repeat(250) + " short " + "b".repeat(100));
    assertEquals(357, cut.length());
    assertEquals(' ', cut.charAt(100));
    assertEquals(' ', cut.charAt(201));
    assertEquals("a".repeat(100), cut.substring(0, 100));
    assertEquals("a".repeat(48), cut.substring(202, 250));
    assertTrue(cut.endsWith(" short " + "b".repeat(100)), "a word of 100 characters is kept");
    String emoji = "x".repeat(99) + "\uD83D\uDE00" + "y";
    assertEquals("x".repeat(99) + "\uD83D\uDE00 ", Annotator.cutLongWords(emoji),
        "a surrogate pair is not split");
  }

  @Test
  void aLongWordKeepsItsOffsetsAndSentenceText() {
    String text = "Mr Smith resigned. " + "Z".repeat(30_000) + " and then he left.";
    Document d = annotator.annotate(text);
    assertEquals(text, d.text());
    for (Sentence s : d.sentences()) {
      assertEquals(text.substring(s.start(), s.end()), s.text());
      for (Token t : s.tokens()) {
        assertTrue(t.end() - t.start() <= Annotator.MAX_WORD_CHARS, t.toString());
        assertEquals(text.substring(t.start(), t.end()), t.text());
      }
    }
    assertEquals("Mr Smith resigned.", d.sentences().get(0).text());
  }

  @Test
  void aVeryLongSentenceIsTaggedAndChunkedThroughout() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      b.append(List.of("Labour", "members", "voted", "against", "the", "motion", "and").get(i % 7))
          .append(' ');
    }
    Document d = annotator.annotate(b.toString().strip());
    int tokens = d.sentences().stream().mapToInt(Sentence::size).sum();
    assertEquals(2000, tokens);
    assertTrue(d.sentences().stream().anyMatch(s -> s.size() > Annotator.TAG_WINDOW),
        "one sentence longer than a tagging window");
    for (Sentence s : d.sentences()) {
      for (Token t : s.tokens()) {
        assertNotNull(t.pos());
        assertNotNull(t.chunk());
      }
    }
    assertEquals("VBD", d.sentences().get(0).tokens().stream()
        .filter(t -> t.text().equals("voted")).skip(200).findFirst().orElseThrow().pos());
  }
}
