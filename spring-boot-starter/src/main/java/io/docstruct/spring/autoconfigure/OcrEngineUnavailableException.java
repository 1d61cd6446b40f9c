package io.docstruct.spring.autoconfigure;

import java.util.Objects;

/**
 * The OCR engine that {@code docstruct.*} chose cannot run here: a library is missing from the class path or a
 * command from the machine. Thrown while the application starts, so it never runs without the OCR it was
 * configured for; Boot's failure analysis prints {@link #getMessage()} as the description and {@link #action()}
 * as what to do.
 *
 * <pre>{@code
 * ***************************
 * APPLICATION FAILED TO START
 * ***************************
 * Description:
 * docstruct.ocr.engine=tesseract: cannot run 'tesseract' (…): Tesseract is not installed or not on the PATH; …
 * Action:
 * Install Tesseract with its Korean and English language packs: sudo apt-get install tesseract-ocr …
 * }</pre>
 */
public final class OcrEngineUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String action;

  public OcrEngineUnavailableException(String message, String action, @org.jspecify.annotations.Nullable Throwable cause) {
    super(Objects.requireNonNull(message, "message == null"), cause);
    this.action = Objects.requireNonNull(action, "action == null");
  }

  /** What to do about it: the dependency to add, the packages to install, or the property to change. */
  public String action() {
    return action;
  }
}
