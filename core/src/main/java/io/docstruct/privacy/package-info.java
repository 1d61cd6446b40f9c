/**
 * Personal data protection: how resident, foreigner, card and MRZ numbers are masked wherever DocStruct
 * shows them (reports, logs, {@code toString()}, exports on request).
 */
@NullMarked
package io.docstruct.privacy;

import org.jspecify.annotations.NullMarked;
