package io.docstruct.rules.unit;

import io.docstruct.rules.RuleDefinitionException.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The types users' rule files may still name from before they moved to core, where verification, the
 * rules and the exporters share them (one class for each domain fact). Java has no aliases for enums, so a
 * file naming an old type no longer compiles; these hints say, at the line that names it, what to write
 * instead.
 *
 * <pre>{@code
 * MovedTypes.hints("policy.drl", text, false);
 * // [policy.drl:4: io.docstruct.rules.Severity is now io.docstruct.verify.Severity: name that instead]
 * }</pre>
 */
final class MovedTypes {
  /** Old name → new name. */
  private static final Map<String, String> MOVED = Map.of(
      "io.docstruct.rules.Severity", "io.docstruct.verify.Severity",
      "io.docstruct.rules.entity.CardBrand", "io.docstruct.verify.number.CardBrand",
      "io.docstruct.rules.entity.BusinessType", "io.docstruct.verify.number.BusinessType",
      "VerificationFact.Status", "io.docstruct.verify.Status");

  private MovedTypes() {}

  /**
   * One problem per old name {@code text} mentions, at the first line that does, in the order they appear.
   *
   * @param origin the file as the user gave it
   * @param text its DRL (for a decision table, the DRL generated from it)
   * @param generatedFromTable whether the lines are the generated DRL's, which the user never saw (then no
   *     line is given)
   */
  static List<Problem> hints(String origin, String text, boolean generatedFromTable) {
    record Mention(int offset, String from, String to) {}
    List<Mention> mentions = new ArrayList<>();
    MOVED.forEach((from, to) -> {
      Matcher m = Pattern.compile("(?<!\\w)" + Pattern.quote(from) + "(?!\\w)").matcher(text);
      if (m.find()) {
        mentions.add(new Mention(m.start(), from, to));
      }
    });
    mentions.sort(Comparator.comparingInt(Mention::offset));
    List<Problem> hints = new ArrayList<>();
    for (Mention m : mentions) {
      hints.add(new Problem(origin, generatedFromTable ? 0 : lineOf(text, m.offset()), m.from() + " is now "
          + m.to() + ": name that instead (DocStruct keeps one " + simpleName(m.to())
          + " for verification, the rules and the exporters)"));
    }
    return hints;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String simpleName(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
