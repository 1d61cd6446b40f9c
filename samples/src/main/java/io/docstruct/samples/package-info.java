/**
 * Sample data bundled in the samples jar: hand-made OCR responses with made-up Korean content, read from the
 * classpath so that they work from the shaded {@code docstruct.jar} anywhere.
 *
 * <pre>{@code
 * try (InputStream in = SampleResponse.NHN_GENERAL.open()) { ... }
 * }</pre>
 */
@NullMarked
package io.docstruct.samples;

import org.jspecify.annotations.NullMarked;
