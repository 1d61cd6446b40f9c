package io.docstruct.document;

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
