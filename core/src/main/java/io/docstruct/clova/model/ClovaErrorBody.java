package io.docstruct.clova.model;

import org.jspecify.annotations.Nullable;

/**
 * The body CLOVA sends with a non-2xx status: {@code {"code":"0002","message":"…","path":"…","traceId":"…",
 * "timestamp":1570776853475}}. Rate and quota limits arrive as HTTP 400 with {@code 0025} and {@code 0023}.
 */
public record ClovaErrorBody(
    @Nullable String code,
    @Nullable String message,
    @Nullable String path,
    @Nullable String traceId,
    @Nullable Long timestamp) {}
