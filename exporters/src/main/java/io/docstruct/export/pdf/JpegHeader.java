package io.docstruct.export.pdf;

import org.jspecify.annotations.Nullable;

/**
 * The frame header of a baseline or progressive JPEG (ITU T.81, B.2.2), read by walking the markers up to
 * the first SOF: width, height, bits per sample and components. It reads a few hundred bytes where ImageIO's
 * metadata reader scans the whole file, which made embedding a JPEG as is cost ~10 ms a page.
 *
 * <pre>{@code
 * JpegHeader h = JpegHeader.read(bytes);   // null when not a JPEG frame this reader understands
 * }</pre>
 *
 * @param width samples per line
 * @param height lines
 * @param bitsPerComponent sample precision, 8 for ordinary JPEGs
 * @param components 1 (grey), 3 (YCbCr/RGB) or 4 (CMYK/YCCK)
 * @param adobeTransform the APP14 Adobe transform flag, or -1 when there is no Adobe marker
 */
record JpegHeader(int width, int height, int bitsPerComponent, int components, int adobeTransform) {

  /** The header, or {@code null} for data that is not a JPEG with a readable frame header. */
  static @Nullable JpegHeader read(byte[] b) {
    if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
      return null;
    }
    int adobe = -1;
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
        return new JpegHeader(width, height, bits, components, adobe);
      }
      if (marker == 0xDA || marker == 0xD9) {
        return null; // scan data or end before any frame header
      }
      i += 2 + length;
    }
    return null;
  }
}
