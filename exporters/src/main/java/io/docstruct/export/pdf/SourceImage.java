package io.docstruct.export.pdf;

import io.docstruct.image.ImageOrientation;
import io.docstruct.image.JpegHeader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * One page image of a source file, in its stored pixels, with the orientation it is shown in. A JPEG keeps
 * its bytes and is embedded as is (DCTDecode) unless it must be redacted, and its EXIF Orientation tag is
 * read ({@link JpegHeader}); every other image is decoded and embedded losslessly (Flate), with any alpha
 * flattened onto white, and is shown as stored (the orientation tags of PNG and TIFF files are not read).
 */
final class SourceImage {
  /** Quality of a JPEG re-encoded after redaction. */
  private static final float REDACTED_JPEG_QUALITY = 0.9f;

  private final @Nullable byte[] jpeg;
  /** The JPEG's frame header, read once; {@code null} if not a JPEG or one this reader does not follow. */
  private final @Nullable JpegHeader header;
  private @Nullable BufferedImage decoded;
  private final int width;
  private final int height;
  private final ImageOrientation orientation;

  private SourceImage(
      @Nullable byte[] jpeg,
      @Nullable JpegHeader header,
      @Nullable BufferedImage decoded,
      int width,
      int height,
      ImageOrientation orientation) {
    this.jpeg = jpeg;
    this.header = header;
    this.decoded = decoded;
    this.width = width;
    this.height = height;
    this.orientation = orientation;
  }

  /** The pages of an image file: one, or one per image of a multi-page TIFF. */
  static List<SourceImage> read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
      JpegHeader header = JpegHeader.read(bytes);
      if (header != null) {
        return List.of(
            new SourceImage(bytes, header, null, header.width(), header.height(), header.orientation()));
      }
      // A frame header this reader does not follow (height defined later by DNL…): ImageIO's size, shown
      // as stored.
      int[] size = jpegSize(bytes, file);
      return List.of(new SourceImage(bytes, null, null, size[0], size[1], ImageOrientation.TOP_LEFT));
    }
    List<SourceImage> pages = new ArrayList<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IllegalArgumentException(file + ": not an image this writer reads (JPEG, PNG, TIFF…)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, false, true);
        int count = reader.getNumImages(true);
        for (int i = 0; i < count; i++) {
          BufferedImage image = opaque(reader.read(i));
          pages.add(
              new SourceImage(
                  null, null, image, image.getWidth(), image.getHeight(), ImageOrientation.TOP_LEFT));
        }
      } finally {
        reader.dispose();
      }
    }
    if (pages.isEmpty()) {
      throw new IllegalArgumentException(file + ": holds no image");
    }
    return pages;
  }

  private static int[] jpegSize(byte[] bytes, Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IllegalArgumentException(file + ": unreadable JPEG");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    }
  }

  /** {@code image} without alpha: PDF/A and every viewer then agree on what the page looks like. */
  private static BufferedImage opaque(BufferedImage image) {
    if (!image.getColorModel().hasAlpha()) {
      return image;
    }
    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }

  /** Stored width in pixels. */
  int width() {
    return width;
  }

  /** Stored height in pixels. */
  int height() {
    return height;
  }

  /** How the stored pixels are shown. */
  ImageOrientation orientation() {
    return orientation;
  }

  /** The image as it is. */
  PDImageXObject embed(PDDocument pdf) throws IOException {
    if (jpeg != null) {
      PDColorSpace space =
          header == null || header.bitsPerComponent() != 8
              ? null
              : switch (header.components()) {
                case 1 -> PDDeviceGray.INSTANCE;
                case 3 -> PDDeviceRGB.INSTANCE;
                default -> null; // CMYK/YCCK need Adobe's inversion rules: PDFBox's factory knows them
              };
      if (space == null) {
        return JPEGFactory.createFromByteArray(pdf, jpeg);
      }
      // The DCT data as is, described from its own frame header (no full-file metadata scan), and read
      // from the file's bytes when the document is saved: not copied into PDFBox's 4 KB memory chunks.
      COSStream stream = FlateStreams.view(jpeg);
      PDImageXObject image = new PDImageXObject(new PDStream(stream), null);
      stream.setItem(COSName.FILTER, COSName.DCT_DECODE);
      image.setBitsPerComponent(header.bitsPerComponent());
      image.setWidth(header.width());
      image.setHeight(header.height());
      image.setColorSpace(space);
      return image;
    }
    return LosslessFactory.createFromImage(pdf, decoded());
  }

  /**
   * The image with {@code regions} painted black; the original pixels are never embedded. A JPEG is decoded,
   * painted and encoded again, still in its stored orientation.
   *
   * @param providerToStored from the provider's pixel frame, which the regions are in, to the stored pixels
   */
  PDImageXObject embedRedacted(
      PDDocument pdf, RedactionRegions regions, AffineTransform providerToStored) throws IOException {
    BufferedImage image = decoded();
    if (jpeg != null) {
      // Decoded into a fresh RGB image: painting must not touch a shared raster.
      BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = rgb.createGraphics();
      try {
        g.drawImage(image, 0, 0, null);
      } finally {
        g.dispose();
      }
      regions.burn(rgb, providerToStored);
      return JPEGFactory.createFromImage(pdf, rgb, REDACTED_JPEG_QUALITY);
    }
    regions.burn(image, providerToStored);
    return LosslessFactory.createFromImage(pdf, image);
  }

  private BufferedImage decoded() throws IOException {
    if (decoded == null) {
      BufferedImage image = jpeg == null ? null : ImageIO.read(new ByteArrayInputStream(jpeg));
      if (image == null) {
        throw new IOException("cannot decode the JPEG image");
      }
      decoded = image;
    }
    return decoded;
  }
}
