package io.docstruct.rules.entity;

import org.jspecify.annotations.Nullable;

/**
 * Where an entity came from: the response kind, the page and the rule that built it.
 *
 * <pre>{@code
 * Source s = expense.source();   // clova-receipt, page 0, "Map a receipt to an expense"
 * }</pre>
 *
 * @param kind the response kind's label ({@code clova-receipt}, {@code clova-general-v2})
 * @param page 0-based page index
 * @param pageName the image name given in the request, if any
 */
public record Source(String kind, int page, @Nullable String pageName) {}
