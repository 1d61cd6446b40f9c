package io.docstruct.testing.server;

/**
 * The pixel size the server reports for one page in {@code convertedImageInfo}.
 *
 * @param width pixels
 * @param height pixels
 */
record PageSize(int width, int height) {
  /** A4 at 150 dpi, reported when a file's own size is unknown (PDF pages, unreadable headers). */
  static final PageSize DEFAULT = new PageSize(1240, 1754);
}
