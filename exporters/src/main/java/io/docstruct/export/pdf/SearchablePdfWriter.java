package io.docstruct.export.pdf;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.export.AtomicOutput;
import io.docstruct.image.ImageOrientation;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jspecify.annotations.Nullable;

/**
 * Writes searchable PDFs: the page images (or the original PDF's pages) with an invisible, word-aligned text
 * layer on top, so that viewers can search, select and copy the recognised text, Korean included.
 *
 * <pre>{@code
 * OcrDocument doc = ResponseReader.create().read(Path.of("scan.json"));
 * SearchablePdfWriter writer = SearchablePdfWriter.builder()
 *     .redaction(Redaction.personalData())
 *     .pdfA(true)
 *     .title("Scan of 2024-05-16")
 *     .build();
 * writer.write(doc, PdfSource.images(Path.of("scan.jpg")), Path.of("scan.pdf"));
 * }</pre>
 *
 * <p>Pages: the response's pages match the source's pages by position (a multi-page TIFF counts each of its
 * images). Source pages beyond the response's get no text layer; a response with more pages than the source
 * is refused. A photo whose JPEG carries an EXIF Orientation tag is shown upright, as every image viewer
 * shows it and as the provider read it: the JPEG is embedded as it is and turned by the page's content
 * stream. Each word's polygon is mapped from the provider's pixel frame ({@code convertedImageInfo}, else
 * the upright image's size) to the page (see {@link ImagePlacement}); see {@link TextLayerContent} for the
 * placement of the text. A page whose text runs sideways or upside down is shown upright by its {@code
 * /Rotate} ({@link Builder#turnPagesUpright}), an original PDF page's own rotation included.
 *
 * <p>Redaction: regions are painted black into the pixels before anything is embedded, and the words under
 * them are not written. An original PDF page with a region is replaced by its rendering at {@link
 * Builder#rasterDpi}: the same page object gets new contents, resources and boxes, its annotations are
 * dropped, and the document's form fields and structure tree (which can hold the page's text) are removed.
 *
 * <p>Instances are immutable and thread-safe; each {@code write} builds its own document.
 */
public final class SearchablePdfWriter {
  /** Name of the invisible font in page resources (a digit is added if a PDF page already uses it). */
  private static final String FONT_NAME = "DsGlyphless";

  /** The size of the blocks {@code out} is given (a small receipt's page is one to ten of them). */
  static final int OUTPUT_BLOCK = 64 * 1024;

  private final Redaction redaction;
  private final boolean pdfA;
  private final boolean debugOverlay;
  private final boolean turnPagesUpright;
  private final float rasterDpi;
  private final float imageDpi;
  private final @Nullable String title;
  private final @Nullable String author;
  private final Function<Page, TextLayerPage> textLayer;

  private SearchablePdfWriter(Builder b) {
    this.redaction = b.redaction;
    this.pdfA = b.pdfA;
    this.debugOverlay = b.debugOverlay;
    this.turnPagesUpright = b.turnPagesUpright;
    this.rasterDpi = b.rasterDpi;
    this.imageDpi = b.imageDpi;
    this.title = b.title;
    this.author = b.author;
    this.textLayer = b.textLayer;
  }

  /**
   * A builder with the defaults: no redaction, not PDF/A, no overlay, pages whose text is turned shown
   * upright, 200 DPI rasters, 300 DPI images.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A writer with every default. */
  public static SearchablePdfWriter create() {
    return builder().build();
  }

  /**
   * Writes the searchable PDF to {@code target} atomically: into a temporary file in the same directory,
   * which then replaces {@code target}. On failure no file is left under either name.
   *
   * @throws IOException if a source cannot be read or the file cannot be written
   * @throws IllegalArgumentException if the response has more pages than the source, or a source is not an
   *     image or PDF this writer reads
   */
  public void write(OcrDocument document, PdfSource source, Path target) throws IOException {
    try (AtomicOutput out = AtomicOutput.create(target)) {
      write(document, source, out.stream());
      out.commit();
    }
  }

