package io.docstruct.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.document.Field;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.ResponseKind;
import io.docstruct.document.Word;
import io.docstruct.document.fields.CreditCardFields;
import io.docstruct.export.pdf.TestPage.Pose;
import io.docstruct.geometry.Box;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Searchable PDFs read back with poppler ({@code pdftotext}) and PDFBox. */
class SearchablePdfWriterTest {
  /** 72 DPI: one image pixel is one point, so page coordinates equal pixel coordinates. */
  private static final SearchablePdfWriter WRITER = SearchablePdfWriter.builder().imageDpi(72).build();

  static final List<List<String>> KOREAN =
      List.of(
          List.of("대한민국", "서울특별시", "강남구", "테헤란로"),
          List.of("영수증", "합계", "금액은", "모두", "지불되었습니다"),
          List.of("감사합니다"));
  static final List<List<String>> ENGLISH =
      List.of(
          List.of("Invoice", "number", "2024-0117"),
          List.of("Total", "amount", "due", "12,000"),
          List.of("Thank", "you"));
  static final List<List<String>> MIXED =
      List.of(
          List.of("합계", "TOTAL", "12,000원"),
          List.of("VAT", "포함", "(10%)", "카드"),
          List.of("Seoul", "서울", "Korea"));

  @TempDir Path dir;

  static OcrDocument document(Page... pages) {
    return new OcrDocument(ResponseKind.CLOVA_GENERAL_V2, null, null, List.of(pages), List.of());
  }

  private Path write(SearchablePdfWriter writer, TestPage page, String name) throws IOException {
    Path png = page.writePng(dir.resolve(name + ".png"));
    Path pdf = dir.resolve(name + ".pdf");
    writer.write(document(page.page()), PdfSource.images(png), pdf);
    return pdf;
  }

  static Stream<Arguments> poses() {
    List<Arguments> args = new ArrayList<>();
    for (Pose pose : Pose.values()) {
      args.add(Arguments.of(pose, "korean", KOREAN));
      args.add(Arguments.of(pose, "english", ENGLISH));
      args.add(Arguments.of(pose, "mixed", MIXED));
    }
    return args.stream();
  }

  /**
   * Reading order is checked on the content order ({@code -raw}, what viewers copy) and in poppler's
   * layout mode: each line whole, the lines in reading order, skewed and quarter-turned pages included
   * (a turned page is shown upright, see {@link WholeWordsInViewersTest}).
   */
  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("poses")
  void pdftotextGivesEveryWordSeparatedInReadingOrder(
      Pose pose, String language, List<List<String>> lines) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    TestPage page = TestPage.of(lines, pose);
    Path pdf = write(WRITER, page, language + "-" + pose);

    String raw = pdftotext.run("-raw", "-enc", "UTF-8", pdf.toString(), "-");
    String layout = pdftotext.run("-enc", "UTF-8", pdf.toString(), "-");

