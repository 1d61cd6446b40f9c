/**
 * CLOVA Document OCR wire records: one {@code *Section} per document kind ({@code receipt}, {@code creditCard},
 * {@code nameCard}, {@code bizLicense}, {@code idCard}, {@code medicalReceipt}, {@code passport}) and the value
 * objects they share ({@link io.docstruct.clova.model.document.StringObject}, {@code DateObject}, {@code
 * TimeObject}, {@code TelObject}, {@code FloatObject}, {@code BaseObject}). Component names are the wire names;
 * the per-kind result records live in sub-packages.
 *
 * <pre>{@code
 * ReceiptSection receipt = response.images().get(0).receipt();
 * }</pre>
 */
@NullMarked
package io.docstruct.clova.model.document;

import org.jspecify.annotations.NullMarked;