  /**
   * Writes the searchable PDF to {@code out}, which is left open. The writer buffers what it writes: {@code
   * out} gets the file in blocks of {@value #OUTPUT_BLOCK} bytes and is flushed at the end.
   *
   * @throws IOException if a source cannot be read or {@code out} fails
   */
  public void write(OcrDocument document, PdfSource source, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document == null");
    Objects.requireNonNull(source, "source == null");
    try (PDDocument pdf =
        source instanceof PdfSource.Pdf original
            ? fromPdf(document, original.file())
            : fromImages(document, (PdfSource.Images) source)) {
      PdfA.describe(pdf, title, author, pdfA);
      // PDFBox writes token by token (and an image's bytes in 4 KB pieces): unbuffered, as AtomicOutput's
      // file channel is, that was a system call per token.
      BufferedOutputStream blocks = new BufferedOutputStream(out, OUTPUT_BLOCK);
      // Object streams pack the dictionaries of an original PDF's many small objects; a page made for an
      // image has a dozen, under 1 KB beside the image, and packing them cost a tenth of a receipt's page.
      pdf.save(
          blocks,
          source instanceof PdfSource.Pdf
              ? CompressParameters.DEFAULT_COMPRESSION
              : CompressParameters.NO_COMPRESSION);
      blocks.flush();
    }
  }

  private PDDocument fromImages(OcrDocument document, PdfSource.Images source) throws IOException {
    PDDocument pdf = new PDDocument();
    try {
      PageBuilder pages = new PageBuilder(pdf);
      int index = 0;
      for (Path file : source.files()) {
        for (SourceImage image : SourceImage.read(file)) {
          Page ocr = index < document.pages().size() ? document.pages().get(index) : null;
          RedactionRegions regions = ocr == null ? null : RedactionRegions.of(ocr, redaction);
          TextLayerPage layer = ocr == null ? null : textLayer.apply(ocr);
          ImagePlacement placement =
              ImagePlacement.of(
                  image.width(), image.height(), image.orientation(),
                  layer == null ? null : layer.size(), imageDpi);
          PDImageXObject xobject =
              regions == null || regions.isEmpty()
                  ? image.embed(pdf)
                  : image.embedRedacted(pdf, regions, placement.providerToStored());
          pages.addImagePage(xobject, placement, layer, regions);
          index++;
        }
      }
      if (index < document.pages().size()) {
        throw new IllegalArgumentException(
            "the response has " + document.pages().size() + " pages but the images give " + index);
      }
      return pdf;
    } catch (IOException | RuntimeException e) {
      pdf.close();
      throw e;
    }
  }

  private PDDocument fromPdf(OcrDocument document, Path file) throws IOException {
    PDDocument pdf = Loader.loadPDF(file.toFile());
    try {
      int count = pdf.getNumberOfPages();
      if (document.pages().size() > count) {
        throw new IllegalArgumentException(
            "the response has " + document.pages().size() + " pages but " + file + " has " + count);
      }
      PageBuilder pages = new PageBuilder(pdf);
      PDFRenderer renderer = null;
      boolean rasterized = false;
      for (int i = 0; i < document.pages().size(); i++) {
        Page ocr = document.pages().get(i);
        PDPage page = pdf.getPage(i);
        RedactionRegions regions = RedactionRegions.of(ocr, redaction);
        TextLayerPage layer = textLayer.apply(ocr);
        if (regions.isEmpty()) {
          PDRectangle crop = page.getCropBox();
          double[] frame = pdfFrame(layer, crop, page.getRotation());
          PageFrame mapping = PageFrame.ofPdfPage(frame[0], frame[1], crop, page.getRotation());
          turnUpright(page, mapping, layer);
          pages.overlay(page, mapping, regions.filter(layer.lines()));
        } else {
          if (renderer == null) {
            renderer = new PDFRenderer(pdf);
          }
          BufferedImage image = renderer.renderImageWithDPI(i, rasterDpi, ImageType.RGB);
          ImagePlacement placement =
              ImagePlacement.of(
                  image.getWidth(), image.getHeight(), ImageOrientation.TOP_LEFT, layer.size(),
                  rasterDpi);
          regions.burn(image, placement.providerToStored());
          pages.replaceWithImage(
              page, LosslessFactory.createFromImage(pdf, image), placement, layer, regions);
          rasterized = true;
        }
      }
      if (rasterized) {
        // Form field values and tagged structure can repeat the text of a rasterized page.
        pdf.getDocumentCatalog().getCOSObject().removeItem(COSName.ACRO_FORM);
        pdf.getDocumentCatalog().getCOSObject().removeItem(COSName.STRUCT_TREE_ROOT);
        pdf.getDocumentCatalog().getCOSObject().removeItem(COSName.MARK_INFO);
      }
      return pdf;
    } catch (IOException | RuntimeException e) {
      pdf.close();
      throw e;
    }
  }

