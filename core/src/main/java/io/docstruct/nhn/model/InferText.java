package io.docstruct.nhn.model;

import org.jspecify.annotations.Nullable;

/**
 * One recognised text: {@code {"value": "stella", "conf": 0.99}}.
 *
 * @param value the text
 * @param conf confidence 0–1, or {@code null} when absent
 */
public record InferText(@Nullable String value, @Nullable Double conf) {}
