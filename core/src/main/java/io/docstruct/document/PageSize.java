package io.docstruct.document;

import io.docstruct.geometry.Box;
import io.docstruct.geometry.Quad;
import org.jspecify.annotations.Nullable;

/**
 * The pixel size of the image the provider recognised, which is the frame of every coordinate on the page.
 *
 * <pre>{@code
 * PageSize size = page.size();
 * if (size != null && size.source() == PageSize.Source.POLYGON_EXTENT) { ... }  // only an estimate
 * }</pre>
 *
 * @param width in pixels
 * @param height in pixels
 * @param source where the size came from, which says how far to trust it
 */
public record PageSize(double width, double height, Source source) {

  /**
   * The extent of a page's polygons, measured from the origin: the right-most and lowest coordinate of any
   * vertex, as a {@link Source#POLYGON_EXTENT} size; {@code null} when no polygon has a finite coordinate.
   */
  public static @Nullable PageSize ofPolygonExtent(Iterable<Quad> polygons) {
    double right = Double.NaN;
    double bottom = Double.NaN;
    for (Quad q : polygons) {
      if (q.allFinite()) {
        Box b = q.bounds();
        right = Double.isNaN(right) ? b.right() : Math.max(right, b.right());
        bottom = Double.isNaN(bottom) ? b.bottom() : Math.max(bottom, b.bottom());
      }
    }
    return Double.isNaN(right) ? null : new PageSize(right, bottom, Source.POLYGON_EXTENT);
  }

  /** Where a page size came from. */
  public enum Source {
    /** CLOVA's {@code convertedImageInfo}: the exact frame the provider used. */
    CONVERTED_IMAGE_INFO,
    /** The source image or PDF page given alongside the response. */
    SOURCE_IMAGE,
    /** Estimated from the extent of every polygon on the page: a lower bound of the real size. */
    POLYGON_EXTENT
  }
}
