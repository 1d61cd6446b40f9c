package io.docstruct.clova.model.document.medical;

import io.docstruct.clova.model.BoundingPoly;
import org.jspecify.annotations.Nullable;

/**
 * {@code result[].valueCell}: the cell holding the amount.
 *
 * <pre>{@code
 * String amount = r.valueCell().value(); // "53435"
 * }</pre>
 *
 * @param boundingPoly the cell's outline, image pixels
 * @param confidence 0–1, when sent
 * @param value the cell text
 */
public record ValueCell(
    @Nullable BoundingPoly boundingPoly, @Nullable Double confidence, @Nullable String value) {}
