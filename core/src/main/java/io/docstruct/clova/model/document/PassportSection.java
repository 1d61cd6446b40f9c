package io.docstruct.clova.model.document;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.docstruct.clova.model.document.passport.PassportResult;
import org.jspecify.annotations.Nullable;

/**
 * {@code images[].passport}: a Passport OCR result. The documents' model spells the key {@code " passportResult"}
 * (leading space); that spelling is read too.
 *
 * <pre>{@code
 * String mrz = response.images().get(0).passport().passportResult().mrzLines().rawText();
 * }</pre>
 *
 * @param passportResult the MRZ-derived values, when sent
 */
public record PassportSection(@JsonAlias(" passportResult") @Nullable PassportResult passportResult) {}
