package org.polkg.serve;

import java.time.Duration;

/**
 * How {@link GraphServer} serves the store.
 *
 * @param host the address to bind to (loopback unless the user says otherwise)
 * @param port the TCP port; 0 picks a free one
 * @param update whether SPARQL Update and Graph Store writes are allowed
 * @param queryTimeout queries running longer are cancelled; zero means no limit
 */
public record ServeSettings(String host, int port, boolean update, Duration queryTimeout) {
  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 3030;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public ServeSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (queryTimeout.isNegative()) {
      throw new IllegalArgumentException("negative timeout: " + queryTimeout);
    }
  }

  /** Read-only on loopback with the default timeout, on {@code port}. */
  public static ServeSettings readOnly(int port) {
    return new ServeSettings(LOOPBACK, port, false, DEFAULT_TIMEOUT);
  }

  public ServeSettings withUpdate(boolean allow) {
    return new ServeSettings(host, port, allow, queryTimeout);
  }

  public ServeSettings withTimeout(Duration timeout) {
    return new ServeSettings(host, port, update, timeout);
  }
}