  /** The pixel frame of an original PDF page: the provider's, else the displayed page at 72 DPI. */
  private static double[] pdfFrame(TextLayerPage layer, PDRectangle crop, int rotation) {
    PageSize size = layer.size();
    if (size != null && size.width() > 0 && size.height() > 0) {
      return new double[] {size.width(), size.height()};
    }
    boolean sideways = Math.floorMod(rotation, 180) == 90;
    return sideways
        ? new double[] {crop.getHeight(), crop.getWidth()}
        : new double[] {crop.getWidth(), crop.getHeight()};
  }

  /**
   * Turns {@code page} upright by its {@code /Rotate} if {@link Builder#turnPagesUpright} is on and the
   * layer's text does not run left to right on the page as its source shows it. The layer's rotation is in
   * the provider's pixels, so it is measured on the displayed page through {@code frame}: a photo read in
   * its stored pixels is already upright there. The new rotation combines with the page's own, {@code
   * (rotation − displayed) mod 360}, as OCRmyPDF's {@code --rotate-pages} sets it. The text layer needs no
   * change: turning the view moves nothing on the page, and what {@link TextLayerContent} measures (a
   * line's direction, its axis, its baseline) turns with it.
   */
  private void turnUpright(PDPage page, PageFrame frame, TextLayerPage layer) {
    if (!turnPagesUpright || layer.textRotation() == 0) {
      return;
    }
    int displayed = frame.displayedRotation(layer.textRotation());
    if (displayed != 0) {
      page.setRotation(Math.floorMod(page.getRotation() - displayed, 360));
    }
  }

  /** Adds pages and text layers to one document, embedding the invisible font once, when first needed. */
  private final class PageBuilder {
    private final PDDocument pdf;
    private @Nullable COSDictionary font;

    PageBuilder(PDDocument pdf) {
      this.pdf = pdf;
    }

    void addImagePage(
        PDImageXObject image,
        ImagePlacement placement,
        @Nullable TextLayerPage layer,
        @Nullable RedactionRegions regions)
        throws IOException {
      PDPage page =
          new PDPage(new PDRectangle((float) placement.width(), (float) placement.height()));
      pdf.addPage(page);
      drawImagePage(page, image, placement, layer, regions);
    }

    /** Reuses {@code page}'s object for the image so that references to the page stay valid. */
    void replaceWithImage(
        PDPage page,
        PDImageXObject image,
        ImagePlacement placement,
        TextLayerPage layer,
        RedactionRegions regions)
        throws IOException {
      COSDictionary dict = page.getCOSObject();
      for (COSName key :
          List.of(
              COSName.ANNOTS, COSName.BLEED_BOX, COSName.TRIM_BOX, COSName.ART_BOX,
              COSName.GROUP, COSName.THUMB, COSName.PIECE_INFO, COSName.METADATA,
              COSName.STRUCT_PARENTS, COSName.B, COSName.AA, COSName.CONTENTS)) {
        dict.removeItem(key);
      }
      PDRectangle box = new PDRectangle((float) placement.width(), (float) placement.height());
      page.setMediaBox(box);
      page.setCropBox(box);
      page.setRotation(0); // the rendering is the page as it was shown
      page.setResources(new PDResources());
      drawImagePage(page, image, placement, layer, regions);
    }

