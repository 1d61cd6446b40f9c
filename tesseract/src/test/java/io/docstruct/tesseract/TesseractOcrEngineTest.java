package io.docstruct.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.client.ImageSource;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.ResponseKind;
import io.docstruct.document.Word;
import io.docstruct.export.pdf.ExternalTool;
import io.docstruct.geometry.Point;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.Recognition;
import io.docstruct.read.ResponseReader;
import io.docstruct.tesseract.scans.Dataset;
import io.docstruct.tesseract.scans.TruthLine;
import io.docstruct.tesseract.scans.WordScore;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code tesseract} on our own receipts: the answer is CLOVA General V2 that the reader reads
 * unchanged, its polygons sit on the printed lines in the pixels of the page as given (a skewed photo's words
 * come back tilted), a phone photo is read upright by its EXIF orientation, a TIFF gives a page per image,
 * and a PDF's pages are rendered at the stated DPI.
 */
class TesseractOcrEngineTest {
  private static TesseractOcrEngine engine;

  @TempDir Path dir;

  @BeforeAll
  static void engine() {
    TestScans.requireTesseract();
    engine = TesseractOcrEngine.builder().maxProcesses(1).build();
  }

  @AfterAll
  static void close() {
    if (engine != null) {
      engine.close();
    }
  }

  private static List<WordScore.ReadWord> words(Page page) {
    List<WordScore.ReadWord> words = new ArrayList<>();
    for (Word w : page.words()) {
      Point c = w.polygon().centroid();
      words.add(new WordScore.ReadWord(w.text(), c.x(), c.y()));
    }
    return words;
  }

