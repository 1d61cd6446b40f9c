package io.docstruct.export.pdf;

import static io.docstruct.export.pdf.SearchablePdfWriterTest.boxes;
import static io.docstruct.export.pdf.SearchablePdfWriterTest.document;
import static io.docstruct.export.pdf.SearchablePdfWriterTest.iou;
import static io.docstruct.export.pdf.SearchablePdfWriterTest.tokens;
import static io.docstruct.export.pdf.SearchablePdfWriterTest.withWords;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.Word;
import io.docstruct.export.pdf.SearchablePdfWriterTest.BoxedWord;
import io.docstruct.export.pdf.TestPage.Pose;
import io.docstruct.geometry.Quad;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What poppler ({@code pdftotext}: the text that Evince, Okular and other poppler viewers search and copy)
 * reads from the text layer of pages built like real ones: Korean sentences and a receipt, upright,
 * photographed at ±4°, turned by quarter turns and both, every polygon a few pixels off as real polygons
 * are. A turned page is shown upright by its {@code /Rotate} (what {@code pdftoppm} renders is checked
 * too), unless the writer is told to keep it as its source shows it.
 */
class WholeWordsInViewersTest {
  private static final SearchablePdfWriter WRITER = SearchablePdfWriter.builder().imageDpi(72).build();

  /** The writer with its switch off: every page kept as its source shows it, as before pages were turned. */
  private static final SearchablePdfWriter KEEPING =
      SearchablePdfWriter.builder().imageDpi(72).turnPagesUpright(false).build();

  /** Sentences with particles (창문을, 공기를): the syllable after a stem is where a split shows. */
  static final List<List<String>> SENTENCES =
      List.of(
          List.of("아침에", "창문을", "열고", "맑은", "공기를", "마셨다"),
          List.of("오늘은", "서울에서", "부산까지", "기차를", "타고", "갔습니다"),
          List.of("영수증을", "확인하고", "합계", "금액을", "적었습니다"));

  /** A receipt: store, address, items with amounts set apart, total. */
  static final List<List<String>> RECEIPT =
      List.of(
          List.of("스타벅스", "강남역점"),
          List.of("서울특별시", "강남구", "테헤란로", "101"),
          List.of("아이스", "아메리카노", "  ", "2", "9,000"),
          List.of("카페라떼", "  ", "1", "5,000"),
          List.of("합계", "금액", "  ", "14,000원"));

  /** Polygon vertices up to this many pixels off, as CLOVA's are on a photograph. */
  private static final double JITTER = 2;

  @TempDir Path dir;

  private Path write(TestPage page, String name) throws IOException {
    return write(WRITER, page, name);
  }

  private Path write(SearchablePdfWriter writer, TestPage page, String name) throws IOException {
    Path png = page.writePng(dir.resolve(name + ".png"));
    Path pdf = dir.resolve(name + ".pdf");
    writer.write(document(page.page()), PdfSource.images(png), pdf);
    return pdf;
  }

