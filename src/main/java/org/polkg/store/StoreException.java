package org.polkg.store;

/**
 * A store that cannot be used as it is (in use by another process, of an unknown format, not a
 * store at all). The message is one line for the user, naming the store and what to do.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
