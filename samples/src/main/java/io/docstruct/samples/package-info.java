/**
 * Runnable samples, one per task, that use only the library's public API (the pipeline, {@code
 * io.docstruct.pipeline.DocStruct}, wherever it applies) and run from the shaded {@code docstruct.jar}: {@link
 * io.docstruct.samples.ProcessFolder}, {@link io.docstruct.samples.RecognizeReceipt}, {@link
 * io.docstruct.samples.ReceiptsToExcel}, {@link io.docstruct.samples.MakeSearchablePdf}, {@link
 * io.docstruct.samples.VerifyPassport} and {@link io.docstruct.samples.CustomRules}. The sample recordings and
 * images they and the demo use are {@code docstruct-testing}'s {@link io.docstruct.testing.server.SampleResponse}.
 *
 * <pre>{@code
 * java -cp samples/target/docstruct.jar io.docstruct.samples.ProcessFolder receipts/ out/
 * }</pre>
 */
@NullMarked
package io.docstruct.samples;

import org.jspecify.annotations.NullMarked;
