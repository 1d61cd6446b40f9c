package io.docstruct.clova.model;

import org.jspecify.annotations.Nullable;

/** V1 {@code bounding}: an axis-aligned box by its top-left corner and size, in pixels. */
public record Bounding(
    @Nullable Double top, @Nullable Double left, @Nullable Double width, @Nullable Double height) {}
