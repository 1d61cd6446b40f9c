/** Adapter from the NHN Cloud wire model to the canonical {@link io.docstruct.document.OcrDocument}. */
@NullMarked
package io.docstruct.nhn.adapt;

import org.jspecify.annotations.NullMarked;
