package io.docstruct.tesseract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrRequestException;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.RecognizedBy;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import io.docstruct.ocr.Recognition;
import io.docstruct.read.ResponseReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the engine does around the {@code tesseract} process, with a stand-in script: the answer's shape,
 * the bounded pool, the per-page timeout, and the typed errors of a missing command or language pack. The
 * real command's reading is {@link TesseractOcrEngineTest}'s.
 */
class TesseractProcessTest {
  @TempDir Path dir;

  private byte[] png() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  private TesseractOcrEngine engine(double secondsPerPage, int processes, Duration timeout) throws Exception {
    return TesseractOcrEngine.builder()
        .command(FakeTesseract.write(dir, secondsPerPage).toString())
        .preparation(ImagePreparation.none())
        .maxProcesses(processes)
        .pageTimeout(timeout)
        .build();
  }

  @Test
  void theAnswerIsClovaGeneralV2ThatTheReaderReadsUnchangedMarkedWithTheEngine() throws Exception {
    try (TesseractOcrEngine engine = engine(0, 1, Duration.ofSeconds(30))) {
      Recognition r = engine.recognize(ImageSource.ofBytes(png(), "total"), OcrModel.GENERAL);

      String json = r.answer().body().utf8();
      assertThat(json).contains("\"version\":\"V2\"", "\"docstructEngine\":{\"engine\":\"tesseract\"");
      OcrDocument reread = ResponseReader.create().read(r.answer().body().toByteArray(), "total.json");
      assertThat(reread).usingRecursiveComparison().isEqualTo(r.document());
      assertThat(reread.recognizedBy()).isEqualTo(new RecognizedBy("tesseract", "5.3.0", List.of("kor", "eng")));
      Page page = reread.pages().get(0);
      assertThat(page.size().width()).isEqualTo(200);
      assertThat(page.size().height()).isEqualTo(100);
      assertThat(page.words()).extracting(w -> w.text()).containsExactly("합계", "12,000");
      assertThat(page.words()).extracting(w -> w.lineBreak()).containsExactly(false, true);
      assertThat(page.words()).extracting(w -> w.confidence()).containsExactly(0.8825, 0.95);
      assertThat(page.words().get(0).polygon().bounds().left()).isEqualTo(10);
      assertThat(page.words().get(0).polygon().bounds().right()).isEqualTo(52);
    }
  }

  @Test
  void noMoreProcessesRunAtOnceThanTheEngineAllows() throws Exception {
    try (TesseractOcrEngine engine = engine(0.3, 1, Duration.ofSeconds(30))) {
      byte[] image = png();
      ExecutorService callers = Executors.newFixedThreadPool(3);
      try {
        List<Future<Recognition>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          calls.add(callers.submit(() -> engine.recognize(ImageSource.ofBytes(image, "p"), OcrModel.GENERAL)));
        }
        for (Future<Recognition> call : calls) {
          assertThat(call.get().failedPages()).isEmpty();
        }
      } finally {
        callers.shutdownNow();
      }
    }
    assertThat(dir.resolve("overlap")).as("two tesseract processes ran at once").doesNotExist();
  }

  @Test
  void aPageThatTakesTooLongIsStoppedAndReportedAsAFailurePage() throws Exception {
    try (TesseractOcrEngine engine = engine(20, 1, Duration.ofMillis(500))) {
      Recognition r = engine.recognize(ImageSource.ofBytes(png(), "slow"), OcrModel.GENERAL);

      assertThat(r.failedPages()).singleElement()
          .satisfies(p -> assertThat(p.describe()).contains("FAILURE", "did not finish within 500 ms"));
      assertThat(r.document().pages().get(0).size().width()).isEqualTo(200);
      // Stopped, not waited for: the script never reached its end (it would have left "finished").
      assertThat(dir.resolve("finished")).doesNotExist();
      assertThat(dir.resolve("running")).exists();
    }
  }

  @Test
  void aMissingCommandIsATypedErrorThatSaysHowToInstallIt() {
    assertThatThrownBy(() -> TesseractOcrEngine.builder().command(dir.resolve("no-such-tesseract").toString()).build())
        .isInstanceOf(TesseractUnavailableException.class)
        .hasMessageContaining("no-such-tesseract")
        .hasMessageContaining("sudo apt-get install tesseract-ocr tesseract-ocr-kor tesseract-ocr-eng");
  }

  @Test
  void aMissingLanguagePackIsNamedWithItsPackageAndThePacksThereAre() throws Exception {
    Path fake = FakeTesseract.write(dir, 0);

    assertThatThrownBy(() -> TesseractOcrEngine.builder().command(fake.toString()).languages("kor", "jpn").build())
        .isInstanceOf(TesseractUnavailableException.class)
        .hasMessageContaining("no language pack jpn (it has eng, kor, osd)")
        .hasMessageContaining("sudo apt-get install tesseract-ocr-jpn")
        .hasMessageContaining("--list-langs");
  }

  @Test
  void aCommandThatIsNotTesseractIsRefused() throws Exception {
    Path script = dir.resolve("not-tesseract");
    Files.writeString(script, "#!/bin/sh\necho 'hello'\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThatThrownBy(() -> TesseractOcrEngine.builder().command(script.toString()).build())
        .isInstanceOf(TesseractUnavailableException.class)
        .hasMessageContaining("did not report a Tesseract version");
  }

  @Test
  void whatTesseractCannotDoIsRefusedBeforeAnythingRuns() throws Exception {
    try (TesseractOcrEngine engine = engine(0, 1, Duration.ofSeconds(30))) {
      byte[] image = png();
      assertThatThrownBy(() -> engine.recognize(ImageSource.ofBytes(image, "r"), OcrModel.RECEIPT))
          .isInstanceOf(OcrRequestException.class).hasMessageContaining("General OCR only");
      assertThatThrownBy(() -> engine.recognize(ImageSource.ofBytes(image, "r"), OcrRequest.of(OcrModel.GENERAL).withTables(true)))
          .isInstanceOf(OcrRequestException.class).hasMessageContaining("does not detect tables");
      assertThatThrownBy(() -> engine.recognize(ImageSource.ofUrl("https://example.com/r.png"), OcrModel.GENERAL))
          .isInstanceOf(OcrRequestException.class).hasMessageContaining("a URL is not fetched");
      assertThatThrownBy(() -> engine.recognize(ImageSource.ofBytes("not an image".getBytes(), "t"), OcrModel.GENERAL))
          .isInstanceOf(OcrRequestException.class).hasMessageContaining("not an image Tesseract reads");
      assertThatThrownBy(() -> engine.recognize(ImageSource.ofBytes(image, "r"), OcrRequest.of(OcrModel.GENERAL).withLanguage("ja")))
          .isInstanceOf(OcrRequestException.class).hasMessageContaining("tesseract-ocr-jpn");
    }
    assertThat(dir.resolve("running")).doesNotExist();
  }
}
