/**
 * Span-aware table grids: turns the raw cells of a provider {@link io.docstruct.document.Table} (or the
 * key/value cells of a medical receipt) into a repaired {@link io.docstruct.table.TableGrid} with an
 * occupancy grid, detected headers and three views (span cells, dense matrix, records by header), and
 * renders grids as CSV, Markdown and the JSON of {@code docstruct tables}. Damaged input never throws and
 * never loses text: every repair is named in {@link io.docstruct.table.TableGrid#warnings()}.
 */
@NullMarked
package io.docstruct.table;

import org.jspecify.annotations.NullMarked;
