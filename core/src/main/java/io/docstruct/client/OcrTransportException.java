package io.docstruct.client;

import java.io.IOException;

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
}