    assertThat(raw.strip().lines().map(String::strip).toList()).containsExactlyElementsOf(page.lineTexts());
    assertThat(tokens(layout)).containsExactlyElementsOf(page.texts());
  }

  /** PDFBox's text stripper reads the same words. */
  @ParameterizedTest
  @EnumSource(Pose.class)
  void pdfBoxExtractsTheSameWords(Pose pose) throws IOException {
    TestPage page = TestPage.of(MIXED, pose);
    Path pdf = write(WRITER, page, "pdfbox-" + pose);

    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(tokens(new PDFTextStripper().getText(doc))).containsExactlyElementsOf(page.texts());
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void uprightWordBoxesOverlapTheirPolygons(String language, List<List<String>> lines)
      throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    TestPage page = TestPage.of(lines, Pose.UPRIGHT);
    Path pdf = write(WRITER, page, "bbox-" + language);

    List<BoxedWord> boxes = boxes(pdftotext.run("-bbox", "-enc", "UTF-8", pdf.toString(), "-"));

    List<Word> words = page.lines().stream().flatMap(l -> l.words().stream()).toList();
    assertThat(boxes).extracting(BoxedWord::text).containsExactlyElementsOf(page.texts());
    for (int i = 0; i < words.size(); i++) {
      Box polygon = words.get(i).polygon().bounds();
      assertThat(iou(boxes.get(i).box(), polygon))
          .as("IoU of %s: %s vs %s", words.get(i).text(), boxes.get(i).box(), polygon)
          .isGreaterThanOrEqualTo(0.7);
    }
  }

  static Stream<Arguments> languages() {
    return Stream.of(
        Arguments.of("korean", KOREAN), Arguments.of("english", ENGLISH), Arguments.of("mixed", MIXED));
  }

  /**
   * The page shows the source image and nothing else: the same pixels as a page without a text layer,
   * turned as the page's {@code /Rotate} turns it (a page whose text ran down the image is shown upright).
   */
  @ParameterizedTest
  @EnumSource(value = Pose.class, names = {"UPRIGHT", "ROTATED_90", "SKEWED"})
  void renderingShowsTheSourceImageOnly(Pose pose) throws IOException {
    TestPage page = TestPage.of(KOREAN, pose);
    Path pdf = write(WRITER, page, "render-" + pose);
    Page empty = withWords(page.page(), List.of());
    Path imageOnly = dir.resolve("image-only.pdf");
    WRITER.write(document(empty), PdfSource.images(dir.resolve("render-" + pose + ".png")), imageOnly);

    BufferedImage rendered = render(pdf);
    int rotation = WholeWordsInViewersTest.rotation(pdf);
    assertThat(rotation).isEqualTo(pose == Pose.ROTATED_90 ? 270 : 0);
    assertThat(pixelsEqual(render(pdf, false), render(imageOnly, false))).isTrue();
    assertThat(maxDifference(rendered, page.shown(rotation))).isLessThanOrEqualTo(2);
  }

  @Test
  void pdftoppmAlsoShowsNoText() throws IOException {
    ExternalTool pdftoppm = ExternalTool.require("pdftoppm", "poppler-utils");
    TestPage page = TestPage.of(ENGLISH, Pose.UPRIGHT);
    Path pdf = write(WRITER, page, "ppm");
    Path imageOnly = dir.resolve("ppm-image-only.pdf");
    WRITER.write(document(withWords(page.page(), List.of())), PdfSource.images(dir.resolve("ppm.png")),
        imageOnly);

    pdftoppm.run("-r", "72", "-png", "-singlefile", pdf.toString(), dir.resolve("with").toString());
    pdftoppm.run("-r", "72", "-png", "-singlefile", imageOnly.toString(), dir.resolve("without").toString());

    assertThat(pixelsEqual(ImageIO.read(dir.resolve("with.png").toFile()),
        ImageIO.read(dir.resolve("without.png").toFile()))).isTrue();
  }

  @Test
  void redactedRegionsAreBlackAndTheirTextIsGone() throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    TestPage base = TestPage.of(ENGLISH, Pose.UPRIGHT);
    Word number = base.page().words().get(2); // 2024-0117: redacted by the word predicate
    Word total = base.page().words().get(6); // 12,000: under a provider masking polygon
    Field card =
        new Field("12,000", null, null, List.of(), null, List.of(total.polygon()));
    Page page = withFields(base.page(), new CreditCardFields(null, card, null, null));
    Path png = base.writePng(dir.resolve("redact.png"));
    Path pdf = dir.resolve("redact.pdf");
    SearchablePdfWriter writer =
        SearchablePdfWriter.builder()
            .imageDpi(72)
            .redaction(Redaction.personalData().withWords(w -> w.text().equals("2024-0117")))
            .build();

    writer.write(document(page), PdfSource.images(png), pdf);

    String text = pdftotext.run("-raw", "-enc", "UTF-8", pdf.toString(), "-");
    assertThat(tokens(text))
        .containsExactly("Invoice", "number", "Total", "amount", "due", "Thank", "you");
    BufferedImage rendered = render(pdf);
    for (Word w : List.of(number, total)) {
      Box b = w.polygon().bounds();
      for (int y = (int) b.top(); y < (int) b.bottom(); y++) {
        for (int x = (int) b.left(); x < (int) b.right(); x++) {
          assertThat(rendered.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isZero();
        }
      }
    }
    // Outside the regions the page is untouched.
    Box kept = base.page().words().get(0).polygon().bounds();
    assertThat(rendered.getRGB((int) kept.left() + 1, (int) kept.top() + 1) & 0xFFFFFF).isNotZero();
  }

  /**
   * On a page shown turned upright, a redaction box is black where the word is on the page as shown, the
   * word is gone from the text, and the debug overlay outlines every word there.
   */
  @ParameterizedTest
  @EnumSource(value = Pose.class, names = {"ROTATED_90", "ROTATED_180", "ROTATED_270"})
  void redactionAndTheDebugOverlayLandOnTheWordsOfATurnedPage(Pose pose) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    ExternalTool pdftoppm = ExternalTool.require("pdftoppm", "poppler-utils");
    TestPage page = TestPage.of(ENGLISH, pose);
    Word number = page.page().words().get(2);
    Path png = page.writePng(dir.resolve("turned-" + pose + ".png"));
    Path pdf = dir.resolve("turned-" + pose + ".pdf");

    SearchablePdfWriter.builder()
        .imageDpi(72)
        .debugOverlay(true)
        .redaction(Redaction.none().withWords(w -> w.text().equals("2024-0117")))
        .build()
        .write(document(page.page()), PdfSource.images(png), pdf);

    int rotation = WholeWordsInViewersTest.rotation(pdf);
    assertThat(rotation).isEqualTo(Math.floorMod(-pose.degrees, 360));
    assertThat(tokens(pdftotext.run("-raw", "-enc", "UTF-8", pdf.toString(), "-")))
        .containsExactly("Invoice", "number", "Total", "amount", "due", "12,000", "Thank", "you");
    pdftoppm.run("-r", "72", "-png", "-singlefile", pdf.toString(), dir.resolve("turned-" + pose).toString());
    BufferedImage rendered = ImageIO.read(dir.resolve("turned-" + pose + ".png").toFile());
    Box hidden = page.shown(number.polygon().bounds(), rotation);
    for (int y = (int) hidden.top() + 2; y < hidden.bottom() - 2; y++) {
      for (int x = (int) hidden.left() + 2; x < hidden.right() - 2; x++) {
        assertThat(rendered.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d of 2024-0117", x, y).isZero();
      }
    }
    for (Word w : page.page().words()) {
      if (w == number) {
        continue;
      }
      Box shown = page.shown(w.polygon().bounds(), rotation);
      int y = (int) Math.round(shown.top());
      int red = 0;
      int n = 0;
      for (int x = (int) shown.left() + 3; x < shown.right() - 3; x++, n++) {
        boolean isRed = false;
        for (int dy = -1; dy <= 1; dy++) {
          int rgb = rendered.getRGB(x, y + dy);
          isRed |= ((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 90 && (rgb & 0xFF) < 90;
        }
        red += isRed ? 1 : 0;
      }
      assertThat(red).as("red pixels along the top of %s as shown", w.text()).isGreaterThan(n * 9 / 10);
    }
  }

  @Test
  void jpegIsEmbeddedWithoutReencoding() throws IOException {
    TestPage page = TestPage.of(ENGLISH, Pose.UPRIGHT);
    Path jpg = dir.resolve("page.jpg");
    ImageIO.write(page.image(), "jpeg", jpg.toFile());
    Path pdf = dir.resolve("jpeg.pdf");

    WRITER.write(document(page.page()), PdfSource.images(jpg), pdf);

    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDPage p = doc.getPage(0);
      COSName name = p.getResources().getXObjectNames().iterator().next();
      PDImageXObject image = (PDImageXObject) p.getResources().getXObject(name);
      assertThat(image.getCOSObject().getFilters()).isEqualTo(COSName.DCT_DECODE);
      try (InputStream raw = image.getCOSObject().createRawInputStream()) {
        assertThat(raw.readAllBytes()).isEqualTo(Files.readAllBytes(jpg));
      }
      assertThat(tokens(new PDFTextStripper().getText(doc))).containsExactlyElementsOf(page.texts());
    }
  }

  /**
   * PDFBox writes a document token by token: a stream that does not buffer (a file channel's, as {@link
   * io.docstruct.export.AtomicOutput} gives) made a system call of each. The writer hands over blocks.
   */
  @Test
  void outputArrivesInLargeBlocksAndStaysOpen() throws IOException {
    TestPage page = TestPage.of(KOREAN, Pose.UPRIGHT);
    Path jpg = dir.resolve("page.jpg");
    ImageIO.write(page.image(), "jpeg", jpg.toFile());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int[] writes = new int[1];
    boolean[] closed = new boolean[1];
    OutputStream counting =
        new OutputStream() {
          @Override
          public void write(int b) {
            writes[0]++;
            bytes.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            writes[0]++;
            bytes.write(b, off, len);
          }

          @Override
          public void close() {
            closed[0] = true;
          }
        };

    WRITER.write(document(page.page()), PdfSource.images(jpg), counting);

    assertThat((long) bytes.size()).isGreaterThan(Files.size(jpg));
    assertThat(writes[0]).isLessThanOrEqualTo(bytes.size() / (SearchablePdfWriter.OUTPUT_BLOCK / 2) + 1);
    assertThat(closed[0]).isFalse();
    try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
      assertThat(tokens(new PDFTextStripper().getText(doc))).containsExactlyElementsOf(page.texts());
    }
  }

  @Test
  void multiPageTiffGivesOnePagePerImageAndEmbedsTheFontOnce() throws IOException {
    TestPage first = TestPage.of(KOREAN, Pose.UPRIGHT);
    TestPage second = TestPage.of(ENGLISH, Pose.ROTATED_180);
    Path tiff = dir.resolve("pages.tif");
    ImageWriter tiffWriter = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
      tiffWriter.setOutput(out);
      tiffWriter.prepareWriteSequence(null);
      tiffWriter.writeToSequence(new javax.imageio.IIOImage(first.image(), null, null), null);
      tiffWriter.writeToSequence(new javax.imageio.IIOImage(second.image(), null, null), null);
      tiffWriter.endWriteSequence();
    } finally {
      tiffWriter.dispose();
    }
    Path pdf = dir.resolve("tiff.pdf");
    Page secondPage = renumber(second.page(), 1);

    WRITER.write(document(first.page(), secondPage), PdfSource.images(tiff), pdf);

    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(2);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      assertThat(tokens(stripper.getText(doc))).containsExactlyElementsOf(second.texts());
      var font0 = doc.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.FONT);
      var font1 = doc.getPage(1).getResources().getCOSObject().getCOSDictionary(COSName.FONT);
      assertThat(font0.getDictionaryObject("DsGlyphless"))
          .isSameAs(font1.getDictionaryObject("DsGlyphless"));
    }
  }

  @Test
  void fontOverheadPerDocumentIsUnder20Kilobytes() throws IOException {
    TestPage page = TestPage.of(List.of(List.of("x")), Pose.UPRIGHT);
    Path png = page.writePng(dir.resolve("one.png"));
    ByteArrayOutputStream withWord = new ByteArrayOutputStream();
    ByteArrayOutputStream without = new ByteArrayOutputStream();

    WRITER.write(document(page.page()), PdfSource.images(png), withWord);
    WRITER.write(document(withWords(page.page(), List.of())), PdfSource.images(png), without);

    assertThat(withWord.size() - without.size()).isBetween(1, 20 * 1024);
  }

  @Test
  void originalPdfKeepsItsPagesAndGetsTheLayerThroughCropBoxAndRotation() throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    // The provider saw the page as displayed: rotated 90° clockwise, i.e. the upright page image below.
    TestPage page = TestPage.of(MIXED, Pose.UPRIGHT);
    Path source = originalPdf(dir.resolve("original.pdf"), page.image(), "vector text of the original");
    Path pdf = dir.resolve("layered.pdf");

    WRITER.write(document(page.page()), PdfSource.pdf(source), pdf);

    String text = pdftotext.run("-raw", "-enc", "UTF-8", pdf.toString(), "-");
    assertThat(text).contains("vector text of the original");
    assertThat(tokens(text)).containsSubsequence(page.texts());
    List<BoxedWord> boxes =
        boxes(pdftotext.run("-bbox", "-cropbox", "-enc", "UTF-8", pdf.toString(), "-"));
    List<Word> words = page.page().words();
    List<BoxedWord> ours = boxes.stream().filter(b -> page.texts().contains(b.text())).toList();
    assertThat(ours).extracting(BoxedWord::text).containsExactlyElementsOf(page.texts());
    for (int i = 0; i < words.size(); i++) {
      assertThat(iou(ours.get(i).box(), words.get(i).polygon().bounds()))
          .as("IoU of %s: %s vs %s", words.get(i).text(), ours.get(i).box(), words.get(i).polygon())
          .isGreaterThanOrEqualTo(0.7);
    }
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getPage(0).getRotation()).isEqualTo(90);
      BufferedImage rendered = new PDFRenderer(doc).renderImage(0, 1, ImageType.RGB);
      try (PDDocument original = Loader.loadPDF(source.toFile())) {
        BufferedImage before = new PDFRenderer(original).renderImage(0, 1, ImageType.RGB);
        assertThat(pixelsEqual(rendered, before)).isTrue();
      }
    }

    // With a redaction region the page is rasterized: the original's vector text is gone as well.
    Path redacted = dir.resolve("redacted.pdf");
    SearchablePdfWriter.builder()
        .redaction(Redaction.none().withWords(w -> w.text().equals("TOTAL")))
        .build()
        .write(document(page.page()), PdfSource.pdf(source), redacted);
    String after = pdftotext.run("-raw", "-enc", "UTF-8", redacted.toString(), "-");
    assertThat(after).doesNotContain("TOTAL").doesNotContain("vector text");
    assertThat(tokens(after)).contains("합계", "12,000원", "Korea");
    String bytes = new String(Files.readAllBytes(redacted), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(bytes).doesNotContain("/Helvetica");
  }

  /**
   * A one-page PDF whose page, {@code /Rotate 90} and a crop box inside a larger, offset media box, shows
   * {@code shown} (a {@link TestPage#WIDTH} × {@link TestPage#HEIGHT} image) over the whole crop box, and
   * {@code vectorText}, if any, in Helvetica at its bottom left.
   */
  static Path originalPdf(Path file, BufferedImage shown, @Nullable String vectorText) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage p = new PDPage(new PDRectangle(-50, -30, TestPage.HEIGHT + 100, TestPage.WIDTH + 60));
      p.setCropBox(new PDRectangle(0, 0, TestPage.HEIGHT, TestPage.WIDTH));
      p.setRotation(90);
      doc.addPage(p);
      PDImageXObject image = LosslessFactory.createFromImage(doc, shown);
      try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
        // display (u, v) ↔ user (w - v, u) for /Rotate 90 with crop box width w = HEIGHT.
        cs.transform(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, TestPage.HEIGHT, 0));
        cs.drawImage(image, 0, 0, TestPage.WIDTH, TestPage.HEIGHT);
        if (vectorText != null) {
          cs.beginText();
          cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          cs.newLineAtOffset(10, 10);
          cs.showText(vectorText);
          cs.endText();
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /**
   * A scanned PDF whose page has {@code /Rotate 90} and still shows its text upside down (the sheet was fed
   * the wrong way): the page's own rotation and the turn combine, {@code (90 − 180) mod 360 = 270}, and the
   * page is shown upright, its words on their pixels. Rasterized for a redaction, the page's rendering is
   * turned by 180°; with the switch off the page keeps its {@code /Rotate 90}.
   */
  @Test
  void anOriginalPdfPageShowingItsTextUpsideDownIsTurnedWithItsOwnRotation() throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    ExternalTool pdftoppm = ExternalTool.require("pdftoppm", "poppler-utils");
    TestPage page = TestPage.photographed(KOREAN, Pose.ROTATED_180, 2);
    BufferedImage upright = TestPage.photographed(KOREAN, Pose.UPRIGHT, 2).image();
    Path source = originalPdf(dir.resolve("upside-down.pdf"), page.image(), null);
    Path pdf = dir.resolve("upside-down-turned.pdf");

    WRITER.write(document(page.page()), PdfSource.pdf(source), pdf);

    assertThat(WholeWordsInViewersTest.rotation(pdf)).isEqualTo(270);
    assertThat(rawLines(pdftotext, pdf)).containsExactlyElementsOf(page.lineTexts());
    List<BoxedWord> boxes =
        boxes(pdftotext.run("-bbox", "-cropbox", "-enc", "UTF-8", pdf.toString(), "-"));
    assertThat(boxes).extracting(BoxedWord::text).containsExactlyElementsOf(page.texts());
    for (int i = 0; i < boxes.size(); i++) {
      Box polygon = page.shown(page.page().words().get(i).polygon().bounds(), 180);
      assertThat(iou(boxes.get(i).box(), polygon)).as("IoU of %s", boxes.get(i).text()).isGreaterThan(0.7);
    }
    pdftoppm.run(
        "-r", "72", "-cropbox", "-png", "-singlefile", pdf.toString(), dir.resolve("upside-down").toString());
    assertThat(WholeWordsInViewersTest.inkOverlap(ImageIO.read(dir.resolve("upside-down.png").toFile()), upright))
        .isGreaterThan(0.6);

    Path redacted = dir.resolve("upside-down-redacted.pdf");
    SearchablePdfWriter.builder()
        .rasterDpi(72)
        .redaction(Redaction.none().withWords(w -> w.text().equals("금액은")))
        .build()
        .write(document(page.page()), PdfSource.pdf(source), redacted);
    assertThat(WholeWordsInViewersTest.rotation(redacted)).isEqualTo(180);
    assertThat(rawLines(pdftotext, redacted))
        .containsExactlyElementsOf(page.lineTexts().stream().map(l -> l.replace(" 금액은", "")).toList());

    Path kept = dir.resolve("upside-down-kept.pdf");
    SearchablePdfWriter.builder().turnPagesUpright(false).build()
        .write(document(page.page()), PdfSource.pdf(source), kept);
    assertThat(WholeWordsInViewersTest.rotation(kept)).isEqualTo(90);
  }

  private static List<String> rawLines(ExternalTool pdftotext, Path pdf) {
    return pdftotext.run("-raw", "-enc", "UTF-8", pdf.toString(), "-").strip().lines()
        .map(String::strip).toList();
  }

  @Test
  void debugOverlayDrawsPolygonsVisibly() throws IOException {
    TestPage page = TestPage.of(ENGLISH, Pose.SKEWED);
    Path png = page.writePng(dir.resolve("debug.png"));
    Path pdf = dir.resolve("debug.pdf");

    SearchablePdfWriter.builder().imageDpi(72).debugOverlay(true).build()
        .write(document(page.page()), PdfSource.images(png), pdf);

    BufferedImage rendered = render(pdf);
    long red = 0;
    for (int y = 0; y < rendered.getHeight(); y++) {
      for (int x = 0; x < rendered.getWidth(); x++) {
        int rgb = rendered.getRGB(x, y);
        if (((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 150 && (rgb & 0xFF) < 150) {
          red++;
        }
      }
    }
    assertThat(red).isGreaterThan(200);
  }

  @Test
  void writesAtomicallyAndLeavesNothingOnFailure() throws IOException {
    TestPage page = TestPage.of(ENGLISH, Pose.UPRIGHT);
    Path png = page.writePng(dir.resolve("a.png"));
    Path pdf = dir.resolve("out.pdf");
    Files.writeString(pdf, "old");
    Path notAnImage = Files.writeString(dir.resolve("notes.txt"), "not an image");

    assertThatThrownBy(
            () -> WRITER.write(document(page.page()), PdfSource.images(notAnImage), pdf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notes.txt");
    assertThat(Files.readString(pdf)).isEqualTo("old");

    WRITER.write(document(page.page()), PdfSource.images(png), pdf);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a.png", "out.pdf", "notes.txt");
    }
    assertThatThrownBy(
            () -> WRITER.write(document(page.page(), page.page()), PdfSource.images(png), pdf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 pages");
  }

  // ---- helpers ----

  static List<String> tokens(String text) {
    return Arrays.stream(text.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  record BoxedWord(String text, Box box) {}

  private static final Pattern WORD =
      Pattern.compile(
          "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</word>");

  static List<BoxedWord> boxes(String html) {
    List<BoxedWord> words = new ArrayList<>();
    Matcher m = WORD.matcher(html);
    while (m.find()) {
      words.add(
          new BoxedWord(
              m.group(5).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"),
              new Box(
                  Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                  Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)))));
    }
    return words;
  }

  static double iou(Box a, Box b) {
    double w = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
    double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
    if (w <= 0 || h <= 0) {
      return 0;
    }
    double inter = w * h;
    return inter / (a.width() * a.height() + b.width() * b.height() - inter);
  }

  /** The first page as shown, at 72 DPI. */
  static BufferedImage render(Path pdf) throws IOException {
    return render(pdf, true);
  }

  /** The first page at 72 DPI, turned by its {@code /Rotate} or, with {@code asShown} false, as stored. */
  static BufferedImage render(Path pdf, boolean asShown) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      if (!asShown) {
        doc.getPage(0).setRotation(0);
      }
      return new PDFRenderer(doc).renderImageWithDPI(0, 72, ImageType.RGB);
    }
  }

  static boolean pixelsEqual(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return false;
    }
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The largest difference of any colour channel of any pixel. */
  static int maxDifference(BufferedImage a, BufferedImage b) {
    assertThat(a.getWidth()).isEqualTo(b.getWidth());
    assertThat(a.getHeight()).isEqualTo(b.getHeight());
    int max = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift < 24; shift += 8) {
          max = Math.max(max, Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)));
        }
      }
    }
    return max;
  }

  static Page withWords(Page p, List<Word> words) {
    return new Page(p.index(), p.name(), p.status(), p.message(), p.size(), words, p.tables(),
        p.templateFields(), p.fields());
  }

  static Page withFields(Page p, CreditCardFields fields) {
    return new Page(p.index(), p.name(), p.status(), p.message(), p.size(), p.words(), p.tables(),
        p.templateFields(), fields);
  }

  static Page renumber(Page p, int index) {
    return new Page(index, p.name(), p.status(), p.message(), p.size(), p.words(), p.tables(),
        p.templateFields(), p.fields());
  }
}