  @Test
  void aKoreanReceiptIsAClovaGeneralAnswerWhoseWordsSitOnTheirLines() throws Exception {
    Dataset.Entry receipt = TestScans.entry("scans", "ko-receipt-01");
    BufferedImage image = ImageIO.read(receipt.image().toFile());

    Recognition r = engine.recognize(ImageSource.of(receipt.image()), OcrModel.GENERAL);

    OcrDocument reread = ResponseReader.create().read(r.answer().body().toByteArray(), "ko-receipt-01.json");
    assertThat(reread).usingRecursiveComparison().isEqualTo(r.document());
    assertThat(reread.kind()).isEqualTo(ResponseKind.CLOVA_GENERAL_V2);
    assertThat(reread.recognizedBy().engine()).isEqualTo("tesseract");
    Page page = reread.pages().get(0);
    assertThat(page.size()).isEqualTo(new PageSize(image.getWidth(), image.getHeight(), PageSize.Source.CONVERTED_IMAGE_INFO));
    assertThat(page.words()).extracting(Word::text).contains("행복마트", "사업자번호", "합계", "37,100");
    assertThat(page.words()).allSatisfy(w -> {
      assertThat(w.confidence()).isBetween(0.0, 1.0);
      assertThat(w.polygon().bounds().left()).isBetween(0.0, (double) image.getWidth());
      assertThat(w.polygon().bounds().bottom()).isBetween(0.0, (double) image.getHeight());
    });
    long lineEnds = page.words().stream().filter(w -> Boolean.TRUE.equals(w.lineBreak())).count();
    assertThat(lineEnds).as("one lineBreak per printed line").isBetween(receipt.lines().size() - 2L,
        receipt.lines().size() + 2L);
    // Every word found lies on the printed line it belongs to (WordScore matches by polygon centre).
    assertThat(WordScore.of(receipt.lines(), words(page)).recall()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void aSkewedPhotosWordsComeBackTiltedInThePagesPixels() {
    Dataset.Entry receipt = TestScans.entry("scans", "ko-receipt-05");
    TruthLine total = receipt.lines().stream().filter(l -> l.text().startsWith("합계")).findFirst().orElseThrow();
    double printedSlope = (total.quad()[3] - total.quad()[1]) / (total.quad()[2] - total.quad()[0]);

    Page page = engine.recognize(ImageSource.of(receipt.image()), OcrModel.GENERAL).document().pages().get(0);

    Word word = page.words().stream().filter(w -> w.text().equals("합계")).findFirst().orElseThrow();
    Point[] v = word.polygon().vertices().toArray(Point[]::new);
    double slope = (v[1].y() - v[0].y()) / (v[1].x() - v[0].x());
    assertThat(Math.abs(printedSlope)).as("the photo is skewed").isGreaterThan(0.02);
    assertThat(slope).as("the word's top edge follows the printed line").isCloseTo(printedSlope, org.assertj.core.data.Offset.offset(0.02));
    assertThat(total.contains(word.polygon().centroid().x(), word.polygon().centroid().y(), 0)).isTrue();
  }

  @Test
  void aPhoneJpegIsReadUprightByItsExifOrientation() throws Exception {
    ExternalTool exiftool = ExternalTool.require("exiftool", "libimage-exiftool-perl");
    Dataset.Entry receipt = TestScans.entry("scans", "en-receipt-01");
    BufferedImage upright = ImageIO.read(receipt.image().toFile());
    // Stored turned a quarter counter-clockwise, as a phone's sensor stores it; Orientation 6 shows it upright.
    AffineTransform ccw = new AffineTransform(0, -1, 1, 0, 0, upright.getWidth());
    BufferedImage stored = new BufferedImage(upright.getHeight(), upright.getWidth(), BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = stored.createGraphics();
    g.drawImage(upright, ccw, null);
    g.dispose();
    Path photo = dir.resolve("photo.jpg");
    ImageIO.write(stored, "jpeg", photo.toFile());
    exiftool.run("-q", "-overwrite_original", "-Orientation=6", "-n", photo.toString());

    Page page = engine.recognize(ImageSource.of(photo), OcrModel.GENERAL).document().pages().get(0);

    assertThat(page.size().width()).isEqualTo(upright.getWidth());
    assertThat(page.size().height()).isEqualTo(upright.getHeight());
    assertThat(WordScore.of(receipt.lines(), words(page)).recall()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void aMultiPageTiffIsOnePagePerImageInOrder() throws Exception {
    BufferedImage first = ImageIO.read(TestScans.entry("scans", "en-receipt-01").image().toFile());
    BufferedImage second = ImageIO.read(TestScans.entry("scans", "ko-receipt-01").image().toFile());
    Path tiff = dir.resolve("two.tif");
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
    ImageWriter writer = writers.next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(tiff))) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      writer.writeToSequence(new IIOImage(first, null, null), null);
      writer.writeToSequence(new IIOImage(second, null, null), null);
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }

    OcrDocument doc = engine.recognize(ImageSource.of(tiff), OcrModel.GENERAL).document();

    assertThat(doc.pages()).extracting(Page::index).containsExactly(0, 1);
    assertThat(doc.pages().get(0).words()).extracting(Word::text).contains("TOTAL");
    assertThat(doc.pages().get(1).words()).extracting(Word::text).contains("합계");
  }

  @Test
  void aPdfPageIsRenderedAtTheStatedDpi() throws Exception {
    Path jpeg = TestScans.entry("scans", "ko-receipt-01").image();
    BufferedImage image = ImageIO.read(jpeg.toFile());
    Path pdf = dir.resolve("receipt.pdf");
    // The receipt printed at 150 dpi: 700 px are 336 pt.
    float width = image.getWidth() * 72f / 150;
    float height = image.getHeight() * 72f / 150;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(width, height));
      doc.addPage(page);
      PDImageXObject x = JPEGFactory.createFromByteArray(doc, Files.readAllBytes(jpeg));
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(x, 0, 0, width, height);
      }
      doc.save(pdf.toFile());
    }

    try (TesseractOcrEngine at200 = TesseractOcrEngine.builder().pdfDpi(200).maxProcesses(1).build()) {
      Page page = at200.recognize(ImageSource.of(pdf), OcrModel.GENERAL).document().pages().get(0);

      assertThat(page.size().width()).isCloseTo(width / 72 * 200, org.assertj.core.data.Offset.offset(1.0));
      assertThat(page.size().height()).isCloseTo(height / 72 * 200, org.assertj.core.data.Offset.offset(1.0));
      assertThat(page.words()).extracting(Word::text).contains("합계", "37,100");
    }
  }
}
