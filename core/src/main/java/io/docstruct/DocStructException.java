package io.docstruct;

/**
 * Base of every exception DocStruct throws on purpose. Catch this to handle any DocStruct failure; catch a
 * subtype to handle one kind of failure.
 *
 * <p>Messages name the problem and where it is (a JSON path, a file, an HTTP status), and never contain a
 * secret or an unmasked personal number.
 */
public class DocStructException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DocStructException(String message) {
    super(message);
  }

  public DocStructException(String message, Throwable cause) {
    super(message, cause);
  }
}
