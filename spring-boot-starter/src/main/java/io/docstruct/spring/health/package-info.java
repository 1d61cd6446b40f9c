/** DocStruct in {@code /actuator/health}, without calling the paid OCR service. */
@NullMarked
package io.docstruct.spring.health;

import org.jspecify.annotations.NullMarked;
