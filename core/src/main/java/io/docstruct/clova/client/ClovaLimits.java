package io.docstruct.clova.client;

import io.docstruct.client.ImageFormat;

/**
 * What CLOVA OCR accepts in one call, checked before anything is sent. From the General OCR document: one
 * image per call; General OCR up to 50 MB and 10 PDF pages; Template OCR up to 20 MB for images and 50 MB for
 * PDF/TIFF, 5 pages. The Document OCR document names no size, so General's 50 MB applies, and it reads one
 * page per call. A megabyte here is 1024 × 1024 bytes.
 *
 * <pre>{@code
 * long max = ClovaLimits.maxBytes(ClovaEndpoint.TEMPLATE, ImageFormat.JPG);   // 20 MB
 * }</pre>
 */
public final class ClovaLimits {
  /** One megabyte, 1024 × 1024 bytes. */
  public static final long MB = 1024L * 1024L;

  private ClovaLimits() {}

  /** The largest file the endpoint accepts for that format, in bytes. */
  public static long maxBytes(ClovaEndpoint endpoint, ImageFormat format) {
    return switch (endpoint) {
      case TEMPLATE -> format == ImageFormat.PDF || format == ImageFormat.TIFF ? 50 * MB : 20 * MB;
      case GENERAL, RECEIPT, CREDIT_CARD, NAME_CARD, BIZ_LICENSE, ID_CARD, MEDICAL_RECEIPT, PASSPORT -> 50 * MB;
    };
  }

  /** The most PDF/TIFF pages the endpoint reads in one call. */
  public static int maxPagesPerCall(ClovaEndpoint endpoint) {
    return switch (endpoint) {
      case GENERAL -> 10;
      case TEMPLATE -> 5;
      case RECEIPT, CREDIT_CARD, NAME_CARD, BIZ_LICENSE, ID_CARD, MEDICAL_RECEIPT, PASSPORT -> 1;
    };
  }
}
