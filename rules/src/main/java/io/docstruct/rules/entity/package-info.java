/**
 * Typed business records that rules produce from a document: {@link io.docstruct.rules.entity.Expense},
 * {@link io.docstruct.rules.entity.Vendor}, {@link io.docstruct.rules.entity.Contact}, {@link
 * io.docstruct.rules.entity.IdentityDocument}, {@link io.docstruct.rules.entity.CardInfo} and {@link
 * io.docstruct.rules.entity.MedicalBill}. Money is {@link io.docstruct.rules.entity.Money} (KRW by default),
 * dates are {@code java.time}. Personal numbers are masked unless the engine was told to reveal them.
 */
@NullMarked
package io.docstruct.rules.entity;

import org.jspecify.annotations.NullMarked;
