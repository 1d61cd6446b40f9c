package io.docstruct.nhn.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrRequestException;
import io.docstruct.document.ResponseKind;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import io.docstruct.ocr.Recognition;
import java.io.IOException;
import java.nio.file.Path;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NHN Cloud as an OCR engine: General OCR only, anything else refused before sending. */
class NhnOcrEngineTest {
  private final MockWebServer server = new MockWebServer();
  @TempDir Path dir;

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void generalOcrComesBackWithItsBytesAndDocument() throws IOException {
    server.enqueue(TestServer.success());
    try (NhnOcrEngine engine = NhnOcrEngine.of(TestServer.withToken(server).build())) {
      Recognition r = engine.recognize(ImageSource.of(TestImages.write(dir, "statement.png", TestImages.png(64))), OcrModel.GENERAL);

      assertThat(r.document().kind()).isEqualTo(ResponseKind.NHN_GENERAL);
      assertThat(r.document().wordCount()).isPositive();
      assertThat(r.answer().body()).isNotNull();
    }
  }

  @Test
  void otherModelsAndOptionsAreRefusedBeforeSending() throws IOException {
    ImageSource image = ImageSource.of(TestImages.write(dir, "statement.png", TestImages.png(64)));
    try (NhnOcrEngine engine = NhnOcrEngine.of(TestServer.withToken(server).build())) {
      assertThat(engine.models()).containsExactly(OcrModel.GENERAL);
      assertThatThrownBy(() -> engine.recognize(image, OcrModel.RECEIPT))
          .isInstanceOf(OcrRequestException.class)
          .hasMessageEndingWith("NHN Cloud OCR reads General OCR only, not Document OCR (receipt)");
      assertThatThrownBy(() -> engine.recognize(image, OcrRequest.of(OcrModel.GENERAL).withTables(true)))
          .isInstanceOf(OcrRequestException.class)
          .hasMessageEndingWith("NHN Cloud General OCR takes no table option");
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
