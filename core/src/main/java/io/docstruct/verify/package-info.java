/**
 * Verification of OCR results: MRZ check digits, Korean number checksums, card numbers, receipt and
 * medical-receipt arithmetic. Every check recomputes from the text as read and reports what it expected and
 * what it found as a {@link io.docstruct.verify.Finding}; nothing is repaired silently and nothing throws on
 * bad evidence. Start at {@link io.docstruct.verify.Verifier}.
 */
@NullMarked
package io.docstruct.verify;

import org.jspecify.annotations.NullMarked;
