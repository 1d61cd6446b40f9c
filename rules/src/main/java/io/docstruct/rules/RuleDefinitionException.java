package io.docstruct.rules;

import io.docstruct.DocStructException;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A rule file (DRL or decision table) that does not compile, or cannot be read. The message names the first
 * problem's file and line; {@link #problems()} lists every message of the compiler. One of the {@link
 * DocStructException} family, so one {@code catch (DocStructException e)} handles it with the others.
 *
 * <pre>{@code
 * try {
 *   engine = RuleEngine.builder().rules(Path.of("my-rules.drl")).build();
 * } catch (RuleDefinitionException e) {
 *   System.err.println(e.getMessage());   // my-rules.drl:13: [ERR 102] mismatched input 'end' …
 * }
 * }</pre>
 */
public final class RuleDefinitionException extends DocStructException {
  private static final long serialVersionUID = 1L;

  /**
   * One compiler message.
   *
   * @param file the rule file's path as given (built-in files as {@code built-in:NAME})
   * @param line 1-based line, or 0 when the compiler gave none
   * @param message the compiler's text
   */
  public record Problem(String file, int line, String message) {
    /** {@code file:line: message} (the line left out when unknown). */
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
  }

  private final transient List<Problem> problems;

  /**
   * @param problems at least one
   * @param cause the underlying failure, if any
   */
  public RuleDefinitionException(List<Problem> problems, @Nullable Throwable cause) {
    super(describe(problems));
    if (cause != null) {
      initCause(cause);
    }
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems is empty");
    }
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      return "rule definition error";
    }
    String first = oneLine(problems.get(0).toString());
    return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** Every compiler message, in order; never empty. */
  public List<Problem> problems() {
    return problems == null ? List.of() : problems;
  }

  /** The file of the first problem. */
  public String file() {
    return problems().isEmpty() ? "" : problems().get(0).file();
  }

  /** The line of the first problem, 0 when unknown. */
  public int line() {
    return problems().isEmpty() ? 0 : problems().get(0).line();
  }

  /** All problems, one per line. */
  public String details() {
    return problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
