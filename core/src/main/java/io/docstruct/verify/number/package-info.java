/**
 * Check digits and structure of the numbers on Korean documents and payment cards: business registration
 * numbers and their type codes ({@link io.docstruct.verify.number.BusinessType}), resident and foreigner
 * registration numbers (with the post-2020-10-05 rule), card numbers (Luhn, brand by IIN: {@link
 * io.docstruct.verify.number.CardBrand}). The rules' entities and the exporters read these facts here too.
 * Pure functions; results are values.
 */
@NullMarked
package io.docstruct.verify.number;

import org.jspecify.annotations.NullMarked;
