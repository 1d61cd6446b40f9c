package io.docstruct.rules.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.docstruct.rules.RuleDefinitionException.Problem;
import org.junit.jupiter.api.Test;

/** The hints a rule file gets for naming a type that moved to core: where, and what to write instead. */
class MovedTypesTest {
  @Test
  void eachOldNameIsNamedOnceAtItsFirstLineInTheOrderTheyAppear() {
    String drl = """
        package io.docstruct.rules.unit;
        unit DocumentUnit;
        import io.docstruct.rules.Severity;

        rule "Unknown brands are suspicious"
        when
          /cards[ brand == io.docstruct.rules.entity.CardBrand.UNKNOWN ]
          /findings[ status == VerificationFact.Status.FAIL ]
        then
          results.violation(Severity.WARNING, "card.brand", "unknown brand");
        end
        """;

    assertThat(MovedTypes.hints("policy.drl", drl, false))
        .extracting(Problem::line, Problem::message)
        .containsExactly(
            tuple(3, "io.docstruct.rules.Severity is now io.docstruct.verify.Severity:"
                + " name that instead (DocStruct keeps one Severity for verification, the rules and the exporters)"),
            tuple(7, "io.docstruct.rules.entity.CardBrand is now"
                + " io.docstruct.verify.number.CardBrand: name that instead (DocStruct keeps one CardBrand for"
                + " verification, the rules and the exporters)"),
            tuple(8, "VerificationFact.Status is now io.docstruct.verify.Status:"
                + " name that instead (DocStruct keeps one Status for verification, the rules and the exporters)"));
  }

  @Test
  void currentNamesAndLookAlikesGetNoHint() {
    String drl = """
        import io.docstruct.verify.Severity;
        import io.docstruct.verify.number.CardBrand;
        import io.docstruct.rules.SeverityLevels;
        """;

    assertThat(MovedTypes.hints("policy.drl", drl, false)).isEmpty();
  }

  @Test
  void aDecisionTablesHintHasNoLineOfTheDrlItsUserNeverSaw() {
    assertThat(MovedTypes.hints("policy.xlsx", "\n\nimport io.docstruct.rules.Severity;\n", true))
        .extracting(Problem::line)
        .containsExactly(0);
  }
}
