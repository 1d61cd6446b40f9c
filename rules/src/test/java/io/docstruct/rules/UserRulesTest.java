package io.docstruct.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.docstruct.DocStructException;
import io.docstruct.rules.entity.AccountCategory;
import io.docstruct.rules.entity.Expense;
import io.docstruct.verify.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User DRL files and decision tables loaded from paths: categories, violations, severities, errors. */
class UserRulesTest {
  @TempDir Path dir;

  private static final String DRL_HEADER =
      """
      package io.docstruct.rules.unit;
      unit DocumentUnit;
      import io.docstruct.verify.Severity;
      """;

  @Test
  void userDrlChangesTheCategoryAddsAViolationAndChangesASeverity() throws IOException {
    Path drl = Files.writeString(dir.resolve("policy.drl"), DRL_HEADER + """

        rule "Drinks bought at a mart are meals"
        when
          $e : /expenses[ categoryIs("소모품비"), anyItemContains("레몬|콜라|사이다") ]
        then
          results.categorize($e, "식비");
        end

        rule "Card payments need an approval number"
        when
          $e : /expenses[ payment != null, payment.approvalNumber == null ]
        then
          results.violation(Severity.ERROR, "expense.payment.approvalNumber", "no approval number");
        end

        rule "Small receipts need no receipt total"
        when
          /expenses[ total == null ]
        then
          results.overrideSeverity("Receipt without a total", Severity.INFO);
        end
        """);
    RuleEngine engine = RuleEngine.builder().clock(Fixtures.CLOCK).rules(drl).build();

    RuleResult receipt = engine.evaluate(Fixtures.read("receipt.json"));
    RuleResult subtotal = engine.evaluate(Fixtures.read("receipt-subtotal.json"));

    assertThat(receipt.expenses().get(0).category()).isEqualTo(AccountCategory.MEALS);
    assertThat(receipt.firedRules())
        .extracting(FiredRule::rule, FiredRule::origin)
        .contains(tuple("Drinks bought at a mart are meals", drl.toString()));
    assertThat(subtotal.violations())
        .extracting(Violation::rule, Violation::severity, Violation::field)
        .contains(tuple("Card payments need an approval number", Severity.ERROR, "expense.payment.approvalNumber"));
    assertThat(engine.ruleFiles()).containsExactly(drl);
  }

  @Test
  void userRuleCanLowerABuiltInSeverity() throws IOException {
    Path drl = Files.writeString(dir.resolve("lenient.drl"), DRL_HEADER + """

        rule "Item sums are advisory"
        when
          /expenses[ total != null ]
        then
          results.overrideSeverity("Line items do not add up to the total", Severity.INFO);
        end
        """);
    RuleEngine engine = RuleEngine.builder().clock(Fixtures.CLOCK).rules(drl).build();

    RuleResult result = engine.evaluate(Fixtures.read("receipt-items-only.json"));

    assertThat(result.violations())
        .extracting(Violation::rule, Violation::severity)
        .containsExactly(tuple("Line items do not add up to the total", Severity.INFO));
  }

  @Test
  void builderSeverityChangesABuiltInRule() {
    RuleEngine engine = RuleEngine.builder()
        .clock(Fixtures.CLOCK)
        .severity("Line items do not add up to the total", Severity.ERROR)
        .build();

    RuleResult result = engine.evaluate(Fixtures.read("receipt-items-only.json"));

    assertThat(result.report().hasErrors()).isTrue();
    assertThat(result.violations()).extracting(Violation::severity).containsExactly(Severity.ERROR);
  }

  @Test
  void userDecisionTableChangesTheCategoryAndAddsAViolation() throws IOException {
    Path table = dir.resolve("expense-policy.xlsx");
    writeDecisionTable(table);
    RuleEngine engine = RuleEngine.builder().clock(Fixtures.CLOCK).rules(table).build();

    RuleResult result = engine.evaluate(Fixtures.read("receipt.json"));

    Expense e = result.expenses().get(0);
    assertThat(e.category()).isEqualTo(AccountCategory.of("회의비"));
    assertThat(result.violations())
        .extracting(Violation::severity, Violation::field, Violation::message)
        .containsExactly(tuple(Severity.WARNING, "expense.total", "over 1,000 won"));
    assertThat(result.violations().get(0).rule()).startsWith("Expense limits");
    assertThat(result.firedRules()).extracting(FiredRule::origin).contains(table.toString());
  }

  @Test
  void userDrlAndDecisionTableTogether() throws IOException {
    Path table = dir.resolve("expense-policy.xlsx");
    writeDecisionTable(table);
    Path drl = Files.writeString(dir.resolve("late.drl"), DRL_HEADER + """

        rule "Lemon drinks are entertainment after the table ran"
        salience -10
        when
          $e : /expenses[ anyItemContains("레몬") ]
        then
          results.categorize($e, AccountCategory.ENTERTAINMENT);
        end
        """.replace("import io.docstruct.verify.Severity;", ""));
    Files.writeString(drl, Files.readString(drl).replace(
        "unit DocumentUnit;", "unit DocumentUnit;\nimport io.docstruct.rules.entity.AccountCategory;"));
    RuleEngine engine = RuleEngine.builder().clock(Fixtures.CLOCK).rules(table, drl).build();

    RuleResult result = engine.evaluate(Fixtures.read("receipt.json"));

    assertThat(result.expenses().get(0).category()).as("the last category set wins")
        .isEqualTo(AccountCategory.ENTERTAINMENT);
    assertThat(result.violations()).extracting(Violation::message).containsExactly("over 1,000 won");
  }

