/**
 * Runnable samples, one per task, that use only the library's public API and run from the shaded {@code
 * docstruct.jar}: {@link io.docstruct.samples.RecognizeReceipt}, {@link io.docstruct.samples.ReceiptsToExcel},
 * {@link io.docstruct.samples.MakeSearchablePdf}, {@link io.docstruct.samples.VerifyPassport} and {@link
 * io.docstruct.samples.CustomRules}. The sample recordings and images they and the demo use are {@code
 * docstruct-testing}'s {@link io.docstruct.testing.server.SampleResponse}.
 *
 * <pre>{@code
 * java -cp samples/target/docstruct.jar io.docstruct.samples.ReceiptsToExcel expenses.xlsx r1.json r2.json
 * }</pre>
 */
@NullMarked
package io.docstruct.samples;

import org.jspecify.annotations.NullMarked;
