package io.docstruct.cli;

/**
 * The exit codes of {@code docstruct}, a contract scripts rely on.
 *
 * <pre>{@code
 * return ExitStatus.UNUSABLE_INPUT.code();
 * }</pre>
 */
public enum ExitStatus {
  /** Everything asked for was done. */
  SUCCESS(0),
  /** {@code docstruct verify} found a check that FAILs. */
  VERIFICATION_FAILED(1),
  /** A usage error, or an input that cannot be used (missing, unreadable, malformed, an error response). */
  UNUSABLE_INPUT(2),
  /** The remote OCR API or the network failed. */
  REMOTE_ERROR(3);

  private final int code;

  ExitStatus(int code) {
    this.code = code;
  }

  /** The process exit code. */
  public int code() {
    return code;
  }
}
