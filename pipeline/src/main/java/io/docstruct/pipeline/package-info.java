/**
 * The one entry point for applications: {@link io.docstruct.pipeline.DocStruct} takes an image or PDF (sent
 * to an OCR engine first) or a saved response and returns one {@link io.docstruct.pipeline.DocumentResult}:
 * the provider's bytes, the document, its reading order, the verification report, the entities and
 * violations, and a status that says plainly whether it was processed, processed with problems, or failed,
 * at which {@link io.docstruct.pipeline.Stage} and why. Many inputs stream through {@link
 * io.docstruct.pipeline.ResultStream} with bounded memory and concurrency; {@link
 * io.docstruct.pipeline.PdfSink} writes searchable PDFs on the worker threads and {@link
 * io.docstruct.pipeline.WorkbookSink} appends to a workbook.
 *
 * <pre>{@code
 * try (DocStruct docstruct = DocStruct.builder().ocr(ClovaOcrEngine.create(domains)).model(OcrModel.RECEIPT).build();
 *      ResultStream results = docstruct.processAll(DocumentInput.folder(in), StreamOptions.inputOrder().withPdfs(PdfSink.into(out)));
 *      WorkbookSink xlsx = WorkbookSink.open(out.resolve("expenses.xlsx"))) {
 *   for (DocumentResult r : results) {
 *     xlsx.add(r);
 *   }
 * }
 * }</pre>
 */
@NullMarked
package io.docstruct.pipeline;

import org.jspecify.annotations.NullMarked;