    /**
     * The image, upright over the whole page, and the text layer; the page turned upright if its text is
     * turned.
     */
    private void drawImagePage(
        PDPage page,
        PDImageXObject image,
        ImagePlacement placement,
        @Nullable TextLayerPage layer,
        @Nullable RedactionRegions regions)
        throws IOException {
      PDResources resources = page.getResources();
      if (resources == null) {
        resources = new PDResources();
        page.setResources(resources);
      }
      COSName imageName = resources.add(image);
      StringBuilder draw = new StringBuilder("q\n");
      for (double v : placement.imageMatrix()) {
        draw.append(BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros()
            .toPlainString()).append(' ');
      }
      draw.append("cm\n/").append(imageName.getName()).append(" Do\nQ\n");
      ByteArrayOutputStream content = new ByteArrayOutputStream(8 * 1024);
      content.write(draw.toString().getBytes(StandardCharsets.US_ASCII));
      if (layer != null) {
        List<TextLayerLine> lines = regions == null ? layer.lines() : regions.filter(layer.lines());
        turnUpright(page, placement.pageFrame(), layer);
        content.write(text(resources, placement.pageFrame(), lines));
      }
      page.setContents(stream(content.toByteArray()));
    }

    /** Adds the text layer over an existing page's content, which is wrapped in {@code q … Q}. */
    void overlay(PDPage page, PageFrame frame, List<TextLayerLine> lines) throws IOException {
      PDResources resources = page.getResources();
      if (resources == null) {
        resources = new PDResources();
        page.setResources(resources);
      }
      byte[] text = text(resources, frame, lines);
      if (text.length == 0) {
        return;
      }
      List<PDStream> streams = new ArrayList<>();
      streams.add(stream("q\n".getBytes(StandardCharsets.US_ASCII)));
      for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) {
        streams.add(it.next());
      }
      byte[] end = new byte[text.length + 2];
      end[0] = 'Q';
      end[1] = '\n';
      System.arraycopy(text, 0, end, 2, text.length);
      streams.add(stream(end));
      page.setContents(streams);
    }

    /** The text layer's operators, registering the font in {@code resources}; empty without words. */
    private byte[] text(PDResources resources, PageFrame frame, List<TextLayerLine> lines) {
      if (lines.stream().allMatch(l -> l.words().isEmpty()) && !debugOverlay) {
        return new byte[0];
      }
      if (font == null) {
        font = GlyphlessFont.embed();
      }
      COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
      if (fonts == null) {
        fonts = new COSDictionary();
        resources.getCOSObject().setItem(COSName.FONT, fonts);
      }
      String name = FONT_NAME;
      for (int n = 1; fonts.containsKey(name) && fonts.getDictionaryObject(name) != font; n++) {
        name = FONT_NAME + n;
      }
      fonts.setItem(name, font);
      return new TextLayerContent(name, debugOverlay).write(frame, lines);
    }

