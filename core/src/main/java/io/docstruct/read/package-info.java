/**
 * The one entry point that reads any OCR response file or stream, detects which API produced it from the
 * JSON's shape, and returns the canonical {@link io.docstruct.document.OcrDocument}.
 *
 * <pre>{@code
 * OcrDocument doc = ResponseReader.create().read(Path.of("response.json"));
 * }</pre>
 */
@NullMarked
package io.docstruct.read;

import org.jspecify.annotations.NullMarked;
