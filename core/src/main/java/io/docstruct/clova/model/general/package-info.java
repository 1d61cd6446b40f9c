/**
 * CLOVA General OCR (V1/V2) and Template OCR wire records: {@code fields[]} with their {@code subFields},
 * {@code tables[]} with cells, lines and words, and {@code combineResult}. See {@link io.docstruct.clova.model}.
 */
@NullMarked
package io.docstruct.clova.model.general;

import org.jspecify.annotations.NullMarked;
