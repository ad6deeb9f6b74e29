package org.polkg.nlp;

import java.util.List;

/** An article text split into annotated sentences. Offsets refer to {@link #text()}. */
public record Document(String text, List<Sentence> sentences) {
  public Document {
    sentences = List.copyOf(sentences);
  }
}
