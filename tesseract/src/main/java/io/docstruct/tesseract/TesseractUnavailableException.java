package io.docstruct.tesseract;

import io.docstruct.client.OcrClientException;

/**
 * Tesseract cannot run here: the {@code tesseract} command is not installed (or not where it was said to be),
 * it does not run, or a language pack asked for is missing. The message names what is missing and the command
 * that installs it. Never retryable: nothing changes until someone installs it.
 *
 * <pre>{@code
 * try (TesseractOcrEngine engine = TesseractOcrEngine.create()) { … }
 * catch (TesseractUnavailableException e) {
 *   System.err.println(e.getMessage());
 *   // tesseract has no language pack kor (it has eng, osd): install it with
 *   //   sudo apt-get install tesseract-ocr-kor   (tesseract --list-langs shows what is installed)
 * }
 * }</pre>
 */
public final class TesseractUnavailableException extends OcrClientException {
  private static final long serialVersionUID = 1L;

  public TesseractUnavailableException(String message) {
    super(message);
  }

  public TesseractUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
