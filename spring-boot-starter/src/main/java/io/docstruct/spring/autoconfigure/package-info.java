/** The auto-configuration of the DocStruct starter and its {@code docstruct.*} properties. */
@NullMarked
package io.docstruct.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
