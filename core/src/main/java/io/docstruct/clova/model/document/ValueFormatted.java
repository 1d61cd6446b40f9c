package io.docstruct.clova.model.document;

import org.jspecify.annotations.Nullable;

/**
 * {@code formatted} of a {@code StringObject}, {@code TelObject}, {@code FloatObject} (or a {@code BaseObject}
 * that has one): the provider's refined text. It can be an empty string when refinement failed.
 *
 * <pre>{@code
 * new ValueFormatted("1600").value(); // "1600" for text "1,600"
 * }</pre>
 *
 * @param value the refined text
 */
public record ValueFormatted(@Nullable String value) {}
