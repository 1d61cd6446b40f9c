package io.docstruct.cli;

import java.io.PrintWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on stderr and an exit status: usage errors (unknown option, missing
 * file argument, bad {@code --format}) and exceptions a command throws. The stack trace is printed only after
 * {@code --debug}.
 *
 * <pre>{@code
 * new CommandLine(new DocStructCommand())
 *     .setParameterExceptionHandler(ErrorHandler.INSTANCE)
 *     .setExecutionExceptionHandler(ErrorHandler.INSTANCE);
 * }</pre>
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final ErrorHandler INSTANCE = new ErrorHandler();

  /** What every line on stderr starts with. */
  static final String PREFIX = "docstruct: ";

  private ErrorHandler() {}

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    // picocli's messages sometimes end in a full stop; ours continue after it with a hint.
    String message =
        ex.getMessage() == null
            ? "invalid arguments"
            : ex.getMessage().strip().replaceFirst("\\.$", "");
    String commands = String.join(", ", cmd.getSubcommands().keySet());
    if (!commands.isEmpty() && message.startsWith("Missing required subcommand")) {
      message = "missing command, one of: " + commands;
    } else if (!commands.isEmpty()
        && ex instanceof UnmatchedArgumentException u
        && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-")) {
      message = "unknown command '" + u.getUnmatched().get(0) + "', expected one of: " + commands;
    } else if (ex instanceof UnmatchedArgumentException u) {
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) {
        message += " (did you mean " + String.join(" or ", suggestions) + "?)";
      }
    }
    String name = cmd.getCommandSpec().qualifiedName();
    PrintWriter err = cmd.getErr();
    err.println(
        PREFIX + new Failure(ExitStatus.UNUSABLE_INPUT, message).message()
            + " (see '" + name + " --help')");
    if (List.of(args).contains(DocStructCommand.DEBUG_OPTION)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitStatus.UNUSABLE_INPUT.code();
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult fullParseResult) {
    return report(cmd.getErr(), ex, null, debugRequested(cmd)).status().code();
  }

  /**
   * Prints one failure: the line, then the stack trace if {@code debug}.
   *
   * @param source the file or resource being processed, if known
   * @return the failure as printed
   */
  static Failure report(PrintWriter err, Throwable e, @Nullable String source, boolean debug) {
    Failure failure = Failure.of(e, source);
    err.println(PREFIX + failure.message());
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return failure;
  }

  /** Whether {@code --debug} was given to this command or to any command above it. */
  static boolean debugRequested(CommandLine cmd) {
    for (CommandLine c = cmd; c != null; c = c.getParent()) {
      ParseResult parsed = c.getParseResult();
      if (parsed != null && parsed.hasMatchedOption(DocStructCommand.DEBUG_OPTION)) {
        return true;
      }
    }
    return false;
  }
}
