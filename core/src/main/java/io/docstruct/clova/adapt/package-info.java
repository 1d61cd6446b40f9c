/**
 * Adapters from the CLOVA wire model to the canonical {@link io.docstruct.document.OcrDocument}: the only code
 * that knows CLOVA's field names besides the wire records themselves.
 */
@NullMarked
package io.docstruct.clova.adapt;

import org.jspecify.annotations.NullMarked;
