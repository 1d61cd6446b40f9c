/**
 * Exporters from the structured document: Excel workbooks (Apache POI), searchable PDFs (Apache PDFBox),
 * Markdown and CSV. The exporters land with their issues; this module exists so the build and its dependency
 * direction are fixed from the start.
 */
@NullMarked
package io.docstruct.export;

import org.jspecify.annotations.NullMarked;
