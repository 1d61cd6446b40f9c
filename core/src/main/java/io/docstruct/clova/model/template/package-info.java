/** CLOVA template OCR wire records; see {@link io.docstruct.clova.model}. */
@NullMarked
package io.docstruct.clova.model.template;

import org.jspecify.annotations.NullMarked;
