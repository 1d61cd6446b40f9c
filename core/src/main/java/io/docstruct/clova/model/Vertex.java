package io.docstruct.clova.model;

import org.jspecify.annotations.Nullable;

/**
 * A polygon vertex ({@code {"x": 263.0, "y": 96.0}}), in pixels of the recognised image, origin top-left.
 * Either coordinate may be an integer on the wire, or absent.
 */
public record Vertex(@Nullable Double x, @Nullable Double y) {}
