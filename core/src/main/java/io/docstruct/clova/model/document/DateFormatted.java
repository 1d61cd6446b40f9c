package io.docstruct.clova.model.document;

import org.jspecify.annotations.Nullable;

/**
 * {@code formatted} of a {@code DateObject}: ISO 8601 parts as strings, each possibly empty when not read.
 *
 * <pre>{@code
 * DateFormatted d = new DateFormatted("2020", "04", "16");
 * }</pre>
 *
 * @param year four digits, or empty
 * @param month two digits, or empty
 * @param day two digits, or empty
 */
public record DateFormatted(@Nullable String year, @Nullable String month, @Nullable String day) {}