  @Test
  void brokenDrlGivesTheFileAndLine() throws IOException {
    Path drl = Files.writeString(dir.resolve("broken.drl"), DRL_HEADER + """

        rule "Unfinished"
        when
          $e : /expenses[ total ==
        then
        end
        """);

    assertThatThrownBy(() -> RuleEngine.builder().rules(drl).build())
        .isInstanceOfSatisfying(RuleDefinitionException.class, e -> {
          assertThat(e.file()).isEqualTo(drl.toString());
          assertThat(e.line()).isEqualTo(9);
          assertThat(e.getMessage()).startsWith(drl + ":9: ").contains("mismatched input");
          assertThat(e.problems()).isNotEmpty();
        });
  }

  @Test
  void drlWithAnUnknownPropertyGivesTheFile() throws IOException {
    Path drl = Files.writeString(dir.resolve("typo.drl"), DRL_HEADER + """

        rule "Typo"
        when
          $e : /expenses[ totl != null ]
        then
        end
        """);

    assertThatThrownBy(() -> RuleEngine.builder().rules(drl).build())
        .isInstanceOfSatisfying(RuleDefinitionException.class, e -> {
          assertThat(e.file()).isEqualTo(drl.toString());
          assertThat(e.getMessage()).contains("totl");
        });
  }

  @Test
  void aRuleFileWrittenForTheRulesOwnSeverityIsToldItsNewImport() throws IOException {
    // Before 0.1 the rules had their own Severity; it is now core's io.docstruct.verify.Severity.
    Path drl = Files.writeString(dir.resolve("old-policy.drl"), """
        package io.docstruct.rules.unit;
        unit DocumentUnit;

        import io.docstruct.rules.Severity;

        rule "Card payments need an approval number"
        when
          $e : /expenses[ payment != null, payment.approvalNumber == null ]
        then
          results.violation(Severity.ERROR, "expense.payment.approvalNumber", "no approval number");
        end
        """);

    assertThatThrownBy(() -> RuleEngine.builder().rules(drl).build())
        .isInstanceOfSatisfying(RuleDefinitionException.class, e -> {
          assertThat(e.file()).isEqualTo(drl.toString());
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.getMessage()).startsWith(drl + ":4: ")
              .contains("io.docstruct.rules.Severity is now io.docstruct.verify.Severity");
        });
  }

  @Test
  void aDecisionTableImportingTheRulesOwnSeverityIsToldItsNewImport() throws IOException {
    Path table = dir.resolve("old-policy.xlsx");
    writeDecisionTable(table, "io.docstruct.rules.Severity");

    assertThatThrownBy(() -> RuleEngine.builder().rules(table).build())
        .isInstanceOfSatisfying(RuleDefinitionException.class, e -> assertThat(e.getMessage())
            .startsWith(table + ": ")
            .contains("io.docstruct.rules.Severity is now io.docstruct.verify.Severity"));
  }

  @Test
  void verificationFindingsAndViolationsShareOneSeverity() {
    RuleResult result = RuleEngine.builder().clock(Fixtures.CLOCK).build()
        .evaluate(Fixtures.read("receipt-items-only.json"));

    // One enum: a violation's severity is the type verification's findings have, not a look-alike.
    Severity severity = result.violations().get(0).severity();
    assertThat(severity).isSameAs(Severity.WARNING);
  }

  @Test
  void fileWithoutTheUnitIsRefused() throws IOException {
    Path drl = Files.writeString(dir.resolve("classic.drl"), "package x;\nrule \"r\" when then end\n");

    assertThatThrownBy(() -> RuleEngine.builder().rules(drl).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageStartingWith(drl + ": ")
        .hasMessageContaining("unit DocumentUnit");
  }

  @Test
  void missingFileIsARuleDefinitionError() {
    Path missing = dir.resolve("nope.drl");

    assertThatThrownBy(() -> RuleEngine.builder().rules(missing).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void aRuleDefinitionErrorIsADocStructException() {
    Path missing = dir.resolve("nope.drl");

    // Callers that handle every DocStruct failure with one catch handle rule files too.
    assertThatThrownBy(() -> RuleEngine.builder().rules(missing).build())
        .isInstanceOf(DocStructException.class)
        .isInstanceOf(RuleDefinitionException.class);
  }

  /**
   * A Drools decision table, as an accountant would write it: a RuleSet area naming the unit, then a table of
   * item keywords to categories and a table of spending limits.
   */
  static void writeDecisionTable(Path file) throws IOException {
    writeDecisionTable(file, "io.docstruct.verify.Severity");
  }

  /** {@link #writeDecisionTable(Path)} importing {@code severity} as the severity class. */
  static void writeDecisionTable(Path file, String severity) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Policy");
      String[][] rows = {
        {"RuleSet", "io.docstruct.rules.unit"},
        {"Unit", "DocumentUnit"},
        {"Import", severity},
        {},
        {"RuleTable Expense categories"},
        {"CONDITION", "ACTION"},
        {"$e : /expenses", ""},
        {"anyItemContains(\"$param\")", "results.categorize($e, \"$param\");"},
        {"item keywords", "category"},
        {"레몬|커피", "회의비"},
        {},
        {"RuleTable Expense limits"},
        {"CONDITION", "ACTION"},
        {"$e : /expenses", ""},
        {"totalAbove($param)", "results.violation(Severity.WARNING, \"expense.total\", \"$param\");"},
        {"total above (won)", "violation"},
        {"1000", "over 1,000 won"},
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      wb.write(out);
    }
  }
}
