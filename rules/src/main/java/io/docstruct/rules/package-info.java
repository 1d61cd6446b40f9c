/**
 * Business entities and Drools rules that map a structured {@link io.docstruct.document.OcrDocument} to them.
 * The rule engine lands with the rules issue; this module exists so the build and its dependency direction
 * ({@code samples → exporters, rules → core}) are fixed from the start.
 */
@NullMarked
package io.docstruct.rules;

import org.jspecify.annotations.NullMarked;
