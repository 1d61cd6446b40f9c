package io.docstruct.cli;

import io.docstruct.client.OcrApiException;
import io.docstruct.client.OcrClientException;

/**
 * CLOVA refused the secret ({@code 0002}): the provider's error, with the variable the secret came from, so
 * that the user knows what to fix. Never retryable; the secret itself is never in the message.
 *
 * <pre>{@code
 * catch (OcrApiException e) { if ("0002".equals(e.code())) throw new RefusedSecretException(e, "CLOVA_OCR_SECRET"); }
 * }</pre>
 */
final class RefusedSecretException extends OcrClientException {
  private static final long serialVersionUID = 1L;

  RefusedSecretException(OcrApiException refused, String secretSource) {
    super(refused.getMessage() + " (check " + secretSource + ")", refused);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
