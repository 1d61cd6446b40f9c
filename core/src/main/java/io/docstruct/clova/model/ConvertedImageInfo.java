package io.docstruct.clova.model;

import org.jspecify.annotations.Nullable;

/**
 * {@code convertedImageInfo}: the pixel frame of the image the service recognised (for PDF/TIFF pages, the
 * rendered page). Often absent for plain images.
 */
public record ConvertedImageInfo(
    @Nullable Integer width,
    @Nullable Integer height,
    @Nullable Integer pageIndex,
    @Nullable Boolean longImage) {}
