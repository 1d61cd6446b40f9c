package io.docstruct.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.docstruct.document.Field;
import io.docstruct.document.fields.MedicalReceiptFields;
import io.docstruct.document.fields.MedicalReceiptFields.ChecksumEntry;
import io.docstruct.document.fields.MedicalReceiptFields.KeyValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases of {@code medical_receipt.json}, turned into key/value cells with a checksum block whose id lists
 * follow domain reference §5.3: the recomputed differences match, a consistent receipt passes, and a receipt
 * with one amount changed fails on exactly the identities that amount enters.
 */
class MedicalReceiptChecksTest {
  private static final String[] COLUMNS = {"본인부담금(①)", "공단부담금(②)", "전액본인부담(③)", "선택진료료(④)", "선택진료료 외(⑤)"};
  private static final String[] CHECKSUMS = {
      "sumPaidByPatient", "sumPaidByInsurer", "sumPaidByPatientFull", "sumTreatmentCost", "sumTreatmentCostEtc"};

  static Stream<Arguments> cases() {
    return Vectors.named("medical_receipt.json", "cases", "id").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void providerChecksumsAreRecomputed(String label, JsonNode v) {
    VerificationReport report = verify(build(v.get("receipt")));
    Map<String, Finding> byName = new HashMap<>();
    for (Finding f : report.findings(Check.MEDICAL_PROVIDER_CHECKSUM)) {
      byName.put(f.field().substring("checksum.".length()), f);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = v.get("expected_checksums").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Finding f = byName.get(e.getKey());
      assertThat(f).as(e.getKey()).isNotNull();
      assertThat(f.expected()).as(e.getKey()).isEqualTo(e.getValue().get("foundValueSum").asText());
      assertThat(f.actual()).as(e.getKey()).isEqualTo(e.getValue().get("foundTotalSum").asText());
      long diff = e.getValue().get("difference").asLong();
      assertThat(f.status()).as(e.getKey()).isEqualTo(diff == 0 ? Status.PASS : Status.FAIL);
      assertThat(f.message()).contains("= " + diff + " won");
    }
    assertThat(report.valid()).isEqualTo(v.get("expected_valid").asBoolean());
    List<String> failedChecksums = report.failures().stream()
        .filter(f -> f.check() == Check.MEDICAL_PROVIDER_CHECKSUM)
        .map(f -> f.field().substring("checksum.".length())).toList();
    List<String> expectedFailures = new ArrayList<>();
    v.path("expected_failures").forEach(n -> expectedFailures.add(n.asText()));
    assertThat(failedChecksums).containsExactlyInAnyOrderElementsOf(expectedFailures);
  }

  @Test
  void consistentReceiptPassesEveryIdentity() {
    VerificationReport r = verify(build(consistent()));
    assertThat(r.valid()).isTrue();
    assertThat(r.findings()).extracting(Finding::check).contains(
        Check.MEDICAL_COLUMN_SUM, Check.MEDICAL_TOTAL_AMOUNT, Check.MEDICAL_PATIENT_TOTAL, Check.MEDICAL_AMOUNT_DUE,
        Check.MEDICAL_PAID_TOTAL, Check.MEDICAL_UNPAID);
    assertThat(r.findings(Check.MEDICAL_COLUMN_SUM)).hasSize(5);
  }

  @Test
  void insurerTotalChangedFailsItsColumnAndTheGrandTotalOnly() {
    JsonNode receipt = consistent().deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) receipt.get("합계")).put("공단부담금(②)", 36100);
    List<Finding> identities = identityFailures(verify(build(receipt)));
    assertThat(identities).extracting(f -> f.check().id() + " " + f.expected() + " " + f.actual())
        .containsExactlyInAnyOrder("medical.column-sum 36700 36100", "medical.total-amount 81800 82400");
  }

  @Test
  void rowCellChangedFailsOnlyItsColumnSum() {
    JsonNode receipt = consistent().deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) receipt.get("rows").get(1)).put("선택진료료 외(⑤)", 2000);
    List<Finding> identities = identityFailures(verify(build(receipt)));
    assertThat(identities).extracting(f -> f.check().id() + " " + f.expected() + " " + f.actual())
        .containsExactly("medical.column-sum 12000 30000");
  }

  @Test
  void amountDueChangedFailsTheTwoIdentitiesItEnters() {
    JsonNode receipt = consistent().deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) receipt).put("납부할 금액", 47500);
    List<Finding> identities = identityFailures(verify(build(receipt)));
    assertThat(identities).extracting(f -> f.check().id())
        .containsExactlyInAnyOrder("medical.amount-due", "medical.unpaid");
  }

  private static List<Finding> identityFailures(VerificationReport r) {
    return r.failures().stream().filter(f -> f.check() != Check.MEDICAL_PROVIDER_CHECKSUM).toList();
  }

  private static JsonNode consistent() {
    return Vectors.file("medical_receipt.json").get("cases").get(0).get("receipt");
  }

  private static VerificationReport verify(MedicalReceiptFields fields) {
    FindingList out = new FindingList();
    MedicalReceiptChecks.verify(out, fields);
    return new VerificationReport("medicalReceipt", out.toList());
  }

  /** Cells with ids, keyTexts as the service writes them, and a checksum block naming those ids. */
  static MedicalReceiptFields build(JsonNode receipt) {
    List<KeyValue> cells = new ArrayList<>();
    List<List<Integer>> columnRows = new ArrayList<>();
    List<Integer> columnTotals = new ArrayList<>();
    for (int c = 0; c < COLUMNS.length; c++) {
      columnRows.add(new ArrayList<>());
    }
    int id = 1;
    for (JsonNode row : receipt.get("rows")) {
      for (int c = 0; c < COLUMNS.length; c++) {
        cells.add(cell(id, row.get("항목").asText() + "|" + COLUMNS[c], row.get(COLUMNS[c]).asLong()));
        columnRows.get(c).add(id++);
      }
    }
    for (String column : COLUMNS) {
      cells.add(cell(id, "합계|" + column, receipt.get("합계").get(column).asLong()));
      columnTotals.add(id++);
    }
    int cap = id++;
    cells.add(cell(cap, "상한액 초과금(⑥)", receipt.get("상한액 초과금(⑥)").asLong()));
    int grand = id++;
    cells.add(cell(grand, "진료비 총액", receipt.get("진료비 총액").asLong()));
    int patient = id++;
    cells.add(cell(patient, "환자부담 총액", receipt.get("환자부담 총액").asLong()));
    cells.add(cell(id++, "이미 납부한 금액", receipt.get("이미 납부한 금액").asLong()));
    cells.add(cell(id++, "납부할 금액", receipt.get("납부할 금액").asLong()));
    JsonNode paid = receipt.get("납부한 금액");
    cells.add(cell(id++, "납부한 금액|카드", paid.get("카드").asLong()));
    cells.add(cell(id++, "납부한 금액|현금영수증", paid.get("현금영수증").asLong()));
    cells.add(cell(id++, "납부한 금액|현금", paid.get("현금").asLong()));
    cells.add(cell(id++, "납부한 금액|합계", paid.get("합계").asLong()));
    cells.add(cell(id++, "납부하지 않은 금액", receipt.get("납부하지 않은 금액").asLong()));
    ChecksumEntry[] entries = new ChecksumEntry[CHECKSUMS.length];
    for (int c = 0; c < CHECKSUMS.length; c++) {
      entries[c] = entry(columnRows.get(c), List.of(columnTotals.get(c)));
    }
    ChecksumEntry total = entry(columnTotals, List.of(grand));
    ChecksumEntry totalPaid = entry(
        List.of(columnTotals.get(0), cap, columnTotals.get(2), columnTotals.get(3), columnTotals.get(4)), List.of(patient));
    return new MedicalReceiptFields(cells,
        new MedicalReceiptFields.Checksums(entries[0], entries[1], entries[2], entries[3], entries[4], total, totalPaid));
  }

  private static KeyValue cell(int id, String keys, long won) {
    return new KeyValue(id, keys, Field.ofText(String.format(java.util.Locale.ROOT, "%,d", won)), List.of());
  }

  private static ChecksumEntry entry(List<Integer> values, List<Integer> totals) {
    return new ChecksumEntry(true, values, null, totals, null, null);
  }
}
