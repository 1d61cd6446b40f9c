package io.docstruct.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.OcrDocument;
import io.docstruct.export.pdf.ExternalTool;
import io.docstruct.export.pdf.PdfSource;
import io.docstruct.export.pdf.Redaction;
import io.docstruct.export.pdf.SearchablePdfWriter;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searchable PDFs of Document OCR answers (receipts, ID cards), whose text lives in typed values rather than
 * words: the text layer holds the words derived from the values, read back with {@code pdftotext}.
 */
class DocumentOcrPdfTest {
  /** 72 DPI: one image pixel is one point. */
  private static final SearchablePdfWriter WRITER = SearchablePdfWriter.builder().imageDpi(72).build();

  @TempDir Path dir;

  private static OcrDocument read(String fixture) {
    String resource = "fixtures/clova/document/" + fixture;
    return ResponseReader.create().read(Fixtures.bytes(resource), resource);
  }

  /** A blank white page image, standing in for the photo the answer was made from. */
  private Path blankImage(String name, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.dispose();
    Path png = dir.resolve(name);
    ImageIO.write(image, "png", png.toFile());
    return png;
  }

  private static String withoutSpaces(String text) {
    return text.replaceAll("\\s+", "");
  }

  @Test
  void aRealReceiptAnswerMakesASearchablePdf() throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    OcrDocument receipt = read("receipt-kingmart.json"); // its polygons reach 545 x 817 pixels
    Path pdf = dir.resolve("kingmart.pdf");

    WRITER.write(receipt, PdfSource.images(blankImage("kingmart.png", 600, 900)), pdf);

    String raw = pdftotext.run("-raw", pdf.toString(), "-");
    // The store name's polygon touches its business number's, printed beside it a little lower: poppler
    // reads the two as one line, two words.
    assertThat(raw.lines().map(String::strip).toList())
        .containsSubsequence(
            "(주)킹마트 286-81-01771",
            "경기 고양시 일산서구 중앙로1391",
            "레이크타운 지하1층",
            "공주알밤술 750ml",
            "8809409970097 1,300 2 2,600",
            "웰치소다포도 1.5L",
            "상추 1봉",
            "팔도)비빔면멀티팩 5입",
            "10,540");
    // what a viewer's search finds, spaces aside (poppler's layout mode, see issue #16 point 7)
    assertThat(withoutSpaces(pdftotext.run(pdf.toString(), "-")))
        .contains("(주)킹마트", "공주알밤술750ml", "웰치소다포도1.5L", "상추1봉", "10,540");
  }

  @Test
  void redactionBurnsAPersonalNumberAndLeavesItsDerivedWordOutOfTheTextLayer() throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    OcrDocument idCard = read("id-card.json"); // resident number 910623-1062372 at x 83–260, y 166–186
    Path pdf = dir.resolve("id-card.pdf");

    SearchablePdfWriter.builder()
        .imageDpi(72)
        .redaction(Redaction.personalData())
        .build()
        .write(idCard, PdfSource.images(blankImage("id-card.png", 435, 366)), pdf);

    String text = withoutSpaces(pdftotext.run("-raw", pdf.toString(), "-"));
    assertThat(text).contains("소닉", "서울특별시종로구", "소닉대통령추진회");
    assertThat(text).doesNotContain("910623", "1062372");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72);
      assertThat(page.getRGB(170, 176) & 0xFFFFFF).isZero(); // burnt black
      assertThat(page.getRGB(170, 100) & 0xFFFFFF).isEqualTo(0xFFFFFF); // the rest untouched
    }
  }
}
