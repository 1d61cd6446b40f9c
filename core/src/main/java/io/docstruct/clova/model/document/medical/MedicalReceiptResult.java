package io.docstruct.clova.model.document.medical;

import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code medicalReceipt.result[]}: one value cell with the key cells that name it.
 *
 * <pre>{@code
 * MedicalReceiptResult r = section.result().get(0);
 * String keys = r.keyTexts(); // "선택항목|비급여|계"
 * }</pre>
 *
 * @param id the cell id, referred to by the checksum's id lists
 * @param keyTexts the key texts joined by {@code |}, column keys then row keys
 * @param valueText the value cell's text
 * @param confidence 0–1, when sent
 * @param keyCells the key cells, in column-then-row order
 * @param valueCell the value cell
 */
public record MedicalReceiptResult(
    @Nullable Integer id,
    @Nullable String keyTexts,
    @Nullable String valueText,
    @Nullable Double confidence,
    List<KeyCell> keyCells,
    @Nullable ValueCell valueCell) {

  public MedicalReceiptResult {
    keyCells = WireLists.copyOf(keyCells);
  }
}
