package io.docstruct.privacy;

import org.jspecify.annotations.Nullable;

/**
 * Stands in for a cause whose message quoted a personal number (a parser quotes the value it could not
 * read): the original class name and message with numbers masked by {@link Masking#numbersIn}, the original
 * stack trace, and the rest of the chain treated the same way.
 *
 * <pre>{@code
 * throw new OcrResponseException(what, Masking.scrubbed(jacksonException));
 * }</pre>
 */
public final class MaskedCause extends Exception {
  private static final long serialVersionUID = 1L;

  private final String originalClass;

  MaskedCause(Throwable original, @Nullable Throwable cause) {
    super(
        original.getMessage() == null ? null : Masking.numbersIn(original.getMessage()),
        cause,
        false,
        false);
    this.originalClass = original.getClass().getName();
    setStackTrace(original.getStackTrace());
  }

  /** The class of the exception this one stands in for. */
  public String originalClass() {
    return originalClass;
  }

  @Override
  public String toString() {
    String message = getMessage();
    return message == null ? originalClass : originalClass + ": " + message;
  }
}
