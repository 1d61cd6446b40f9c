/**
 * Reading order: turns the words of an {@link io.docstruct.document.OcrDocument} into lines, blocks and
 * columns in the order a reader would follow, whatever the page's rotation, skew or the provider's field
 * order. Entry point: {@link io.docstruct.layout.LayoutEngine}; result: {@link
 * io.docstruct.layout.StructuredDocument}. Coordinates are page pixels, origin top-left, y downwards.
 */
@NullMarked
package io.docstruct.layout;

import org.jspecify.annotations.NullMarked;
