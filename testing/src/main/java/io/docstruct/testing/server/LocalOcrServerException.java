package io.docstruct.testing.server;

import io.docstruct.DocStructException;

/**
 * {@link LocalOcrServer} could not start, typically because its port is taken.
 *
 * <pre>{@code
 * try (LocalOcrServer server = LocalOcrServer.builder().port(8080).start()) { ... }
 * catch (LocalOcrServerException e) { ... }   // e.g. "cannot bind 127.0.0.1:8080: Address already in use"
 * }</pre>
 */
public final class LocalOcrServerException extends DocStructException {
  private static final long serialVersionUID = 1L;

  LocalOcrServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