    /**
     * A content stream, compressed at {@link Deflater#BEST_SPEED}: a text layer's operators repeat
     * themselves, and on them zlib's default level costs more than twice the time for a sixth fewer bytes
     * (an SROIE receipt's 8 KB of operators: 165 µs and 2,053 bytes against 73 µs and 2,476 bytes, thread
     * CPU on a loaded machine), which was a tenth of the receipt's page.
     */
    private PDStream stream(byte[] content) {
      return new PDStream(FlateStreams.compress(content, Deflater.BEST_SPEED));
    }
  }

  /**
   * Options of a {@link SearchablePdfWriter}.
   *
   * <pre>{@code
   * SearchablePdfWriter w = SearchablePdfWriter.builder().pdfA(true).debugOverlay(true).build();
   * }</pre>
   */
  public static final class Builder {
    private Redaction redaction = Redaction.none();
    private boolean pdfA;
    private boolean debugOverlay;
    private boolean turnPagesUpright = true;
    private float rasterDpi = 200;
    private float imageDpi = 300;
    private @Nullable String title;
    private @Nullable String author;
    private Function<Page, TextLayerPage> textLayer = TextLayerPage::of;

    private Builder() {}

    /** What to black out; default {@link Redaction#none()}. */
    public Builder redaction(Redaction redaction) {
      this.redaction = Objects.requireNonNull(redaction, "redaction == null");
      return this;
    }

    /** Whether to write PDF/A-2b (XMP metadata, sRGB output intent); default {@code false}. */
    public Builder pdfA(boolean pdfA) {
      this.pdfA = pdfA;
      return this;
    }

    /** Whether to draw word outlines (red) and baselines (blue) visibly; default {@code false}. */
    public Builder debugOverlay(boolean debugOverlay) {
      this.debugOverlay = debugOverlay;
      return this;
    }

    /**
     * Whether a page whose text runs sideways or upside down is shown upright; default {@code true}.
     *
     * <p>When the layout is sure which way the text runs ({@link TextLayerPage#textRotation()}, see {@link
     * TextLayerPage#of(io.docstruct.layout.StructuredPage)}) and it does not run left to right on the page
     * as shown, the page's {@code /Rotate} is set to show it upright. Only the view turns, as a viewer's
     * "rotate" command turns it: the image, the page's content and boxes stay as they are, and every word
     * of the text layer stays on its pixels. A photographed receipt is then shown as a clerk reads it, and
     * poppler ({@code pdftotext}, Evince, Okular) reads upright text: its {@code -raw} mode gives each line
     * whole and in reading order, where it printed each word of text running down or up the page on a
     * line of its own, and its layout mode no longer lists text turned by 270° last line first.
     *
     * <p>An original PDF page is turned too, its own rotation combined with the turn (OCRmyPDF's {@code
     * --rotate-pages} sets {@code /Rotate} the same way): a scanner's page fed sideways needs it as much as
     * a photo, and only the page's {@code /Rotate} entry changes. A page whose text runs left to right, or
     * whose turn the layout is not sure of, is never turned. {@code false} keeps every page as its source
     * shows it (a PDF page's {@code /Rotate} as it was).
     */
    public Builder turnPagesUpright(boolean turnPagesUpright) {
      this.turnPagesUpright = turnPagesUpright;
      return this;
    }

    /**
     * The resolution at which an original PDF page that needs redaction is rasterized; default 200.
     *
     * @throws IllegalArgumentException unless 36 ≤ {@code dpi} ≤ 1200
     */
    public Builder rasterDpi(float dpi) {
      this.rasterDpi = checkDpi(dpi, "rasterDpi");
      return this;
    }

    /**
     * The resolution that gives an image page its size in points ({@code pixels × 72 / dpi}); default 300,
     * a typical scan. It changes the page size only, never the pixels.
     *
     * @throws IllegalArgumentException unless 36 ≤ {@code dpi} ≤ 1200
     */
    public Builder imageDpi(float dpi) {
      this.imageDpi = checkDpi(dpi, "imageDpi");
      return this;
    }

    /** The document title (document information and XMP); default none. */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /** The document author (document information and XMP); default none. */
    public Builder author(@Nullable String author) {
      this.author = author;
      return this;
    }

    /**
     * How a recognised page becomes lines in reading order; default {@link TextLayerPage#of(Page)}.
     */
    public Builder textLayer(Function<Page, TextLayerPage> textLayer) {
      this.textLayer = Objects.requireNonNull(textLayer, "textLayer == null");
      return this;
    }

    public SearchablePdfWriter build() {
      return new SearchablePdfWriter(this);
    }

    private static float checkDpi(float dpi, String name) {
      if (!(dpi >= 36 && dpi <= 1200)) {
        throw new IllegalArgumentException(name + " must be between 36 and 1200: " + dpi);
      }
      return dpi;
    }
  }
}
