/** {@code @AutoConfigureLocalOcrServer}: an application's Spring tests against the local OCR server. */
@NullMarked
package io.docstruct.spring.test;

import org.jspecify.annotations.NullMarked;
