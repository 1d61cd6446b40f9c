/**
 * What {@code docstruct info} reports about one response, as plain records: written as stable text for people
 * or as JSON for scripts. The records are built from an {@link io.docstruct.document.OcrDocument} and never
 * read the wire JSON.
 *
 * <pre>{@code
 * DocumentReport report = DocumentReport.of("receipt.json", doc);
 * report.writeText(out);
 * }</pre>
 */
@NullMarked
package io.docstruct.cli.report;

import org.jspecify.annotations.NullMarked;
