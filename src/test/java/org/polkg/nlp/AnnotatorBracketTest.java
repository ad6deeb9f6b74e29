package org.polkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Opening brackets left on a word are split off; US party tags stay whole. */
class AnnotatorBracketTest {
  private static List<String> split(String s, int... bounds) {
    Span[] spans = new Span[bounds.length / 2];
    for (int i = 0; i < spans.length; i++) {
      spans[i] = new Span(bounds[2 * i], bounds[2 * i + 1]);
    }
    return Arrays.stream(Annotator.splitTrailingPunctuation(s, spans))
        .map(x -> s.substring(x.getStart(), x.getEnd())).toList();
  }

  @Test
  void aShortNameLosesItsOpeningBracket() {
    assertEquals(List.of("Committee", "(", "PCC", ")"), split("Committee (PCC )",
        0, 9, 10, 14, 15, 16));
  }

  @Test
  void aShortNameInOneTokenLosesBothBrackets() {
    assertEquals(List.of("(", "PCC", ")", "president"), split("(PCC) president",
        0, 5, 6, 15));
  }

  @Test
  void aUsPartyTagStaysWhole() {
    List<String> w = split("Lee (D-Calif. ) spoke", 0, 3, 4, 13, 14, 15, 16, 21);
    assertTrue(w.contains("(D-Calif."), w.toString());
    assertEquals(4, w.size(), w.toString());
  }

  @Test
  void aTrailingCommaIsStillSplit() {
    assertEquals(List.of("(", "SP", ")", ","), split("(SP ),", 0, 3, 4, 6));
  }
}