  /** The {@code /Rotate} of the document's first page. */
  static int rotation(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getPage(0).getRotation();
    }
  }

  /** The {@code /Rotate} that shows a page of {@code pose} upright: its quarter turn undone. */
  static int upright(Pose pose) {
    return Math.floorMod(-pose.degrees, 360);
  }

  static Stream<Arguments> pagesInEveryPose() {
    List<Arguments> args = new ArrayList<>();
    for (Pose pose : Pose.values()) {
      args.add(Arguments.of(pose, "sentences", SENTENCES));
      args.add(Arguments.of(pose, "receipt", RECEIPT));
    }
    return args.stream();
  }

  /** Search and copy in a poppler viewer see each word as one word, whatever the page's pose. */
  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("pagesInEveryPose")
  void everyWordIsFoundWhole(Pose pose, String sample, List<List<String>> lines) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    TestPage page = TestPage.photographed(lines, pose, JITTER);
    Path pdf = write(page, sample + "-" + pose);

    String plain = pdftotext.run("-enc", "UTF-8", pdf.toString(), "-");
    List<BoxedWord> boxes = boxes(pdftotext.run("-bbox", "-enc", "UTF-8", pdf.toString(), "-"));

    assertThat(tokens(plain)).containsExactlyInAnyOrderElementsOf(page.texts());
    assertThat(boxes).extracting(BoxedWord::text).containsExactlyInAnyOrderElementsOf(page.texts());
  }

  /**
   * Each line comes out whole, and the lines in reading order, in poppler's layout mode on upright,
   * quarter-turned and skewed pages. (Before pages were turned upright, poppler listed the lines of text
   * turned by 270° last to first.)
   */
  @ParameterizedTest
  @EnumSource(Pose.class)
  void plainTextGivesEachLineWholeInReadingOrder(Pose pose) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    TestPage page = TestPage.photographed(SENTENCES, pose, JITTER);
    Path pdf = write(page, "lines-" + pose);

    String plain = pdftotext.run("-enc", "UTF-8", pdf.toString(), "-");

    assertThat(plain.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
        .containsExactlyElementsOf(page.lineTexts());
  }

  /**
   * {@code -raw} follows the content stream: one line per text line, in reading order, on upright,
   * skewed and quarter-turned pages (skewed on top included), the receipt's label and amount on one line.
   * Poppler's raw mode joins a word to a line only if it starts right of the last one on the page as
   * shown; a turned page is shown upright, so its lines run left to right.
   */
  @ParameterizedTest
  @EnumSource(Pose.class)
  void rawTextGivesTheLinesInReadingOrder(Pose pose) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    for (List<List<String>> lines : List.of(SENTENCES, RECEIPT)) {
      TestPage page = TestPage.photographed(lines, pose, JITTER);
      Path pdf = write(page, "raw-" + pose + "-" + lines.size());

      String raw = pdftotext.run("-raw", "-enc", "UTF-8", pdf.toString(), "-");

      assertThat(raw.strip().lines().map(String::strip).toList())
          .containsExactlyElementsOf(page.lineTexts());
    }
  }

  /**
   * A page whose text runs down, up or upside down is shown upright: its {@code /Rotate} undoes the turn,
   * and {@code pdftoppm} renders the page as the upright photograph (the same page drawn without the
   * turn), not as the image was stored.
   */
  @ParameterizedTest
  @EnumSource(
      value = Pose.class,
      names = {"ROTATED_90", "ROTATED_180", "ROTATED_270", "ROTATED_90_SKEWED", "ROTATED_180_SKEWED",
          "ROTATED_270_SKEWED_BACK"})
  void aTurnedPageIsShownUpright(Pose pose) throws IOException {
    ExternalTool pdftoppm = ExternalTool.require("pdftoppm", "poppler-utils");
    TestPage page = TestPage.photographed(RECEIPT, pose, JITTER);
    BufferedImage upright = TestPage.photographed(RECEIPT, pose.unturned(), JITTER).image();
    Path pdf = write(page, "shown-" + pose);

    BufferedImage rendered = rendered(pdftoppm, pdf, "shown-" + pose);

    assertThat(rotation(pdf)).isEqualTo(upright(pose));
    assertThat(rendered.getWidth()).isEqualTo(upright.getWidth());
    assertThat(rendered.getHeight()).isEqualTo(upright.getHeight());
    // Glyphs drawn under a quarter turn are anti-aliased a little differently: 0.69–0.86 here, 0 upside down.
    assertThat(inkOverlap(rendered, upright)).as("ink shared with the upright page").isGreaterThan(0.6);
    BufferedImage upsideDown = TestPage.photographed(RECEIPT, pose.unturned(), JITTER).shown(180);
    assertThat(inkOverlap(rendered, upsideDown)).as("ink shared with the page upside down").isLessThan(0.1);
  }

  /** Pages whose text already runs left to right keep their rotation: upright and photographed at ±4°. */
  @ParameterizedTest
  @EnumSource(value = Pose.class, names = {"UPRIGHT", "SKEWED", "SKEWED_BACK"})
  void anUprightPageIsNotTurned(Pose pose) throws IOException {
    TestPage page = TestPage.photographed(RECEIPT, pose, JITTER);
    Path pdf = write(page, "kept-" + pose);

    assertThat(rotation(pdf)).isZero();
    assertThat(SearchablePdfWriterTest.render(pdf)).satisfies(
        r -> assertThat(SearchablePdfWriterTest.maxDifference(r, page.image())).isLessThanOrEqualTo(2));
  }

  /**
   * A page whose turn the layout cannot be sure of is kept as its source shows it: two words (too few to
   * tell), or a turned page whose provider sends axis-aligned boxes without line breaks in an order that
   * says nothing of the direction (NHN Cloud's boxes, a provider's shuffled field order).
   */
  @Test
  void aPageWhoseTurnIsInDoubtIsKeptAsShown() throws IOException {
    TestPage twoWords = TestPage.photographed(List.of(List.of("합계", "금액")), Pose.ROTATED_90, JITTER);
    assertThat(rotation(write(twoWords, "doubt-two-words"))).isZero();

    TestPage turned = TestPage.photographed(SENTENCES, Pose.ROTATED_90, JITTER);
    List<Word> shuffled = new ArrayList<>(boxOrdered(turned.page().words(), false));
    java.util.Collections.shuffle(shuffled, new java.util.Random(7));
    Page doubtful = withWords(turned.page(), shuffled);
    Path png = turned.writePng(dir.resolve("doubt-shuffled.png"));
    Path pdf = dir.resolve("doubt-shuffled.pdf");

    WRITER.write(document(doubtful), PdfSource.images(png), pdf);

    assertThat(TextLayerPage.of(doubtful).textRotation()).isZero();
    assertThat(rotation(pdf)).isZero();
  }

  /**
   * With {@code turnPagesUpright(false)} a page is kept as its source shows it, as before pages were
   * turned: no {@code /Rotate}, every word whole and in reading order. (Poppler 22 then puts each word of
   * text that does not run left to right on a line of its own in {@code -raw}: its raw mode joins words
   * only when the next one starts right of the last on the page's x axis.)
   */
  @ParameterizedTest
  @EnumSource(value = Pose.class, names = {"ROTATED_90", "ROTATED_180", "ROTATED_270"})
  void withTheSwitchOffATurnedPageIsKeptAsShown(Pose pose) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    TestPage page = TestPage.photographed(SENTENCES, pose, JITTER);
    Path pdf = write(KEEPING, page, "keep-" + pose);

    String raw = pdftotext.run("-raw", "-enc", "UTF-8", pdf.toString(), "-");
    String plain = pdftotext.run("-enc", "UTF-8", pdf.toString(), "-");

    assertThat(rotation(pdf)).isZero();
    assertThat(SearchablePdfWriterTest.maxDifference(SearchablePdfWriterTest.render(pdf), page.image()))
        .isLessThanOrEqualTo(2);
    assertThat(tokens(raw)).containsExactlyElementsOf(page.texts());
    assertThat(tokens(plain)).containsExactlyInAnyOrderElementsOf(page.texts());
  }

  /**
   * The words of one line stand on one baseline, whatever each polygon's own few pixels of noise: poppler
   * (and other viewers) join words into a line by their baselines. Read back as poppler's word boxes: the
   * edge across the text of every word of a line is at the same place, on turned pages shown upright and
   * on pages kept as their source shows them.
   */
  @ParameterizedTest
  @EnumSource(value = Pose.class, names = {"UPRIGHT", "ROTATED_90", "ROTATED_180", "ROTATED_270"})
  void wordsOfALineShareOneBaseline(Pose pose) throws IOException {
    for (SearchablePdfWriter writer : List.of(WRITER, KEEPING)) {
      assertWordsOfALineShareOneBaseline(writer, pose);
    }
  }

  private void assertWordsOfALineShareOneBaseline(SearchablePdfWriter writer, Pose pose)
      throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    TestPage page = TestPage.photographed(SENTENCES, pose, JITTER);
    Path pdf = write(writer, page, "baseline-" + pose);

    List<BoxedWord> boxes = boxes(pdftotext.run("-bbox", "-enc", "UTF-8", pdf.toString(), "-"));

    // The text runs along the page as shown: sideways only on a quarter-turned page kept as it was.
    boolean sideways = (pose.degrees + rotation(pdf)) % 180 == 90;
    for (TextLayerLine line : page.lines()) {
      List<Double> edges =
          line.words().stream()
              .map(w -> boxes.stream().filter(b -> b.text().equals(w.text())).findFirst().orElseThrow())
              .map(b -> sideways ? b.box().left() : b.box().top())
              .toList();
      assertThat(edges).as("line %s", line.words()).allSatisfy(
          e -> assertThat(e).isCloseTo(edges.get(0), org.assertj.core.data.Offset.offset(0.01)));
    }
  }

  /**
   * Providers that send axis-aligned boxes (NHN Cloud, CLOVA V1's {@code bounding}) give a word on a
   * quarter-turned page vertices in box order, so its first edge runs across the text. The layout's line
   * says which way the text runs; every word then comes out whole, on its box.
   */
  @ParameterizedTest
  @EnumSource(value = Pose.class, names = {"ROTATED_90", "ROTATED_270"})
  void boxOrderedPolygonsOnATurnedPageAreReadAlongTheText(Pose pose) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    TestPage turned = TestPage.photographed(SENTENCES, pose, JITTER);
    List<Word> boxed = boxOrdered(turned.page().words(), true);
    Path png = turned.writePng(dir.resolve("boxed-" + pose + ".png"));
    for (SearchablePdfWriter writer : List.of(WRITER, KEEPING)) {
      Path pdf = dir.resolve("boxed-" + pose + "-" + (writer == WRITER) + ".pdf");

      writer.write(document(withWords(turned.page(), boxed)), PdfSource.images(png), pdf);

      String plain = pdftotext.run("-enc", "UTF-8", pdf.toString(), "-");
      List<String> lines = plain.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      int rotation = rotation(pdf);
      assertThat(rotation).isEqualTo(writer == WRITER ? upright(pose) : 0);
      if (writer == WRITER) {
        assertThat(lines).containsExactlyElementsOf(turned.lineTexts());
      } else {
        assertThat(lines).containsExactlyInAnyOrderElementsOf(turned.lineTexts());
      }
      List<BoxedWord> boxes = boxes(pdftotext.run("-bbox", "-enc", "UTF-8", pdf.toString(), "-"));
      for (Word w : boxed) {
        BoxedWord found = boxes.stream().filter(b -> b.text().equals(w.text())).findFirst().orElseThrow();
        assertThat(iou(found.box(), turned.shown(w.polygon().bounds(), rotation)))
            .as("IoU of %s", w.text())
            .isGreaterThan(0.7);
      }
    }
  }

  /**
   * {@code words} with axis-aligned boxes listing their corners from the image's top-left, as NHN Cloud
   * and CLOVA V1's {@code bounding} send them; with {@code lineBreaks} false, without line-break hints.
   */
  private static List<Word> boxOrdered(List<Word> words, boolean lineBreaks) {
    return words.stream()
        .map(w -> new Word(w.text(), w.confidence(), Quad.of(w.polygon().bounds()),
            lineBreaks ? w.lineBreak() : Boolean.FALSE, w.kind(), w.checked()))
        .toList();
  }

  /**
   * The layout gives a table row as one line holding every word of its cells, a cell's second text line
   * included (아메리카노 over (ICE)): a word that sits a line below the row's baseline stays on its polygon.
   */
  @ParameterizedTest
  @EnumSource(value = Pose.class, names = {"UPRIGHT", "ROTATED_90", "SKEWED"})
  void aCellsSecondLineInARowStaysOnItsPolygon(Pose pose) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    TestPage cells =
        TestPage.photographed(
            List.of(List.of("1", "아메리카노", "4,500", "2", "9,000"), List.of("  ", "(ICE)")), pose, JITTER);
    TextLayerLine row = new TextLayerLine(cells.page().words());
    SearchablePdfWriter writer =
        SearchablePdfWriter.builder()
            .imageDpi(72)
            .textLayer(p -> new TextLayerPage(p.index(), p.size(), List.of(row)))
            .build();
    Path png = cells.writePng(dir.resolve("row-" + pose + ".png"));
    Path pdf = dir.resolve("row-" + pose + ".pdf");

    writer.write(document(cells.page()), PdfSource.images(png), pdf);

    List<BoxedWord> boxes = boxes(pdftotext.run("-bbox", "-enc", "UTF-8", pdf.toString(), "-"));
    for (Word w : cells.page().words()) {
      BoxedWord found = boxes.stream().filter(b -> b.text().equals(w.text())).findFirst().orElseThrow();
      assertThat(iou(found.box(), w.polygon().bounds()))
          .as("IoU of %s: %s vs %s", w.text(), found.box(), w.polygon().bounds())
          .isGreaterThan(0.5);
    }
  }

  /**
   * A receipt's total is often printed larger than its label, on the same baseline: the larger word keeps
   * its own height, so that its box in a viewer covers it; a dash's tight box takes the line's height.
   */
  @Test
  void aTotalInLargerPrintKeepsItsHeight() throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    List<Word> words =
        List.of(
            word("합계", 40, 100, 60, 30), word("금액", 110, 100, 60, 30), word("-", 185, 118, 12, 6),
            word("14,000원", 215, 70, 220, 60));
    Page page =
        new Page(0, "total.png", Page.PageStatus.SUCCESS, null,
            new PageSize(500, 200, PageSize.Source.CONVERTED_IMAGE_INFO), words, List.of(), List.of(), null);
    Path png = dir.resolve("total.png");
    ImageIO.write(new BufferedImage(500, 200, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
    Path pdf = dir.resolve("total.pdf");

    WRITER.write(document(page), PdfSource.images(png), pdf);

    List<BoxedWord> boxes = boxes(pdftotext.run("-bbox", "-enc", "UTF-8", pdf.toString(), "-"));
    assertThat(boxes).extracting(BoxedWord::text).containsExactly("합계", "금액", "-", "14,000원");
    for (int i : new int[] {0, 1, 3}) {
      assertThat(iou(boxes.get(i).box(), words.get(i).polygon().bounds()))
          .as("IoU of %s: %s", words.get(i).text(), boxes.get(i).box())
          .isGreaterThanOrEqualTo(0.8);
    }
    assertThat(boxes.get(2).box().height()).isCloseTo(30, org.assertj.core.data.Offset.offset(0.01));
    assertThat(pdftotext.run("-raw", "-enc", "UTF-8", pdf.toString(), "-").strip())
        .isEqualTo("합계 금액 - 14,000원");
  }

  /**
   * Polygons of neighbouring fields often touch: on a real CLOVA receipt the store name's bottom-right
   * corner is the business number's top-left ({@code (주)킹마트} at 129–234 × 139–190, {@code 286-81-01771}
   * at 233–354 × 183–208), and boxes may overlap by a few pixels. Poppler's {@code -raw} writes a space
   * only where the glyphs are more than 0.15 em apart, so touching words still come out as two words,
   * each on its polygon.
   */
  @ParameterizedTest(name = "overlap {0} px")
  @org.junit.jupiter.params.provider.ValueSource(ints = {0, 4})
  void wordsWhosePolygonsTouchStayTwoWords(int overlap) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    List<Word> words =
        List.of(
            new Word("(주)킹마트", 0.99,
                new Quad(new io.docstruct.geometry.Point(129, 146), new io.docstruct.geometry.Point(231, 139),
                    new io.docstruct.geometry.Point(234, 183), new io.docstruct.geometry.Point(132, 190)),
                false, io.docstruct.document.WordKind.TEXT, null),
            word("286-81-01771", 234 - overlap, 183, 120, 23),
            word("고양시", 30, 260, 70, 30), word("일산서구", 100 - overlap, 260, 90, 30),
            word("중앙로1391", 190 - overlap, 260, 110, 30));
    Page page =
        new Page(0, "touching.png", Page.PageStatus.SUCCESS, null,
            new PageSize(545, 400, PageSize.Source.CONVERTED_IMAGE_INFO), words, List.of(), List.of(), null);
    Path png = dir.resolve("touching.png");
    ImageIO.write(new BufferedImage(545, 400, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
    Path pdf = dir.resolve("touching-" + overlap + ".pdf");

    WRITER.write(document(page), PdfSource.images(png), pdf);

    assertThat(pdftotext.run("-raw", "-enc", "UTF-8", pdf.toString(), "-").strip().lines().toList())
        .containsExactly("(주)킹마트 286-81-01771", "고양시 일산서구 중앙로1391");
    List<BoxedWord> boxes = boxes(pdftotext.run("-bbox", "-enc", "UTF-8", pdf.toString(), "-"));
    assertThat(boxes).extracting(BoxedWord::text)
        .containsExactly("(주)킹마트", "286-81-01771", "고양시", "일산서구", "중앙로1391");
    for (int i = 2; i < words.size(); i++) {
      assertThat(iou(boxes.get(i).box(), words.get(i).polygon().bounds()))
          .as("IoU of %s: %s", words.get(i).text(), boxes.get(i).box())
          .isGreaterThan(0.7);
    }
  }

  /** A word with an upright box at ({@code x}, {@code y}) of {@code w} × {@code h} pixels. */
  private static Word word(String text, double x, double y, double w, double h) {
    return new Word(text, 0.99, Quad.of(new io.docstruct.geometry.Box(x, y, x + w, y + h)), false,
        io.docstruct.document.WordKind.TEXT, null);
  }

  /** The first page of {@code pdf} as {@code pdftoppm} renders it at 72 DPI. */
  private BufferedImage rendered(ExternalTool pdftoppm, Path pdf, String name) throws IOException {
    pdftoppm.run("-r", "72", "-png", "-singlefile", pdf.toString(), dir.resolve(name).toString());
    return ImageIO.read(dir.resolve(name + ".png").toFile());
  }

  /**
   * How much ink (pixels darker than mid-grey) two images of one size share: the pixels dark in both over
   * those dark in either, 1 for the same text in the same place.
   */
  static double inkOverlap(BufferedImage a, BufferedImage b) {
    assertThat(a.getWidth()).isEqualTo(b.getWidth());
    assertThat(a.getHeight()).isEqualTo(b.getHeight());
    long both = 0;
    long either = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        boolean p = dark(a.getRGB(x, y));
        boolean q = dark(b.getRGB(x, y));
        both += p && q ? 1 : 0;
        either += p || q ? 1 : 0;
      }
    }
    assertThat(either).as("ink on the pages").isPositive();
    return (double) both / either;
  }

  private static boolean dark(int rgb) {
    return ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 128;
  }
}
