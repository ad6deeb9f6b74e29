package org.polkg.nlp;

/**
 * A name the statistical name finder found in a sentence.
 *
 * @param type {@code person} or {@code organization}
 * @param start first token
 * @param end token after the last
 * @param probability the model's probability for the span
 */
public record NameSpan(String type, int start, int end, double probability) {}
