package io.docstruct.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.export.pdf.TestPage.Pose;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** {@code pdfA(true)} output checked by veraPDF, the reference PDF/A validator, against PDF/A-2b. */
class PdfAValidationTest {
  @TempDir Path dir;

  @BeforeAll
  static void initialiseVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  static String failures(Path pdf) throws Exception {
    try (InputStream in = Files.newInputStream(pdf);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      if (result.isCompliant()) {
        return "";
      }
      return result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId() + " " + a.getMessage() + " @ " + a.getLocationContext())
          .distinct()
          .collect(Collectors.joining("\n"));
    }
  }

  @Test
  void pngAndJpegPagesWithKoreanTextArePdfA2b() throws Exception {
    TestPage korean = TestPage.of(SearchablePdfWriterTest.KOREAN, Pose.UPRIGHT);
    TestPage mixed = TestPage.of(SearchablePdfWriterTest.MIXED, Pose.SKEWED);
    Path png = korean.writePng(dir.resolve("k.png"));
    Path jpg = dir.resolve("m.jpg");
    ImageIO.write(mixed.image(), "jpeg", jpg.toFile());
    Path pdf = dir.resolve("pdfa.pdf");

    SearchablePdfWriter.builder()
        .pdfA(true)
        .title("영수증 스캔")
        .author("DocStruct tests")
        .debugOverlay(true)
        .build()
        .write(
            SearchablePdfWriterTest.document(
                korean.page(), SearchablePdfWriterTest.renumber(mixed.page(), 1)),
            PdfSource.images(List.of(png, jpg)),
            pdf);

    assertThat(failures(pdf)).isEmpty();
  }

  @Test
  void redactedPageIsPdfA2b() throws Exception {
    TestPage page = TestPage.of(SearchablePdfWriterTest.ENGLISH, Pose.ROTATED_90);
    Path png = page.writePng(dir.resolve("r.png"));
    Path pdf = dir.resolve("redacted.pdf");

    SearchablePdfWriter.builder()
        .pdfA(true)
        .redaction(Redaction.none().withWords(w -> w.text().equals("2024-0117")))
        .build()
        .write(SearchablePdfWriterTest.document(page.page()), PdfSource.images(png), pdf);

    assertThat(failures(pdf)).isEmpty();
  }

  @Test
  void withoutPdfAOptionTheValidatorObjects() throws Exception {
    TestPage page = TestPage.of(SearchablePdfWriterTest.ENGLISH, Pose.UPRIGHT);
    Path png = page.writePng(dir.resolve("plain.png"));
    Path pdf = dir.resolve("plain.pdf");

    SearchablePdfWriter.create()
        .write(SearchablePdfWriterTest.document(page.page()), PdfSource.images(png), pdf);

    assertThat(failures(pdf)).contains("6.6.2.1", "6.2.4.3"); // no XMP metadata, no output intent
  }
}
