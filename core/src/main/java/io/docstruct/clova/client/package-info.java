/**
 * The CLOVA OCR client: General (V1/V2, tables), Template and Document OCR through one facade, {@link
 * io.docstruct.clova.client.ClovaOcrClient}.
 */
@NullMarked
package io.docstruct.clova.client;

import org.jspecify.annotations.NullMarked;
