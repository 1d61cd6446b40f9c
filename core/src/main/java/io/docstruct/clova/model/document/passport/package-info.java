/**
 * Wire records of {@code passport.passportResult}: MRZ-derived values as {@code {rawText, refinedText, postprocessed}}.
 *
 * <pre>{@code
 * PassportResult r = image.passport().passportResult();
 * }</pre>
 */
@NullMarked
package io.docstruct.clova.model.document.passport;

import org.jspecify.annotations.NullMarked;
