/**
 * Numbers, dates and times as printed on Korean receipts, tables and documents ({@code 1,600}, {@code 16.960},
 * {@code 3,984원}, {@code 20-09-26}, {@code 2017 년 06 월 29일}, {@code 20: 11}, a card's {@code 08/31}), read in
 * one place for the readers, tables, verification and rules.
 */
@NullMarked
package io.docstruct.number;

import org.jspecify.annotations.NullMarked;
