package io.docstruct.clova.model.document;

import org.jspecify.annotations.Nullable;

/**
 * {@code formatted} of a {@code TimeObject}: ISO 8601 parts as strings, each possibly empty when not read.
 *
 * <pre>{@code
 * TimeFormatted t = new TimeFormatted("20", "11", "00");
 * }</pre>
 *
 * @param hour two digits, or empty
 * @param minute two digits, or empty
 * @param second two digits, or empty
 */
public record TimeFormatted(@Nullable String hour, @Nullable String minute, @Nullable String second) {}
