package io.docstruct.tesseract;

import io.docstruct.client.ImageFormat;
import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrRequestException;
import io.docstruct.image.ImageOrientation;
import io.docstruct.image.JpegHeader;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of an image or PDF as Tesseract should read them: upright, as a viewer shows them. A JPEG is
 * turned by its EXIF orientation (core's {@link JpegHeader}, the reader the searchable PDF writer uses, so the
 * two agree on the frame of every polygon); a TIFF gives one page per image; a PDF one page per page,
 * rendered by PDFBox at the stated DPI (its own {@code /Rotate} applied). The pixels of these pages are the
 * frame of the answer's polygons and its {@code convertedImageInfo}.
 */
final class PageImages {
  /** The largest file read, as CLOVA General OCR's limit. */
  static final long MAX_BYTES = 50L * 1024 * 1024;
  /** The most pixels one page may have once decoded or rendered (a decompression bomb stops here). */
  static final long MAX_PIXELS = 120_000_000L;

  private PageImages() {}

  /**
   * Reads every page of {@code source}.
   *
   * @throws OcrRequestException when the source is a URL, too large, empty, not JPEG/PNG/TIFF/PDF, or cannot
   *     be decoded, naming it
   */
  static List<BufferedImage> read(ImageSource source, int dpi) {
    byte[] bytes = bytes(source);
    String name = describe(source);
    ImageFormat format = ImageFormat.detect(Arrays.copyOf(bytes, Math.min(bytes.length, ImageFormat.SIGNATURE_LENGTH)));
    try {
      return switch (format) {
        case JPG -> List.of(jpeg(bytes, name));
        case PNG, TIFF -> images(bytes, name);
        case PDF -> pdf(bytes, name, dpi);
        case UNKNOWN -> throw new OcrRequestException(
            name + ": not an image Tesseract reads here (JPEG, PNG, TIFF or PDF)");
      };
    } catch (IOException | RuntimeException e) {
      if (e instanceof OcrRequestException known) {
        throw known;
      }
      throw new OcrRequestException(name + ": cannot be read as " + format.wireName().toUpperCase(java.util.Locale.ROOT)
          + ": " + e.getMessage(), e);
    }
  }

  private static byte[] bytes(ImageSource source) {
    String name = describe(source);
    byte[] bytes;
    try {
      if (source instanceof ImageSource.FileSource file) {
        Path path = file.file();
        if (!Files.isRegularFile(path)) {
          throw new OcrRequestException(path + ": no such file");
        }
        long size = Files.size(path);
        if (size > MAX_BYTES) {
          throw new OcrRequestException(name + ": " + size / (1024 * 1024) + " MB, Tesseract reads at most "
              + MAX_BYTES / (1024 * 1024) + " MB here");
        }
        bytes = Files.readAllBytes(path);
      } else if (source instanceof ImageSource.BytesSource b) {
        bytes = b.bytes();
      } else if (source instanceof ImageSource.StreamSource s) {
        InputStream in = s.stream();
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      } else {
        throw new OcrRequestException(
            name + ": Tesseract reads local images; a URL is not fetched (download it and give the file)");
      }
    } catch (IOException e) {
      throw new OcrRequestException(name + ": cannot be read: " + e.getMessage(), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new OcrRequestException(name + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB");
    }
    if (bytes.length == 0) {
      throw new OcrRequestException(name + ": empty");
    }
    return bytes;
  }

  static String describe(ImageSource source) {
    return source instanceof ImageSource.FileSource f ? f.file().toString() : source.name();
  }

  /** A JPEG decoded and turned upright by its EXIF orientation. */
  private static BufferedImage jpeg(byte[] bytes, String name) throws IOException {
    JpegHeader header = JpegHeader.read(bytes);
    ImageOrientation orientation = header == null ? ImageOrientation.TOP_LEFT : header.orientation();
    BufferedImage stored = images(bytes, name).get(0);
    if (orientation == ImageOrientation.TOP_LEFT) {
      return stored;
    }
    int w = stored.getWidth();
    int h = stored.getHeight();
    AffineTransform up = orientation.toUpright(w, h);
    BufferedImage upright =
        new BufferedImage(orientation.swapsSides() ? h : w, orientation.swapsSides() ? w : h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = upright.createGraphics();
    try {
      g.drawImage(stored, up, null);
    } finally {
      g.dispose();
    }
    return upright;
  }

  /** Every image of a PNG, JPEG or (multi-page) TIFF, after checking each one's size. */
  private static List<BufferedImage> images(byte[] bytes, String name) throws IOException {
    List<BufferedImage> pages = new ArrayList<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new OcrRequestException(name + ": no image reader understands it");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, false, true);
        int count = reader.getNumImages(true);
        for (int i = 0; i < count; i++) {
          checkPixels((long) reader.getWidth(i) * reader.getHeight(i), name, i);
          pages.add(reader.read(i));
        }
      } finally {
        reader.dispose();
      }
    }
    if (pages.isEmpty()) {
      throw new OcrRequestException(name + ": holds no image");
    }
    return pages;
  }

  /** Every page of a PDF rendered in grey at {@code dpi}. */
  private static List<BufferedImage> pdf(byte[] bytes, String name, int dpi) throws IOException {
    List<BufferedImage> pages = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFRenderer renderer = new PDFRenderer(pdf);
      for (int i = 0; i < pdf.getNumberOfPages(); i++) {
        PDPage page = pdf.getPage(i);
        PDRectangle box = page.getCropBox();
        checkPixels((long) (box.getWidth() / 72 * dpi) * (long) (box.getHeight() / 72 * dpi), name, i);
        pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY));
      }
    }
    if (pages.isEmpty()) {
      throw new OcrRequestException(name + ": a PDF without pages");
    }
    return pages;
  }

  private static void checkPixels(long pixels, String name, int page) {
    if (pixels > MAX_PIXELS) {
      throw new OcrRequestException(name + ": page " + (page + 1) + " has " + pixels / 1_000_000
          + " megapixels; Tesseract reads at most " + MAX_PIXELS / 1_000_000 + " here");
    }
  }
}
