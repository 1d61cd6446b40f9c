package io.docstruct.client;

import io.docstruct.DocStructException;

/**
 * A call to an OCR service failed. Subtypes say how: {@link OcrApiException} (the service answered with an
 * error), {@link OcrTransportException} (the network failed or timed out), {@link OcrRequestException} (the
 * request was refused before anything was sent), {@link OcrResponseException} (the answer could not be read).
 *
 * <pre>{@code
 * try {
 *   client.general(ImageSource.of(path));
 * } catch (OcrClientException e) {
 *   if (e.retryable()) { ... }   // already retried per the policy; worth trying again later
 * }
 * }</pre>
 */
public abstract class OcrClientException extends DocStructException {
  private static final long serialVersionUID = 1L;

  protected OcrClientException(String message, Throwable cause) {
    super(message, cause);
  }

  protected OcrClientException(String message) {
    super(message);
  }

  /** Whether the same request may succeed if sent again (network faults, 5xx, rate limits). */
  public abstract boolean retryable();
}
