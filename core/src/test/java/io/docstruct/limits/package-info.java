/** Hostile inputs through the reader, layout, tables and verification: bounded, or refused with a typed error. */
@NullMarked
package io.docstruct.limits;

import org.jspecify.annotations.NullMarked;
