package io.docstruct.clova.model.document;

import io.docstruct.clova.model.document.medical.Checksum;
import io.docstruct.clova.model.document.medical.MedicalReceiptResult;
import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code images[].medicalReceipt}: a Medical Receipt OCR result, a list of key/value cells and the
 * service's own {@code checksum} block.
 *
 * <pre>{@code
 * MedicalReceiptSection m = response.images().get(0).medicalReceipt();
 * String first = m.result().get(0).valueText(); // "53435"
 * }</pre>
 *
 * @param checksum the service's sum checks, when sent
 * @param result the value cells with their key cells
 */
public record MedicalReceiptSection(@Nullable Checksum checksum, List<MedicalReceiptResult> result) {
  public MedicalReceiptSection {
    result = WireLists.copyOf(result);
  }
}
