package io.docstruct.clova.model.document;

import org.jspecify.annotations.Nullable;

/**
 * {@code meta} of a Document OCR section.
 *
 * <pre>{@code
 * String lang = receipt.meta() == null ? null : receipt.meta().estimatedLanguage(); // "ko"
 * }</pre>
 *
 * @param estimatedLanguage the language OCR estimated ({@code en}, {@code ja}, {@code ko}), as sent
 */
public record DocumentMeta(@Nullable String estimatedLanguage) {}
