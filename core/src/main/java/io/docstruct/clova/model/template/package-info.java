/**
 * CLOVA Template OCR wire records that only Template responses carry: the image {@code title} and the
 * {@code matchedTemplate}. Template fields themselves are {@link io.docstruct.clova.model.general.ClovaField}s.
 */
@NullMarked
package io.docstruct.clova.model.template;

import org.jspecify.annotations.NullMarked;
