/**
 * The Drools rule unit behind {@link io.docstruct.rules.RuleEngine}: {@link
 * io.docstruct.rules.unit.DocumentUnit} (the data every rule sees), the facts users' rules match ({@link
 * io.docstruct.rules.unit.PageFact}, {@link io.docstruct.rules.unit.VerificationFact}) and {@link
 * io.docstruct.rules.unit.RuleOutput}, through which rules add entities, set categories and raise violations.
 * The DRL files live in the same folder of the resources.
 */
@NullMarked
package io.docstruct.rules.unit;

import org.jspecify.annotations.NullMarked;
