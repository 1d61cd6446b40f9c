package io.docstruct.cli;

import io.docstruct.client.OcrClientException;
import io.docstruct.client.OcrRequestException;
import io.docstruct.pipeline.Problem;
import io.docstruct.testing.server.LocalOcrServerException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * A failure as the user sees it: one line of text and the exit status it leads to. Built from any exception;
 * the line never holds a stack trace or a line break.
 *
 * <pre>{@code
 * Failure f = Failure.of(e, "receipt.json");
 * err.println("docstruct: " + f.message());   // docstruct: receipt.json: no such file
 * return f.status().code();                    // 2
 * }</pre>
 *
 * @param status the exit status
 * @param message one line, naming the file (when known) and the problem
 */
record Failure(ExitStatus status, String message) {

  Failure {
    message = oneLine(message);
  }

  /**
   * Describes an exception: the line is the pipeline's ({@link Problem#describe}), so the command line and
   * the library say the same; the exit status is the command line's.
   *
   * @param source the file or resource being processed, if known, to name it in the message
   */
  static Failure of(Throwable e, @Nullable String source) {
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      return of(u.getCause(), source);
    }
    if (e instanceof CommandFailedException c) {
      return new Failure(c.status(), String.valueOf(c.getMessage()));
    }
    if (e instanceof LocalOcrServerException s) {
      return new Failure(ExitStatus.UNUSABLE_INPUT, "local OCR server: " + s.getMessage());
    }
    ExitStatus status =
        e instanceof OcrClientException && !(e instanceof OcrRequestException)
            ? ExitStatus.REMOTE_ERROR // the service answered with an error, the network failed, or the answer was unreadable
            : ExitStatus.UNUSABLE_INPUT; // the user's input, or (internal errors) a bug in DocStruct
    String message = Problem.describe(e, source);
    if (Problem.isInternal(e)) {
      // Not the user's mistake: say so, and point at --debug for the details.
      message += "; please report it with the output of --debug";
    }
    return new Failure(status, message);
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
