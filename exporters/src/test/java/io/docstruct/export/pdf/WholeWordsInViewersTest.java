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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What poppler ({@code pdftotext}: the text that Evince, Okular and other poppler viewers search and copy)
 * reads from the text layer of pages built like real ones: Korean sentences and a receipt, upright,
 * photographed at ±4° and turned by quarter turns, every polygon a few pixels off as real polygons are.
 */
class WholeWordsInViewersTest {
  private static final SearchablePdfWriter WRITER = SearchablePdfWriter.builder().imageDpi(72).build();

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
    Path png = page.writePng(dir.resolve(name + ".png"));
    Path pdf = dir.resolve(name + ".pdf");
    WRITER.write(document(page.page()), PdfSource.images(png), pdf);
    return pdf;
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
   * Each line comes out whole in poppler's reading-order mode on upright, quarter-turned and skewed pages
   * (the order of the lines of text turned by 270° is poppler's own: it lists them last to first).
   */
  @ParameterizedTest
  @EnumSource(Pose.class)
  void plainTextGivesEachLineWhole(Pose pose) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    TestPage page = TestPage.photographed(SENTENCES, pose, JITTER);
    Path pdf = write(page, "lines-" + pose);

    String plain = pdftotext.run("-enc", "UTF-8", pdf.toString(), "-");

    assertThat(plain.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
        .containsExactlyInAnyOrderElementsOf(page.lineTexts());
  }

  /**
   * {@code -raw} follows the content stream: one line per text line, in reading order, on upright and
   * skewed pages, the receipt's label and amount on one line.
   */
  @ParameterizedTest
  @EnumSource(value = Pose.class, names = {"UPRIGHT", "SKEWED", "SKEWED_BACK"})
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
   * On a quarter-turned page {@code -raw} gives every word whole and in reading order. (Poppler 22 still
   * puts each word of text that does not run left to right on a line of its own: its raw mode joins words
   * only when the next one starts right of the last on the page's x axis.)
   */
  @ParameterizedTest
  @EnumSource(value = Pose.class, names = {"ROTATED_90", "ROTATED_180", "ROTATED_270"})
  void rawTextGivesQuarterTurnedWordsInReadingOrder(Pose pose) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    TestPage page = TestPage.photographed(SENTENCES, pose, JITTER);
    Path pdf = write(page, "raw-" + pose);

    String raw = pdftotext.run("-raw", "-enc", "UTF-8", pdf.toString(), "-");

    assertThat(tokens(raw)).containsExactlyElementsOf(page.texts());
  }

  /**
   * The words of one line stand on one baseline, whatever each polygon's own few pixels of noise: poppler
   * (and other viewers) join words into a line by their baselines. Read back as poppler's word boxes: the
   * edge across the text of every word of a line is at the same place.
   */
  @ParameterizedTest
  @EnumSource(value = Pose.class, names = {"UPRIGHT", "ROTATED_90", "ROTATED_180", "ROTATED_270"})
  void wordsOfALineShareOneBaseline(Pose pose) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    TestPage page = TestPage.photographed(SENTENCES, pose, JITTER);
    Path pdf = write(page, "baseline-" + pose);

    List<BoxedWord> boxes = boxes(pdftotext.run("-bbox", "-enc", "UTF-8", pdf.toString(), "-"));

    boolean sideways = pose == Pose.ROTATED_90 || pose == Pose.ROTATED_270;
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
    List<Word> boxed =
        turned.page().words().stream()
            .map(w -> new Word(w.text(), w.confidence(), Quad.of(w.polygon().bounds()), w.lineBreak(),
                w.kind(), w.checked()))
            .toList();
    Path png = turned.writePng(dir.resolve("boxed-" + pose + ".png"));
    Path pdf = dir.resolve("boxed-" + pose + ".pdf");

    WRITER.write(document(withWords(turned.page(), boxed)), PdfSource.images(png), pdf);

    String plain = pdftotext.run("-enc", "UTF-8", pdf.toString(), "-");
    assertThat(plain.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
        .containsExactlyInAnyOrderElementsOf(turned.lineTexts());
    List<BoxedWord> boxes = boxes(pdftotext.run("-bbox", "-enc", "UTF-8", pdf.toString(), "-"));
    for (Word w : boxed) {
      BoxedWord found = boxes.stream().filter(b -> b.text().equals(w.text())).findFirst().orElseThrow();
      assertThat(iou(found.box(), w.polygon().bounds())).as("IoU of %s", w.text()).isGreaterThan(0.7);
    }
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

  /** A word with an upright box at ({@code x}, {@code y}) of {@code w} × {@code h} pixels. */
  private static Word word(String text, double x, double y, double w, double h) {
    return new Word(text, 0.99, Quad.of(new io.docstruct.geometry.Box(x, y, x + w, y + h)), false,
        io.docstruct.document.WordKind.TEXT, null);
  }
}
