package io.docstruct.cli;

import io.docstruct.client.OcrClientException;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.OcrTransportException;
import io.docstruct.document.ResponseKind;
import io.docstruct.read.ProviderErrorException;
import io.docstruct.read.ResponseFormatException;
import io.docstruct.testing.server.LocalOcrServerException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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
   * Describes an exception.
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
    if (e instanceof ResponseFormatException f) {
      // The reader already names its source (the path as given) in front of the message.
      String text = String.valueOf(f.getMessage());
      return new Failure(
          ExitStatus.UNUSABLE_INPUT, f.source() == null ? prefix(source) + text : text);
    }
    if (e instanceof ProviderErrorException p) {
      return new Failure(
          ExitStatus.UNUSABLE_INPUT,
          prefix(source)
              + "is "
              + (p.provider() == ResponseKind.Provider.NHN ? "an NHN Cloud" : "a CLOVA")
              + " error response, not an OCR result: code "
              + p.code()
              + (p.providerMessage() == null ? "" : ", \"" + p.providerMessage() + "\""));
    }
    if (e instanceof OcrRequestException r) {
      // Refused before anything was sent (size, format, unreadable file): the user's input.
      return new Failure(ExitStatus.UNUSABLE_INPUT, prefix(source) + r.getMessage());
    }
    if (e instanceof OcrTransportException t) {
      return new Failure(ExitStatus.REMOTE_ERROR, prefix(source) + "network error: " + networkDetail(t));
    }
    if (e instanceof OcrClientException c) {
      // The service answered with an error, the network failed, or the answer was unreadable.
      return new Failure(ExitStatus.REMOTE_ERROR, prefix(source) + c.getMessage());
    }
    if (e instanceof LocalOcrServerException s) {
      return new Failure(ExitStatus.UNUSABLE_INPUT, "local OCR server: " + s.getMessage());
    }
    if (e instanceof NoSuchFileException n) {
      return new Failure(ExitStatus.UNUSABLE_INPUT, fileName(n, source) + ": no such file");
    }
    if (e instanceof AccessDeniedException a) {
      return new Failure(ExitStatus.UNUSABLE_INPUT, fileName(a, source) + ": permission denied");
    }
    if (e instanceof FileSystemException fs) {
      String reason = fs.getReason() == null ? "cannot be read" : lowerFirst(fs.getReason());
      return new Failure(ExitStatus.UNUSABLE_INPUT, fileName(fs, source) + ": " + reason);
    }
    if (e instanceof FileNotFoundException nf) {
      return new Failure(ExitStatus.UNUSABLE_INPUT, prefix(source) + nf.getMessage());
    }
    if (e instanceof IOException io) {
      return new Failure(
          ExitStatus.UNUSABLE_INPUT, prefix(source) + "cannot be read: " + describe(io));
    }
    // A bug in DocStruct, not the user's mistake: say so, and point at --debug for the details.
    return new Failure(
        ExitStatus.UNUSABLE_INPUT,
        prefix(source)
            + "internal error ("
            + describe(e)
            + "); please report it with the output of --debug");
  }

  /**
   * What went wrong on the network, without exception class names: {@code Failed to connect to
   * /127.0.0.1:1}, {@code timed out}.
   */
  static String networkDetail(OcrTransportException e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    String message = cause.getMessage();
    if (cause instanceof SocketTimeoutException) {
      return "timed out";
    }
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  private static String prefix(@Nullable String source) {
    return source == null ? "" : source + ": ";
  }

  private static String fileName(FileSystemException e, @Nullable String source) {
    return e.getFile() != null ? e.getFile() : source != null ? source : "(file)";
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
