/**
 * Offline OCR with Tesseract behind core's {@link io.docstruct.ocr.OcrEngine} seam: {@link
 * io.docstruct.tesseract.TesseractOcrEngine} runs the {@code tesseract} command on each page (prepared by
 * {@link io.docstruct.tesseract.ImagePreparation}) and answers in CLOVA General OCR V2's shape, marked with
 * the engine; {@link io.docstruct.tesseract.TesseractInstallation} says whether it can run here.
 *
 * <pre>{@code
 * if (TesseractInstallation.isInstalled("tesseract", List.of("kor", "eng"))) {
 *   try (TesseractOcrEngine engine = TesseractOcrEngine.create()) {
 *     Recognition r = engine.recognize(ImageSource.of(Path.of("receipt.jpg")), OcrModel.GENERAL);
 *   }
 * }
 * }</pre>
 */
@NullMarked
package io.docstruct.tesseract;

import org.jspecify.annotations.NullMarked;
