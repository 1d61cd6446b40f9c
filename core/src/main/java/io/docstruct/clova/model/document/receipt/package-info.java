/**
 * Wire records of {@code receipt.result}: store, payment, items ({@code subResults[].items[]}), total and the
 * newer {@code subTotal[]} block. Every section is optional: real receipts come without {@code storeInfo} or
 * {@code paymentInfo}.
 *
 * <pre>{@code
 * ReceiptResult r = image.receipt().result();
 * }</pre>
 */
@NullMarked
package io.docstruct.clova.model.document.receipt;

import org.jspecify.annotations.NullMarked;
