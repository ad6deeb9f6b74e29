package org.polkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.polkg.TestSupport;

/**
 * A title's full stop, which the tokenizer may split off, stays on the title; a word of capitals
 * it cuts in two is one word again.
 */
class AnnotatorTitleStopTest {
  private final Annotator annotator = TestSupport.pipeline().models().newAnnotator();

  private List<String> words(String text) {
    return annotator.annotate(text).sentences().get(0).tokens().stream().map(Token::text)
        .toList();
  }

  @Test
  void aTitleKeepsItsFullStopBeforeAName() {
    List<String> w = words("Ald. Dion Whitlock and Supt. Grace Lind spoke on Monday.");
    assertEquals("Ald.", w.get(0));
    assertEquals("Dion", w.get(1));
    assertEquals("Supt.", w.get(4));
  }

  @Test
  void anAcronymBeforeAPossessiveStaysOneWord() {
    List<String> w = words("The CDU's leader met the SPD's on Monday.");
    assertEquals("CDU", w.get(1));
    assertEquals("'s", w.get(2));
    assertEquals("SPD", w.get(6));
  }

  @Test
  void aNameWithAnAccentBeforeACapitalStaysOneWord() {
    List<String> w = words("The DéFI deputy left on Monday, and so did a MoDem senator.");
    assertEquals("DéFI", w.get(1));
    assertEquals("MoDem", w.get(11));
  }
}
