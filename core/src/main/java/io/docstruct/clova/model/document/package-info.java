/** CLOVA document OCR wire records; see {@link io.docstruct.clova.model}. */
@NullMarked
package io.docstruct.clova.model.document;

import org.jspecify.annotations.NullMarked;
