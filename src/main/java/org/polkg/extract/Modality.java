package org.polkg.extract;

/** Whether the text asserts a fact, or only threatens, calls for, denies... it. */
public enum Modality {
  ASSERTED, THREATENED, CALLED_FOR, DENIED, REFUSED, POSSIBLE, REPORTED
}
