/** The Spring expenses sample: receipts in, expenses, searchable PDFs and a workbook out. */
@NullMarked
package io.docstruct.samples.expenses;

import org.jspecify.annotations.NullMarked;
