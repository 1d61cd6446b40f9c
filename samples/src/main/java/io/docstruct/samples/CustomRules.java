package io.docstruct.samples;

import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.rules.RuleResult;
import io.docstruct.rules.Violation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a response with the built-in rules plus your own (DRL files or decision tables) and prints the
 * violations they raise.
 *
 * <pre>{@code
 * java -cp docstruct.jar io.docstruct.samples.CustomRules dinner.json weekend-expenses.drl
 * }</pre>
 */
public final class CustomRules {
  private CustomRules() {}

  /** Runs the sample and exits with its status. */
  public static void main(String[] args) {
    int status = run(System.out, System.err, args);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The sample with its streams given; returns 0, or 2 on bad usage, input or rules. */
  static int run(PrintStream out, PrintStream err, String... args) {
    if (args.length < 2) {
      err.println("usage: CustomRules RESPONSE.json RULES.drl|RULES.xlsx...");
      return 2;
    }
    List<Path> rules = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      rules.add(Path.of(args[i]));
    }
    DocumentResult mapped;
    try {
      mapped = DocStruct.builder().rules(rules).build().process(DocumentInput.response(Path.of(args[0])));
    } catch (RuntimeException e) { // a rule file with an error
      err.println("CustomRules: " + e.getMessage());
      return 2;
    }
    RuleResult result = mapped.rules();
    if (result == null) {
      err.println("CustomRules: " + mapped.failure());
      return 2;
    }
    for (Violation v : result.violations()) {
      out.println(v.severity() + " " + v.rule() + ": " + v.message());
    }
    out.println(result.expenses().size() + " expense(s), " + result.violations().size() + " violation(s)");
    return 0;
  }
}
