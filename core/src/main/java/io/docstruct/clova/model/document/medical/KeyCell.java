package io.docstruct.clova.model.document.medical;

import io.docstruct.clova.model.BoundingPoly;
import org.jspecify.annotations.Nullable;

/**
 * {@code result[].keyCells[]}: a header cell naming a value. {@code depth} is documented as a string and sent
 * as a number; both are read.
 *
 * <pre>{@code
 * KeyCell k = r.keyCells().get(0); // depth 1, group COLUMN, formatted "선택항목"
 * }</pre>
 *
 * @param boundingPoly the cell's outline, image pixels
 * @param depth nesting depth of the key (1 = outermost)
 * @param formatted the grounded (normalised) key text
 * @param group whether the key is a column or a row header
 * @param value the key text as read
 */
public record KeyCell(
    @Nullable BoundingPoly boundingPoly,
    @Nullable Integer depth,
    @Nullable String formatted,
    @Nullable KeyCellGroup group,
    @Nullable String value) {}
