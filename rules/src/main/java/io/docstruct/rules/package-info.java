/**
 * Maps an {@link io.docstruct.document.OcrDocument} to business entities and validates them with Drools rules
 * that users can extend: the facade {@link io.docstruct.rules.RuleEngine} and its results ({@link
 * io.docstruct.rules.RuleResult}, {@link io.docstruct.rules.ValidationReport}, {@link
 * io.docstruct.rules.Violation}). No Drools type appears in this package's API.
 */
@NullMarked
package io.docstruct.rules;

import org.jspecify.annotations.NullMarked;
