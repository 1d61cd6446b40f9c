package io.docstruct.export.excel;

import static io.docstruct.export.excel.ExcelFixtures.RULES;
import static io.docstruct.export.excel.ExcelFixtures.openpyxlDump;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docstruct.rules.compliance.CardTransaction;
import io.docstruct.rules.compliance.ClaimedExpense;
import io.docstruct.rules.compliance.ComplianceReport;
import io.docstruct.rules.compliance.EvidenceMark;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Evidence, Duplicates and Reconciliation sheets as openpyxl reads them: typed cells, text stays text. */
class ComplianceSheetsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOSTILE = "=HYPERLINK(\"http://x.example\",\"상점\")";

  @TempDir static Path dir;
  private static JsonNode sheets;

  @BeforeAll
  static void writeWorkbook() throws IOException {
    List<ClaimedExpense> claims = new ArrayList<>();
    claims.add(claim(0, "gimbap.json", "김밥천국", "220-81-62517", "12:31:05", 33_000, null, Set.of()));
    claims.add(claim(1, "gimbap-again.json", "김밥천국", "220-81-62517", "12:31:05", 33_000, null, Set.of()));
    claims.add(claim(2, "shop.json", HOSTILE, null, "10:00", 5_000, "30012345", Set.of(EvidenceMark.CARD_PAYMENT)));
    List<CardTransaction> rows = List.of(
        new CardTransaction("card.csv", 2, LocalDate.of(2024, 6, 5), null, "30012345", HOSTILE, null, 5_000,
            "1234-5678-9012-3456", false),
        new CardTransaction("card.csv", 3, LocalDate.of(2024, 6, 6), null, "30099999", "을지로 포차", null, 54_000,
            "1234-****-****-3456", false));
    ComplianceReport report = RULES.checkBatch(claims, rows);
    Path out = dir.resolve("batch.xlsx");
    try (ExpenseWorkbookWriter writer = ExcelExporter.create().open(out)) {
      writer.addCompliance(report);
      assertThat(writer.rows(ExcelSheet.EVIDENCE)).isEqualTo(3);
    }
    sheets = JSON.readTree(openpyxlDump(out)).get("sheets");
  }

  private static ClaimedExpense claim(int seq, String doc, String merchant, String number, String time, long total,
      String approval, Set<EvidenceMark> marks) {
    return new ClaimedExpense(seq, doc, 0, merchant, number, null, LocalDate.of(2024, 6, 5), LocalTime.parse(time),
        total, null, approval, null, null, "식비", marks);
  }

  @Test
  void theSheetsComeAfterTheEntitySheetsInOrder() {
    List<String> names = new ArrayList<>();
    sheets.forEach(s -> names.add(s.get("name").asText()));

    assertThat(names).containsSubsequence("Expenses", "Items", "Violations", "Evidence", "Duplicates", "Reconciliation");
  }

  @Test
  void evidenceRowsHaveTheTypeTheVerdictAndThePenaltyAsNumbers() {
    assertThat(value("Evidence", "A1")).isEqualTo("No.");
    assertThat(value("Evidence", "B2")).isEqualTo("gimbap.json");
    assertThat(value("Evidence", "H2")).isEqualTo("간이영수증·기타");
    assertThat(value("Evidence", "I2")).isEqualTo("부적격");
    assertThat(value("Evidence", "J2")).startsWith("증빙불비");
    assertThat(value("Evidence", "K2")).isEqualTo("ERROR");
    assertThat(cell("Evidence", "G2").get("type").asText()).isEqualTo("n");
    assertThat(cell("Evidence", "G2").get("value").asLong()).isEqualTo(33_000);
    assertThat(cell("Evidence", "L2").get("type").asText()).isEqualTo("n");
    assertThat(cell("Evidence", "L2").get("value").asLong()).isEqualTo(660);
    assertThat(value("Evidence", "M2")).isEqualTo("불공제");
    assertThat(value("Evidence", "N2")).contains("§75의5 ①");
    assertThat(value("Evidence", "H4")).isEqualTo("신용카드 매출전표");
    assertThat(value("Evidence", "I4")).isEqualTo("적격");
  }

  @Test
  void duplicatesNameBothDocuments() {
    assertThat(value("Duplicates", "A2")).isEqualTo("SAME_RECEIPT");
    assertThat(value("Duplicates", "C2")).isEqualTo("gimbap.json");
    assertThat(value("Duplicates", "E2")).isEqualTo("gimbap-again.json");
  }

  @Test
  void reconciliationHasEachLineWithItsReasonAndMaskedCards() {
    assertThat(value("Reconciliation", "A2")).isEqualTo("MATCHED");
    assertThat(value("Reconciliation", "N2")).isEqualTo("APPROVAL_NUMBER");
    assertThat(value("Reconciliation", "I2")).isEqualTo("1234-****-****-3456");
    assertThat(value("Reconciliation", "A3")).isEqualTo("NO_RECEIPT");
    assertThat(value("Reconciliation", "O3")).contains("₩54,000", "을지로 포차");
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() {
    JsonNode merchant = cell("Evidence", "D4");
    assertThat(merchant.get("type").asText()).isEqualTo("s");
    assertThat(merchant.get("value").asText()).isEqualTo(HOSTILE);
    assertThat(merchant.get("quotePrefix").asBoolean()).isTrue();
    assertThat(cell("Reconciliation", "G2").get("quotePrefix").asBoolean()).isTrue();
    for (JsonNode sheet : sheets) {
      for (JsonNode c : sheet.get("cells")) {
        assertThat(c.get("type").asText()).as("%s!%s", sheet.get("name"), c.get("ref")).isNotEqualTo("f");
      }
    }
  }

  private static String value(String sheet, String ref) {
    return cell(sheet, ref).get("value").asText();
  }

  private static JsonNode cell(String sheet, String ref) {
    for (JsonNode s : sheets) {
      if (s.get("name").asText().equals(sheet)) {
        for (JsonNode c : s.get("cells")) {
          if (c.get("ref").asText().equals(ref)) {
            return c;
          }
        }
      }
    }
    throw new AssertionError(sheet + "!" + ref + " is empty");
  }
}
