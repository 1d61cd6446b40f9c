package io.docstruct.rules.compliance;

import io.docstruct.DocStructException;

/** A card statement that cannot be read at all: no header row, a required column missing, not CSV or XLSX. */
public final class CardStatementException extends DocStructException {
  private static final long serialVersionUID = 1L;

  public CardStatementException(String message) {
    super(message);
  }

  public CardStatementException(String message, Throwable cause) {
    super(message, cause);
  }
}
