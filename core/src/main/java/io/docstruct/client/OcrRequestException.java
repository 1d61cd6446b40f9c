package io.docstruct.client;

/**
 * The request was refused before anything was sent: the file is larger than the service accepts, its format
 * is not one the endpoint reads, it has more pages than allowed, or the source cannot be read. Never
 * retryable.
 *
 * <pre>{@code
 * catch (OcrRequestException e) { System.err.println(e.getMessage()); } // "scan.pdf: 62.4 MB, General OCR accepts at most 50 MB"
 * }</pre>
 */
public final class OcrRequestException extends OcrClientException {
  private static final long serialVersionUID = 1L;

  public OcrRequestException(String message) {
    super(message);
  }

  public OcrRequestException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
