package io.docstruct.testing.server;

import io.docstruct.client.ImageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds how many pages an uploaded file has and how large each is, from the bytes alone and without any
 * imaging library.
 *
 * <ul>
 *   <li>JPEG and PNG: one page, sized from the SOF segment or the IHDR chunk.
 *   <li>TIFF: one page per IFD in the chain, sized from ImageWidth/ImageLength; loops and broken offsets
 *       end the walk. BigTIFF is not read.
 *   <li>PDF: the number of {@code /Type /Page} dictionaries (not {@code /Pages}) anywhere in the file's
 *       bytes, which includes uncompressed object streams. Pages inside compressed (Flate) object streams
 *       are not seen, and objects replaced by incremental updates are counted again; a PDF where nothing is
 *       found counts as one page. Pages are reported as {@link PageSize#DEFAULT}.
 * </ul>
 */
final class ImageInspector {
  /** Most pages counted; far above any limit the endpoints enforce. */
  static final int MAX_PAGES = 10_000;

  private static final int CHUNK = 64 * 1024;
  private static final int OVERLAP = 64;
  // PDF white space and delimiters (ISO 32000-1, 7.2.2); "/Page" must end at one of them, so "/Pages" does not match.
  private static final Pattern PDF_PAGE =
      Pattern.compile("/Type[\\x00\\t\\n\\f\\r ]{0,32}/Page(?![^\\x00\\t\\n\\f\\r ()<>\\[\\]{}/%])");

  private ImageInspector() {}

  /** What the file looks like; the bytes decide the format, {@code declared} is the fallback. */
  static Facts inspect(Payload payload, ImageFormat declared) throws IOException {
    ImageFormat detected = ImageFormat.detect(payload.read(0, ImageFormat.SIGNATURE_LENGTH));
    ImageFormat format = detected == ImageFormat.UNKNOWN ? declared : detected;
    List<PageSize> pages =
        switch (detected) {
          case PNG -> List.of(pngSize(payload));
          case JPG -> List.of(jpegSize(payload));
          case TIFF -> tiffPages(payload);
          case PDF -> pdfPages(payload);
          case UNKNOWN -> List.of(PageSize.DEFAULT);
        };
    return new Facts(format, pages);
  }

  /**
   * What the server knows of a file.
   *
   * @param format the detected format (or the declared one when the bytes are not recognised)
   * @param pages one size per page, never empty
   */
  record Facts(ImageFormat format, List<PageSize> pages) {
    Facts {
      pages = List.copyOf(pages);
    }

    int pageCount() {
      return pages.size();
    }
  }

  static PageSize pngSize(Payload payload) throws IOException {
    byte[] h = payload.read(0, 24);
    if (h.length < 24 || h[12] != 'I' || h[13] != 'H' || h[14] != 'D' || h[15] != 'R') {
      return PageSize.DEFAULT;
    }
    return sized(u32(h, 16, false), u32(h, 20, false));
  }

  static PageSize jpegSize(Payload payload) throws IOException {
    long pos = 2;
    for (int segments = 0; segments < 10_000; segments++) {
      byte[] marker = payload.read(pos, 2);
      if (marker.length < 2 || (marker[0] & 0xFF) != 0xFF) {
        return PageSize.DEFAULT;
      }
      int m = marker[1] & 0xFF;
      if (m == 0xFF) {
        pos++; // fill byte
        continue;
      }
      if (m == 0x01 || (m >= 0xD0 && m <= 0xD8)) {
        pos += 2; // markers without a length
        continue;
      }
      if (m == 0xD9 || m == 0xDA) {
        return PageSize.DEFAULT; // end of image or start of scan before any frame header
      }
      byte[] seg = payload.read(pos + 2, 7);
      if (seg.length < 2) {
        return PageSize.DEFAULT;
      }
      int length = ((seg[0] & 0xFF) << 8) | (seg[1] & 0xFF);
      boolean frame = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
      if (frame) {
        if (seg.length < 7) {
          return PageSize.DEFAULT;
        }
        int height = ((seg[3] & 0xFF) << 8) | (seg[4] & 0xFF);
        int width = ((seg[5] & 0xFF) << 8) | (seg[6] & 0xFF);
        return sized(width, height);
      }
      if (length < 2) {
        return PageSize.DEFAULT;
      }
      pos += 2 + length;
    }
    return PageSize.DEFAULT;
  }

  static List<PageSize> tiffPages(Payload payload) throws IOException {
    byte[] header = payload.read(0, 8);
    if (header.length < 8) {
      return List.of(PageSize.DEFAULT);
    }
    boolean little = header[0] == 'I';
    long offset = u32(header, 4, little);
    List<PageSize> pages = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    while (offset >= 8 && offset + 2 <= payload.size() && pages.size() < MAX_PAGES && seen.add(offset)) {
      int entries = u16(payload.read(offset, 2), 0, little);
      byte[] ifd = payload.read(offset + 2, entries * 12 + 4);
      if (ifd.length < entries * 12) {
        break;
      }
      long width = 0;
      long height = 0;
      for (int i = 0; i < entries; i++) {
        int at = i * 12;
        int tag = u16(ifd, at, little);
        int type = u16(ifd, at + 2, little);
        long value = type == 3 ? u16(ifd, at + 8, little) : type == 4 ? u32(ifd, at + 8, little) : 0;
        if (tag == 256) {
          width = value;
        } else if (tag == 257) {
          height = value;
        }
      }
      pages.add(sized(width, height));
      offset = ifd.length >= entries * 12 + 4 ? u32(ifd, entries * 12, little) : 0;
    }
    return pages.isEmpty() ? List.of(PageSize.DEFAULT) : pages;
  }

  static List<PageSize> pdfPages(Payload payload) throws IOException {
    return pdfPages(payload.open());
  }

  /** Counts page dictionaries in a stream of PDF bytes, reading it in overlapping chunks. */
  static List<PageSize> pdfPages(InputStream pdf) throws IOException {
    int count = 0;
    try (InputStream in = pdf) {
      String carry = "";
      byte[] buf = new byte[CHUNK];
      boolean end = false;
      while (!end && count < MAX_PAGES) {
        int n = in.readNBytes(buf, 0, buf.length);
        end = n < buf.length;
        String window = carry + new String(buf, 0, n, StandardCharsets.ISO_8859_1);
        // A match starting in the last OVERLAP chars may continue (or be refuted) in the next chunk.
        int limit = end ? window.length() : Math.max(0, window.length() - OVERLAP);
        Matcher m = PDF_PAGE.matcher(window);
        while (m.find() && m.start() < limit) {
          count++;
        }
        carry = window.substring(limit);
      }
    }
    List<PageSize> pages = new ArrayList<>();
    for (int i = 0; i < Math.max(1, Math.min(count, MAX_PAGES)); i++) {
      pages.add(PageSize.DEFAULT);
    }
    return pages;
  }

  private static PageSize sized(long width, long height) {
    if (width <= 0 || height <= 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
      return PageSize.DEFAULT;
    }
    return new PageSize((int) width, (int) height);
  }

  private static int u16(byte[] b, int at, boolean little) {
    if (b.length < at + 2) {
      return 0;
    }
    int b0 = b[at] & 0xFF;
    int b1 = b[at + 1] & 0xFF;
    return little ? b0 | (b1 << 8) : (b0 << 8) | b1;
  }

  private static long u32(byte[] b, int at, boolean little) {
    if (b.length < at + 4) {
      return 0;
    }
    long b0 = b[at] & 0xFF;
    long b1 = b[at + 1] & 0xFF;
    long b2 = b[at + 2] & 0xFF;
    long b3 = b[at + 3] & 0xFF;
    return little ? b0 | (b1 << 8) | (b2 << 16) | (b3 << 24) : (b0 << 24) | (b1 << 16) | (b2 << 8) | b3;
  }
}
