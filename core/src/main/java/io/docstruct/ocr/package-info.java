/**
 * The OCR seam: what an application asks of any OCR engine and what it gets back, provider-neutral. An
 * {@link io.docstruct.ocr.OcrEngine} recognises an image or PDF as one {@link io.docstruct.ocr.OcrModel}
 * (General OCR, Template OCR or a Document OCR model) and answers with the provider's exact bytes and the
 * {@link io.docstruct.document.OcrDocument} read from them ({@link io.docstruct.ocr.Recognition}). The CLOVA
 * and NHN Cloud clients are engines ({@code ClovaOcrEngine}, {@code NhnOcrEngine}); the pipeline takes any.
 *
 * <pre>{@code
 * try (OcrEngine engine = ClovaOcrEngine.create(domains)) {
 *   Recognition r = engine.recognize(ImageSource.of(Path.of("receipt.jpg")), OcrModel.RECEIPT);
 * }
 * }</pre>
 */
@NullMarked
package io.docstruct.ocr;

import org.jspecify.annotations.NullMarked;
