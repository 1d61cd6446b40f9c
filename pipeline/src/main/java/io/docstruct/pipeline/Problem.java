package io.docstruct.pipeline;

import io.docstruct.client.OcrClientException;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.OcrTransportException;
import io.docstruct.document.ResponseKind;
import io.docstruct.read.ProviderErrorException;
import io.docstruct.read.ResponseFormatException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What went wrong with a document, at which stage, in one line for people (never a stack trace, a line
 * break, a secret or an unmasked personal number). The pipeline and the command line describe exceptions
 * the same way, here.
 *
 * <pre>{@code
 * Problem p = result.failure();
 * System.err.println(result.name() + ": " + p);     // receipt.json: read: malformed JSON at $.images[0] …
 * }</pre>
 *
 * @param stage where it happened
 * @param reason one line, without the document's name (the caller shows that)
 * @param cause the exception behind it, if there was one (for logs and exit codes; its message may name files)
 */
public record Problem(Stage stage, String reason, @Nullable Throwable cause) {

  public Problem {
    Objects.requireNonNull(stage, "stage == null");
    reason = oneLine(Objects.requireNonNull(reason, "reason == null"));
  }

  /** A problem without an exception behind it. */
  public static Problem of(Stage stage, String reason) {
    return new Problem(stage, reason, null);
  }

  /**
   * A problem made of an exception, its reason without the names of the document it concerns ({@code
   * source}, and the file's path as the reader named it).
   *
   * @param names the names the exception's message may start with: the file's path, its name
   */
  static Problem of(Stage stage, Throwable e, String... names) {
    String message = describe(e, names.length == 0 ? null : names[names.length - 1]);
    for (String name : names) {
      String prefix = name + ": ";
      if (message.startsWith(prefix)) {
        message = message.substring(prefix.length());
      }
    }
    return new Problem(stage, message, e);
  }

  /**
   * One line naming {@code source} (when the exception does not already) and what went wrong: {@code
   * receipt.json: no such file}, {@code scan.png: network error: timed out}, {@code a.json: is a CLOVA error
   * response, not an OCR result: code 0011, "…"}. An exception DocStruct did not expect is called an internal
   * error, with its class and message.
   *
   * @param source the file or resource being processed, if known
   */
  public static String describe(Throwable e, @Nullable String source) {
    Objects.requireNonNull(e, "e == null");
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      return describe(u.getCause(), source);
    }
    if (e instanceof ResponseFormatException f) {
      // The reader already names its source (the path as given) in front of the message.
      String text = String.valueOf(f.getMessage());
      return oneLine(f.source() == null ? prefix(source) + text : text);
    }
    if (e instanceof ProviderErrorException p) {
      return oneLine(
          prefix(source)
              + "is "
              + (p.provider() == ResponseKind.Provider.NHN ? "an NHN Cloud" : "a CLOVA")
              + " error response, not an OCR result: code "
              + p.code()
              + (p.providerMessage() == null ? "" : ", \"" + p.providerMessage() + "\""));
    }
    if (e instanceof OcrRequestException r) {
      return oneLine(prefix(source) + r.getMessage());
    }
    if (e instanceof OcrTransportException t) {
      return oneLine(prefix(source) + "network error: " + t.detail());
    }
    if (e instanceof OcrClientException c) {
      return oneLine(prefix(source) + c.getMessage());
    }
    if (e instanceof NoSuchFileException n) {
      return oneLine(fileName(n, source) + ": no such file");
    }
    if (e instanceof AccessDeniedException a) {
      return oneLine(fileName(a, source) + ": permission denied");
    }
    if (e instanceof FileSystemException fs) {
      String reason = fs.getReason() == null ? "cannot be read" : lowerFirst(fs.getReason());
      return oneLine(fileName(fs, source) + ": " + reason);
    }
    if (e instanceof FileNotFoundException nf) {
      return oneLine(prefix(source) + nf.getMessage());
    }
    if (e instanceof IOException io) {
      return oneLine(prefix(source) + "cannot be read: " + className(io));
    }
    return oneLine(prefix(source) + "internal error (" + className(e) + ")");
  }

  /**
   * Whether {@link #describe} calls {@code e} an internal error: an exception DocStruct did not expect, a
   * defect to report rather than a problem with the input.
   */
  public static boolean isInternal(Throwable e) {
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    return !(t instanceof IOException
        || t instanceof ResponseFormatException
        || t instanceof ProviderErrorException
        || t instanceof OcrClientException);
  }

  /** {@code stage: reason}, e.g. {@code read: malformed JSON at $.images[0]}. */
  @Override
  public String toString() {
    return stage.label() + ": " + reason;
  }

  private static String prefix(@Nullable String source) {
    return source == null ? "" : source + ": ";
  }

  private static String fileName(FileSystemException e, @Nullable String source) {
    return e.getFile() != null ? e.getFile() : source != null ? source : "(file)";
  }

  private static String className(Throwable e) {
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
