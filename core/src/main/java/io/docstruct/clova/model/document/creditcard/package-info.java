/**
 * Wire records of {@code creditCard.result}: number, valid-thru date and holder name, each a {@code field} object with a confidence and polygons.
 *
 * <pre>{@code
 * CreditCardResult r = image.creditCard().result();
 * }</pre>
 */
@NullMarked
package io.docstruct.clova.model.document.creditcard;

import org.jspecify.annotations.NullMarked;
