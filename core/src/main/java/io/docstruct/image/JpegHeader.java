package io.docstruct.image;

import org.jspecify.annotations.Nullable;

/**
 * The frame header of a baseline or progressive JPEG (ITU T.81, B.2.2), read by walking the markers up to
 * the first SOF: width, height, bits per sample and components, and on the way the EXIF Orientation tag of
 * an APP1 Exif segment. It reads a few hundred bytes where ImageIO's metadata reader scans the whole file,
 * which made embedding a JPEG as is cost ~10 ms a page.
 *
 * <pre>{@code
 * JpegHeader h = JpegHeader.read(bytes);   // null when not a JPEG frame this reader understands
 * }</pre>
 *
 * @param width samples per line, as stored
 * @param height lines, as stored
 * @param bitsPerComponent sample precision, 8 for ordinary JPEGs
 * @param components 1 (grey), 3 (YCbCr/RGB) or 4 (CMYK/YCCK)
 * @param adobeTransform the APP14 Adobe transform flag, or -1 when there is no Adobe marker
 * @param orientation how the stored pixels are shown: the first Exif segment's Orientation tag (IFD0, tag
 *     0x0112), {@link ImageOrientation#TOP_LEFT} without one
 */
public record JpegHeader(
    int width,
    int height,
    int bitsPerComponent,
    int components,
    int adobeTransform,
    ImageOrientation orientation) {

  /** Tag number of Orientation in a TIFF IFD. */
  private static final int ORIENTATION_TAG = 0x0112;

  /** TIFF field type SHORT (16-bit unsigned). */
  private static final int SHORT = 3;

  /** The header, or {@code null} for data that is not a JPEG with a readable frame header. */
  public static @Nullable JpegHeader read(byte[] b) {
    if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
      return null;
    }
    int adobe = -1;
    ImageOrientation orientation = null;
    int i = 2;
    while (i + 4 <= b.length) {
      if ((b[i] & 0xFF) != 0xFF) {
        return null; // not at a marker: a corrupt stream, let the full reader decide
      }
      int marker = b[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++; // fill byte
        continue;
      }
      if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        i += 2; // markers without a length
        continue;
      }
      int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
      if (length < 2 || i + 2 + length > b.length) {
        return null;
      }
      int data = i + 4;
      if (marker == 0xEE && length >= 14 && b[data] == 'A' && b[data + 1] == 'd' && b[data + 2] == 'o'
          && b[data + 3] == 'b' && b[data + 4] == 'e') {
        adobe = b[data + 11] & 0xFF;
      }
      if (marker == 0xE1 && orientation == null && length >= 8 && b[data] == 'E' && b[data + 1] == 'x'
          && b[data + 2] == 'i' && b[data + 3] == 'f' && b[data + 4] == 0 && b[data + 5] == 0) {
        orientation = exifOrientation(b, data + 6, i + 2 + length);
      }
      boolean frame =
          marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame) {
        if (length < 8) {
          return null;
        }
        int bits = b[data] & 0xFF;
        int height = ((b[data + 1] & 0xFF) << 8) | (b[data + 2] & 0xFF);
        int width = ((b[data + 3] & 0xFF) << 8) | (b[data + 4] & 0xFF);
        int components = b[data + 5] & 0xFF;
        if (width == 0 || height == 0 || components == 0) {
          return null; // height 0 means "defined later by DNL": leave it to the full reader
        }
        return new JpegHeader(
            width, height, bits, components, adobe,
            orientation == null ? ImageOrientation.TOP_LEFT : orientation);
      }
      if (marker == 0xDA || marker == 0xD9) {
        return null; // scan data or end before any frame header
      }
      i += 2 + length;
    }
    return null;
  }

  /**
   * The Orientation tag of the TIFF structure at {@code tiff} (byte order, 42, IFD0 offset; ends before
   * {@code end}), or {@code null} when the structure or the tag is missing or broken: the caller then takes
   * the image as stored, as viewers do.
   */
  private static @Nullable ImageOrientation exifOrientation(byte[] b, int tiff, int end) {
    if (tiff + 8 > end) {
      return null;
    }
    boolean big;
    if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
      big = true;
    } else if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
      big = false;
    } else {
      return null;
    }
    if (unsigned16(b, tiff + 2, big) != 42) {
      return null;
    }
    long ifd = tiff + unsigned32(b, tiff + 4, big);
    if (ifd < tiff + 8 || ifd + 2 > end) {
      return null;
    }
    int count = unsigned16(b, (int) ifd, big);
    for (int e = 0; e < count; e++) {
      int entry = (int) ifd + 2 + 12 * e;
      if (entry + 12 > end) {
        return null;
      }
      if (unsigned16(b, entry, big) == ORIENTATION_TAG) {
        if (unsigned16(b, entry + 2, big) != SHORT || unsigned32(b, entry + 4, big) != 1) {
          return null;
        }
        return ImageOrientation.ofTag(unsigned16(b, entry + 8, big));
      }
    }
    return null;
  }

  private static int unsigned16(byte[] b, int at, boolean big) {
    int hi = b[big ? at : at + 1] & 0xFF;
    int lo = b[big ? at + 1 : at] & 0xFF;
    return (hi << 8) | lo;
  }

  private static long unsigned32(byte[] b, int at, boolean big) {
    long value = 0;
    for (int k = 0; k < 4; k++) {
      value = (value << 8) | (b[big ? at + k : at + 3 - k] & 0xFF);
    }
    return value;
  }
}
