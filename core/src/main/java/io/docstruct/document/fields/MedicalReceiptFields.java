package io.docstruct.document.fields;

import io.docstruct.document.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The key fields of a Korean medical receipt (진료비 영수증): value cells with the key cells that name them, and
 * the provider's own checksum block, kept as reported. A checksum entry with {@code found == false} or empty id
 * lists could not be checked by the provider: verification reports it as unverifiable, not as failed.
 *
 * <pre>{@code
 * MedicalReceiptFields m = (MedicalReceiptFields) page.fields();
 * KeyValue first = m.results().get(0);
 * first.keys();          // [선택항목, 비급여, 계]
 * first.value().text();  // "53435"
 * }</pre>
 *
 * @param results the value cells ({@code result[]}) in the provider's order
 * @param checksum the provider's checksums, or {@code null} when the response has none
 */
public record MedicalReceiptFields(List<KeyValue> results, @Nullable Checksums checksum)
    implements DocumentFields {

  public MedicalReceiptFields {
    results = List.copyOf(results);
  }

  @Override
  public List<NamedField> namedFields() {
    NamedFieldList out = new NamedFieldList();
    for (int i = 0; i < results.size(); i++) {
      KeyValue kv = results.get(i);
      String prefix = "result[" + i + "].";
      for (int k = 0; k < kv.keyCells().size(); k++) {
        out.add(prefix + "keyCells[" + k + "]", kv.keyCells().get(k).key());
      }
      out.add(prefix + "valueText", kv.value());
    }
    return out.toList();
  }

  /**
   * One value cell and its keys.
   *
   * <pre>{@code
   * long amount = Long.parseLong(kv.value().text()); // 53435
   * }</pre>
   *
   * @param id the provider's cell id, which the checksum id lists refer to
   * @param keyTexts the key texts joined by {@code |} as sent ({@code "선택항목|비급여|계"})
   * @param value the value: text {@code valueText}, confidence, polygon of the value cell
   * @param keyCells the key cells, column keys then row keys
   */
  public record KeyValue(
      @Nullable Integer id, @Nullable String keyTexts, Field value, List<KeyCell> keyCells) {

    public KeyValue {
      keyCells = List.copyOf(keyCells);
    }

    /** {@code keyTexts} split at {@code |}, blank parts dropped; empty when absent. */
    public List<String> keys() {
      if (keyTexts == null) {
        return List.of();
      }
      List<String> keys = new ArrayList<>();
      for (String part : keyTexts.split("\\|", -1)) {
        if (!part.isBlank()) {
          keys.add(part.strip());
        }
      }
      return List.copyOf(keys);
    }
  }

  /**
   * A key (header) cell: its text as read is {@code key.text()}, the provider's grounded key is {@code
   * key.normalized()}.
   *
   * <pre>{@code
   * KeyCell k = kv.keyCells().get(1); // depth 2, COLUMN, "비급여"
   * }</pre>
   *
   * @param key the key text, grounded form and cell outline
   * @param depth nesting depth (1 = outermost), if given
   * @param group whether the key heads a column or a row
   */
  public record KeyCell(Field key, @Nullable Integer depth, KeyGroup group) {}

  /**
   * Whether a key cell heads a column or a row.
   *
   * <pre>{@code
   * boolean column = cell.group() == KeyGroup.COLUMN;
   * }</pre>
   */
  public enum KeyGroup {
    COLUMN,
    ROW,
    UNKNOWN
  }

  /**
   * The provider's checksums, one entry per sum it checks; an entry is {@code null} when the response lacks it.
   *
   * <pre>{@code
   * ChecksumEntry total = m.checksum().totalAmount();
   * }</pre>
   *
   * @param sumPaidByPatient 본인부담금 합계
   * @param sumPaidByInsurer 공단부담금 합계
   * @param sumPaidByPatientFull 전액본인부담금 합계
   * @param sumTreatmentCost 선택진료료 합계
   * @param sumTreatmentCostEtc 선택진료료이외 합계
   * @param totalAmount 총액
   * @param totalPaid 환자부담액
   */
  public record Checksums(
      @Nullable ChecksumEntry sumPaidByPatient,
      @Nullable ChecksumEntry sumPaidByInsurer,
      @Nullable ChecksumEntry sumPaidByPatientFull,
      @Nullable ChecksumEntry sumTreatmentCost,
      @Nullable ChecksumEntry sumTreatmentCostEtc,
      @Nullable ChecksumEntry totalAmount,
      @Nullable ChecksumEntry totalPaid) {}

  /**
   * One checksum as the provider reported it. {@code found == false}, a {@code null} {@code found} or empty id
   * lists mean the provider could not check this sum.
   *
   * <pre>{@code
   * boolean checkable = Boolean.TRUE.equals(e.found()) && !e.foundValueIds().isEmpty();
   * }</pre>
   *
   * @param found whether any cell of the check was found, {@code null} when absent
   * @param foundValueIds ids of the value cells summed ({@link KeyValue#id()})
   * @param foundValueSum their sum, exact
   * @param foundTotalIds ids of the total cells
   * @param foundTotalSum the sum of the totals, exact
   * @param difference the difference the provider computed
   */
  public record ChecksumEntry(
      @Nullable Boolean found,
      List<Integer> foundValueIds,
      @Nullable BigDecimal foundValueSum,
      List<Integer> foundTotalIds,
      @Nullable BigDecimal foundTotalSum,
      @Nullable BigDecimal difference) {

    public ChecksumEntry {
      foundValueIds = List.copyOf(foundValueIds);
      foundTotalIds = List.copyOf(foundTotalIds);
    }
  }
}
