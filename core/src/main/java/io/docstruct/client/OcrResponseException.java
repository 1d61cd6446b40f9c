package io.docstruct.client;

/**
 * The service answered with a success status but a body DocStruct cannot read (not JSON, truncated, or not
 * the shape the endpoint returns). The cause names the JSON path. Not retryable.
 *
 * <pre>{@code
 * catch (OcrResponseException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public final class OcrResponseException extends OcrClientException {
  private static final long serialVersionUID = 1L;

  public OcrResponseException(String message) {
    super(message);
  }

  public OcrResponseException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
