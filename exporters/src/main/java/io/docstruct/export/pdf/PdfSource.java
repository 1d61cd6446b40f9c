package io.docstruct.export.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a searchable PDF is made from: the page images the OCR saw, or the original PDF.
 *
 * <pre>{@code
 * PdfSource scans = PdfSource.images(Path.of("p1.jpg"), Path.of("p2.png"), Path.of("rest.tif"));
 * PdfSource original = PdfSource.pdf(Path.of("contract.pdf"));
 * }</pre>
 */
public sealed interface PdfSource {

  /**
   * Images in page order. JPEG is embedded as it is (no re-encoding), shown upright as its EXIF Orientation
   * tag says (turned on the page, as every image viewer shows a phone photo); PNG and other formats
   * losslessly, as stored; a multi-page TIFF gives one page per image in it. The format is told from the
   * file's first bytes, not its name.
   *
   * @param files one or more image files
   */
  record Images(List<Path> files) implements PdfSource {
    public Images {
      files = List.copyOf(files);
      if (files.isEmpty()) {
        throw new IllegalArgumentException("files is empty: give at least one image");
      }
    }
  }

  /**
   * The PDF the OCR was run on: its pages are kept as they are, and the text layer is added on top.
   *
   * @param file the PDF
   */
  record Pdf(Path file) implements PdfSource {
    public Pdf {
      Objects.requireNonNull(file, "file == null");
    }
  }

  /** Images, in page order. */
  static PdfSource images(Path... files) {
    return new Images(List.of(files));
  }

  /** Images, in page order. */
  static PdfSource images(List<Path> files) {
    return new Images(files);
  }

  /** The original PDF. */
  static PdfSource pdf(Path file) {
    return new Pdf(file);
  }
}
