/**
 * Receipts understood from words: any page with words (CLOVA General V1/V2, NHN, the words derived from a
 * Document OCR answer) read into a merchant, business number, address, phone, date and time, line items, the
 * tax split, the total and the payment, each value with its {@link io.docstruct.receipt.Evidence} (the words it
 * came from, their confidence and the rule or label that chose it). Reading works on the layout engine's lines
 * and their geometry, never on the provider's word order, and takes its keywords and number and date formats
 * from a {@link io.docstruct.receipt.ReceiptLabels} table, which is data: a language is added to the table, not
 * to the code. Provider-neutral, no rules engine: the rules module keeps the built-in table as a rule file that
 * users extend.
 *
 * <pre>{@code
 * ReceiptReader reader = ReceiptReader.of(labels);
 * ReceiptReading r = reader.read(LayoutEngine.create().structure(page));
 * if (r.receipt()) System.out.println(r.total().value() + " from " + r.total().evidence().label());
 * }</pre>
 */
@NullMarked
package io.docstruct.receipt;

import org.jspecify.annotations.NullMarked;
