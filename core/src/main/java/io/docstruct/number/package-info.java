/**
 * Numbers as printed on Korean receipts and tables ({@code 1,600}, {@code 16.960}, {@code 3,984원}), read in
 * one place for tables, verification and rules.
 */
@NullMarked
package io.docstruct.number;

import org.jspecify.annotations.NullMarked;
