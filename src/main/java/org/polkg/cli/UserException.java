package org.polkg.cli;

/** A mistake of the user's (bad query, missing file): printed as one line, no stack trace. */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserException(String message) {
    super(message);
  }
}
