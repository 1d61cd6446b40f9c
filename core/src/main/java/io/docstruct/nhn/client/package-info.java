/**
 * The NHN Cloud General OCR client, {@link io.docstruct.nhn.client.NhnOcrClient}: calls {@code general} and
 * {@code general/cropping} with a local image or a URL, checks images before sending, maps NHN's HTTP-200
 * failure envelope to typed exceptions and retries what is retryable; {@link
 * io.docstruct.nhn.client.NhnOcrEngine} is the client behind the {@link io.docstruct.ocr.OcrEngine} seam.
 */
@NullMarked
package io.docstruct.nhn.client;

import org.jspecify.annotations.NullMarked;
