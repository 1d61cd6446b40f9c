package io.docstruct.cli;

import io.docstruct.pipeline.Problem;
import org.jspecify.annotations.Nullable;

/**
 * A failure a command has already described in words: the message is printed as is and the process exits
 * with the given status. Internal to the command line.
 *
 * <pre>{@code
 * throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, dir + ": is a directory");
 * }</pre>
 */
final class CommandFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitStatus status;

  CommandFailedException(ExitStatus status, String message) {
    super(message);
    this.status = status;
  }

  /** With the exception that led to it, for {@code --debug}. */
  CommandFailedException(ExitStatus status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  ExitStatus status() {
    return status;
  }

  /**
   * A pipeline result's failure as the command line reports it: the line and exit status of its exception
   * ({@link Failure#of}), naming {@code source} when given, the exception kept for {@code --debug}.
   */
  static CommandFailedException of(Problem problem, @Nullable String source) {
    Throwable cause = problem.cause();
    if (cause == null) {
      return new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, (source == null ? "" : source + ": ") + problem);
    }
    Failure failure = Failure.of(cause, source);
    return new CommandFailedException(failure.status(), failure.message(), cause);
  }
}
