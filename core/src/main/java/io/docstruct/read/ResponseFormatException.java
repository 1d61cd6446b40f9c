package io.docstruct.read;

import io.docstruct.DocStructException;
import org.jspecify.annotations.Nullable;

/**
 * The input is not a response DocStruct can read: malformed JSON, a value of the wrong type, a shape no
 * adapter knows, or input beyond the configured limits. The message names the problem and where it is.
 *
 * <pre>{@code
 * try {
 *   reader.read(path);
 * } catch (ResponseFormatException e) {
 *   System.err.println(e.getMessage());   // "malformed JSON at $.images[0].fields[2] (line 14, column 9): ..."
 * }
 * }</pre>
 */
public final class ResponseFormatException extends DocStructException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the input. */
  public enum Reason {
    /** Not valid JSON syntax (or truncated). */
    MALFORMED_JSON,
    /** Valid JSON, but a value has the wrong type for its place (an object where text is expected…). */
    UNEXPECTED_VALUE,
    /** Valid JSON, but not the shape of any response DocStruct knows. */
    UNKNOWN_SHAPE,
    /** Beyond a configured limit: nesting depth, number length, string length or document size. */
    LIMIT_EXCEEDED
  }

  private final Reason reason;
  private final String jsonPath;
  private final @Nullable String source;

  public ResponseFormatException(
      Reason reason, String jsonPath, @Nullable String source, String detail, @Nullable Throwable cause) {
    super(describe(reason, jsonPath, source, detail), cause);
    this.reason = reason;
    this.jsonPath = jsonPath;
    this.source = source;
  }

  public Reason reason() {
    return reason;
  }

  /** Where in the input, as a JSON path such as {@code $.images[0].fields[2].inferConfidence}. */
  public String jsonPath() {
    return jsonPath;
  }

  /** The file or stream name the input came from, if known. */
  public @Nullable String source() {
    return source;
  }

  private static String describe(
      Reason reason, String jsonPath, @Nullable String source, String detail) {
    String what =
        switch (reason) {
          case MALFORMED_JSON -> "malformed JSON";
          case UNEXPECTED_VALUE -> "unexpected value";
          case UNKNOWN_SHAPE -> "not an OCR response";
          case LIMIT_EXCEEDED -> "input exceeds a limit";
        };
    return (source == null ? "" : source + ": ") + what + " at " + jsonPath + ": " + detail;
  }
}
