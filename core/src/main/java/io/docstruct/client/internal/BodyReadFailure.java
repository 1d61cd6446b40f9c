package io.docstruct.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Tells a body that could not be <em>read</em> (the connection dropped mid-body: a transport fault, worth
 * retrying) from one that could not be <em>parsed</em> (bad JSON: not retried). Jackson reports both as a
 * {@link JsonProcessingException}; only the first has a plain {@link IOException} underneath.
 */
public final class BodyReadFailure {
  private BodyReadFailure() {}

  /** The network failure under {@code e}, or {@code null} when the JSON itself was bad. */
  public static @Nullable IOException networkCause(JsonProcessingException e) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof IOException io && !(t instanceof JsonProcessingException)) {
        return io;
      }
    }
    return null;
  }
}
