/**
 * Check digits and structure of the numbers on Korean documents and payment cards: business registration
 * numbers, resident and foreigner registration numbers (with the post-2020-10-05 rule), card numbers (Luhn,
 * brand by IIN) and masking of personal numbers for reports. Pure functions; results are values.
 */
@NullMarked
package io.docstruct.verify.number;

import org.jspecify.annotations.NullMarked;
