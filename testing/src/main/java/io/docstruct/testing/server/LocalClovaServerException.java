package io.docstruct.testing.server;

import io.docstruct.DocStructException;

/**
 * {@link LocalClovaServer} could not start, typically because its port is taken.
 *
 * <pre>{@code
 * try (LocalClovaServer server = LocalClovaServer.builder().port(8080).start()) { ... }
 * catch (LocalClovaServerException e) { ... }   // e.g. "cannot bind 127.0.0.1:8080: Address already in use"
 * }</pre>
 */
public final class LocalClovaServerException extends DocStructException {
  private static final long serialVersionUID = 1L;

  LocalClovaServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
