/** The one Jackson configuration every wire model is read and written with. */
@NullMarked
package io.docstruct.json;

import org.jspecify.annotations.NullMarked;
