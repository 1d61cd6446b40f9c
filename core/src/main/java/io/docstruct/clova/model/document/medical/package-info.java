/**
 * Wire records of {@code medicalReceipt}: key/value cells of the receipt table and the service's {@code checksum} block.
 *
 * <pre>{@code
 * List<MedicalReceiptResult> cells = image.medicalReceipt().result();
 * }</pre>
 */
@NullMarked
package io.docstruct.clova.model.document.medical;

import org.jspecify.annotations.NullMarked;
