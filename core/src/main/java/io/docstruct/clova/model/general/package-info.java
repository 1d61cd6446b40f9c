/** CLOVA general OCR wire records; see {@link io.docstruct.clova.model}. */
@NullMarked
package io.docstruct.clova.model.general;

import org.jspecify.annotations.NullMarked;
