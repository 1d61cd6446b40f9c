package io.docstruct.client;

import java.io.IOException;
import java.net.SocketTimeoutException;

/**
 * The call did not get an answer: connection refused or dropped, DNS failure, or a timeout. Always retryable;
 * thrown after the retry policy's attempts are spent.
 *
 * <pre>{@code
 * catch (OcrTransportException e) { System.err.println("network: " + e.getMessage()); }
 * }</pre>
 */
public final class OcrTransportException extends OcrClientException {
  private static final long serialVersionUID = 1L;

  public OcrTransportException(String message, IOException cause) {
    super(message, cause);
  }

  @Override
  public boolean retryable() {
    return true;
  }

  /**
   * What went wrong on the network, for people and without exception class names when the cause says it:
   * {@code Failed to connect to /127.0.0.1:1}, {@code timed out}.
   */
  public String detail() {
    Throwable cause = getCause() == null ? this : getCause();
    if (cause instanceof SocketTimeoutException) {
      return "timed out";
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
