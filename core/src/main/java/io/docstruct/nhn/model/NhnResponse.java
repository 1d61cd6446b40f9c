package io.docstruct.nhn.model;

import org.jspecify.annotations.Nullable;

/**
 * An NHN Cloud OCR response: {@code {"header": {...}, "result": {...}}}. A failed call has a header with
 * {@code isSuccessful: false} and no result.
 *
 * <pre>{@code
 * NhnResponse r = WireJson.mapper().readValue(json, NhnResponse.class);
 * if (!r.header().successful()) throw ...;
 * }</pre>
 */
public record NhnResponse(NhnHeader header, @Nullable NhnResult result) {}
