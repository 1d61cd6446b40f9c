/**
 * Plane geometry for OCR results: {@link io.docstruct.geometry.Point}, {@link io.docstruct.geometry.Quad} and
 * {@link io.docstruct.geometry.Box}. Coordinates are page pixels with the origin at the top-left corner, x to
 * the right and y downwards. Pure Java, no dependencies.
 */
@NullMarked
package io.docstruct.geometry;

import org.jspecify.annotations.NullMarked;
