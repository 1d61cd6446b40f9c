/**
 * The CLOVA OCR client, one per domain: {@link io.docstruct.clova.client.ClovaOcrClient} calls the invoke
 * URL it was given (General OCR V1/V2 with tables, Template OCR, or one Document OCR model, as the URL says:
 * {@link io.docstruct.clova.client.ClovaDomain}); {@link io.docstruct.clova.client.ClovaDomains} holds
 * several domains' settings, one per {@link io.docstruct.clova.client.ClovaEndpoint};
 * {@link io.docstruct.clova.client.ClovaOcrEngine} is CLOVA behind the {@link io.docstruct.ocr.OcrEngine} seam,
 * a client per domain, each model routed to its own.
 */
@NullMarked
package io.docstruct.clova.client;

import org.jspecify.annotations.NullMarked;
