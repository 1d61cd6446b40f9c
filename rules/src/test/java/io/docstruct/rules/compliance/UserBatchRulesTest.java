package io.docstruct.rules.compliance;

import static io.docstruct.rules.compliance.Claims.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.rules.RuleDefinitionException;
import io.docstruct.rules.RuleEngine;
import io.docstruct.verify.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users' own batch rules (DRL over /claims) and an edited evidence table in place of the built-in one. */
class UserBatchRulesTest {
  @TempDir Path dir;

  private static List<ClaimedExpense> batch(Claims.Builder... receipts) {
    List<ClaimedExpense> claims = new ArrayList<>();
    for (Claims.Builder r : receipts) {
      claims.add(r.build(claims.size()));
    }
    return claims;
  }

  @Test
  void aTaxiAfter22OnAWeekdayIsNotedAsLateNightTransport() throws IOException {
    Path rules = Files.writeString(dir.resolve("late-taxi.drl"), """
        package io.docstruct.rules.unit;
        unit BatchUnit;

        rule "Taxi after 22:00 on a weekday is 야근 교통비"
        when
          $c : /claims[ categoryIs("교통비"), onWeekday(), timeAfter("22:00") ]
        then
          results.note($c, "야근 교통비");
        end
        """);
    RuleEngine engine = RuleEngine.builder().rules(rules).build();

    ComplianceReport report = engine.checkBatch(batch(
        receipt("wed-23h.json").merchant("카카오T 택시", "120-88-00767").category("교통비").total(18_000, null)
            .at("2024-06-05", "23:10"),
        receipt("wed-21h.json").merchant("카카오T 택시", "120-88-00767").category("교통비").total(17_000, null)
            .at("2024-06-05", "21:50"),
        receipt("sat-23h.json").merchant("카카오T 택시", "120-88-00767").category("교통비").total(16_000, null)
            .at("2024-06-08", "23:30")), List.of());

    assertThat(report.notes()).singleElement().satisfies(n -> {
      assertThat(n.claim().document()).isEqualTo("wed-23h.json");
      assertThat(n.text()).isEqualTo("야근 교통비");
      assertThat(n.rule()).isEqualTo("Taxi after 22:00 on a weekday is 야근 교통비");
    });
    assertThat(report.firedRules()).anySatisfy(c -> assertThat(c.rule().origin()).isEqualTo(rules.toString()));
  }

  @Test
  void moreThanThreeMealsAtOnePlaceInAWeekIsAWarningOnce() throws IOException {
    Path rules = copySample("batch-rules-sample.drl");   // a copy of the samples module's late-night-taxi.drl
    RuleEngine engine = RuleEngine.builder().rules(rules).build();
    List<ClaimedExpense> claims = batch(
        receipt("mon.json").total(9_000, null).at("2024-06-03", "12:10"),
        receipt("tue.json").total(9_500, null).at("2024-06-04", "12:10"),
        receipt("wed.json").total(8_000, null).at("2024-06-05", "12:10"),
        receipt("thu.json").total(9_000, null).at("2024-06-06", "12:10"),
        receipt("next-mon.json").total(9_000, null).at("2024-06-10", "12:10"),
        receipt("elsewhere.json").merchant("스타벅스 강남점", "201-81-21515").total(9_000, null).at("2024-06-04", "08:10"));

    ComplianceReport report = engine.checkBatch(claims, List.of());

    assertThat(report.findings()).filteredOn(f -> f.rule().equals("More than three meals at the same place in a week"))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).contains("4 meals", "김밥천국 역삼점", "2024-W23");
          assertThat(f.documents()).containsExactly("mon.json p1");
        });
    // Three meals are fine.
    assertThat(engine.checkBatch(claims.subList(0, 3), List.of()).findings())
        .noneMatch(f -> f.rule().startsWith("More than three"));
  }

  @Test
  void anEditedEvidenceTableReplacesTheBuiltInThreshold() throws IOException {
    String table = builtInTable().replace("적격증빙 없는 3만원 초과 지출,900,SIMPLE_RECEIPT,,접대비,30000",
        "적격증빙 없는 5만원 초과 지출,900,SIMPLE_RECEIPT,,접대비,50000");
    Path edited = Files.writeString(dir.resolve("evidence-50k.csv"), table);
    RuleEngine engine = RuleEngine.builder().evidenceTable(edited).build();

    ComplianceReport at33k = engine.checkBatch(batch(receipt("a.json").total(33_000, null)), List.of());
    ComplianceReport at55k = engine.checkBatch(batch(receipt("a.json").total(55_000, null)), List.of());

    assertThat(at33k.findings()).isEmpty();
    assertThat(at55k.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("적격증빙 없는 5만원 초과 지출");
      assertThat(f.message()).contains("가산세 ₩1,100");
    });
    assertThat(at55k.firedRules()).anySatisfy(c -> assertThat(c.rule().origin()).isEqualTo(edited.toString()));
  }

  @Test
  void aBatchRuleFileWithAnErrorNamesItsLine() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.drl"), """
        package io.docstruct.rules.unit;
        unit BatchUnit;

        rule "Broken"
        when
          $c : /claims[ noSuchProperty == 1 ]
        then
        end
        """);

    assertThatThrownBy(() -> RuleEngine.builder().rules(broken).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("broken.drl");
  }

  static String builtInTable() throws IOException {
    try (InputStream in = UserBatchRulesTest.class.getResourceAsStream("/io/docstruct/rules/unit/compliance-evidence.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path copySample(String name) throws IOException {
    try (InputStream in = UserBatchRulesTest.class.getResourceAsStream("/compliance/" + name)) {
      Path file = dir.resolve(name);
      Files.write(file, in.readAllBytes());
      return file;
    }
  }
}
