package io.docstruct.nhn.model;

import org.jspecify.annotations.Nullable;

/**
 * A text's box as four corners, pixels, origin top-left: {@code {"x1":32,"y1":23,"x2":65,"y2":23,…}}, nominally
 * top-left, top-right, bottom-right, bottom-left.
 */
public record NhnBoundingBox(
    @Nullable Double x1,
    @Nullable Double y1,
    @Nullable Double x2,
    @Nullable Double y2,
    @Nullable Double x3,
    @Nullable Double y3,
    @Nullable Double x4,
    @Nullable Double y4) {}
