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

  /**
   * The ₩30,000 of 접대비 (법인세법 §25 ②) is one threshold, defined once in the evidence table: raising it there
   * changes both checks that use it, the table's 접대비 verdict for a 간이영수증 and the DRL check of a card slip
   * against the company card statements.
   */
  @Test
  void theEntertainmentThresholdIsOnePlaceInTheEvidenceTable() throws IOException {
    String builtIn = builtInTable();
    assertThat(builtIn).contains("\"접대비 적격증빙,30000\"");
    Path edited = Files.writeString(dir.resolve("evidence-entertainment-100k.csv"),
        builtIn.replace("\"접대비 적격증빙,30000\"", "\"접대비 적격증빙,100000\""));
    RuleEngine engine = RuleEngine.builder().evidenceTable(edited).build();
    CardTransaction unrelated = Claims.row(2, "2024-06-06", "1", 1_000, "x", null);

    ComplianceReport at88k = engine.checkBatch(batch(
        receipt("slip.json").merchant("을지로 포차", null).category("접대비").card("77770000").total(88_000, null),
        receipt("simple.json").merchant("을지로 호프", null).category("접대비").total(88_000, null)),
        List.of(unrelated));
    ComplianceReport at120k = engine.checkBatch(batch(
        receipt("slip.json").merchant("을지로 포차", null).category("접대비").card("77770000").total(120_000, null),
        receipt("simple.json").merchant("을지로 호프", null).category("접대비").total(120_000, null)),
        List.of(unrelated));

    assertThat(at88k.findings()).extracting(ComplianceFinding::rule)
        .doesNotContain("접대비 card slip not on the company card statements", "접대비 3만원 초과 적격증빙 없음");
    assertThat(at120k.findings()).extracting(ComplianceFinding::rule)
        .contains("접대비 card slip not on the company card statements", "접대비 3만원 초과 적격증빙 없음");
  }

  @Test
  void anEvidenceTableWithoutTheEntertainmentThresholdSaysSo() throws IOException {
    String builtIn = builtInTable();
    Path edited = Files.writeString(dir.resolve("evidence-no-threshold.csv"),
        builtIn.replace("기준금액: 접대비 적격증빙,true,\"접대비 적격증빙,30000\"", ""));
    RuleEngine engine = RuleEngine.builder().evidenceTable(edited).build();

    ComplianceReport report = engine.checkBatch(batch(
        receipt("a.json").merchant("을지로 호프", null).category("접대비").total(88_000, null),
        receipt("b.json").merchant("을지로 포차", null).category("접대비").total(99_000, null)), List.of());

    assertThat(report.findings()).filteredOn(f -> f.rule().equals("Evidence table without the 접대비 threshold"))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.message()).contains("접대비 적격증빙");
          assertThat(f.documents()).containsExactly("a.json p1");
        });
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
