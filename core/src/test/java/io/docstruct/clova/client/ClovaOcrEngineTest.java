package io.docstruct.clova.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.RetryPolicy;
import io.docstruct.document.ResponseKind;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import io.docstruct.ocr.Recognition;
import io.docstruct.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CLOVA as an OCR engine: each model goes to the domain that serves it, with that domain's secret; a model
 * no domain serves is refused before anything is sent; the answer's bytes and its document come back.
 */
class ClovaOcrEngineTest {
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
  private static final String RECEIPT = Fixtures.text("fixtures/clova/document/receipt.json");
  private static final String GENERAL = Fixtures.text("fixtures/clova/general/general-v2-response.json");

  private final MockWebServer server = new MockWebServer();
  @TempDir Path dir;

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = String.valueOf(request.getPath());
            return new MockResponse().setBody(path.endsWith("/document/receipt") ? RECEIPT : GENERAL);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private ClovaDomains domains() {
    return ClovaDomains.builder()
        .add(server.url("/custom/v1/1/aaa/document/receipt").toString(), "receipt-secret")
        .add(server.url("/custom/v1/2/bbb/general").toString(), "general-secret")
        .build();
  }

  private ImageSource image() throws IOException {
    return ImageSource.of(Files.write(dir.resolve("receipt-07.jpg"), JPEG));
  }

  @Test
  void eachModelGoesToItsOwnDomainWithItsOwnSecret() throws Exception {
    try (ClovaOcrEngine engine = ClovaOcrEngine.create(domains(), c -> c.retryPolicy(RetryPolicy.none()))) {
      assertThat(engine.models()).containsExactlyInAnyOrder(OcrModel.RECEIPT, OcrModel.GENERAL);

      Recognition receipt = engine.recognize(image(), OcrModel.RECEIPT);
      Recognition page = engine.recognize(image(), OcrRequest.of(OcrModel.GENERAL).withLanguage("ko").withTables(true));

      assertThat(receipt.answer().body().utf8()).isEqualTo(RECEIPT);
      assertThat(receipt.document().kind()).isEqualTo(ResponseKind.CLOVA_RECEIPT);
      assertThat(page.document().kind()).isEqualTo(ResponseKind.CLOVA_GENERAL_V2);
      assertThat(receipt.failedPages()).isEmpty();
    }
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(first.getPath()).isEqualTo("/custom/v1/1/aaa/document/receipt");
    assertThat(first.getHeader("X-OCR-SECRET")).isEqualTo("receipt-secret");
    assertThat(second.getPath()).isEqualTo("/custom/v1/2/bbb/general");
    assertThat(second.getHeader("X-OCR-SECRET")).isEqualTo("general-secret");
    String message = second.getBody().readString(StandardCharsets.UTF_8);
    assertThat(message).contains("\"lang\":\"ko\"", "\"enableTableDetection\":true");
  }

  @Test
  void aModelNoDomainServesIsRefusedBeforeSending() throws IOException {
    ImageSource image = image();
    try (ClovaOcrEngine engine = ClovaOcrEngine.create(domains())) {
      assertThat(engine.serves(OcrModel.PASSPORT)).isFalse();
      assertThatThrownBy(() -> engine.recognize(image, OcrModel.PASSPORT))
          .isInstanceOf(OcrRequestException.class)
          .hasMessage(
              "receipt-07: no CLOVA OCR domain for Document OCR (passport) (…/document/passport); this engine"
                  + " has General OCR domain …/general, Document OCR domain …/document/receipt")
          .message()
          .doesNotContain("secret");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aPageTheServiceCouldNotReadComesBackAsAFailedPage() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse()
                .setBody(
                    "{\"version\":\"V2\",\"requestId\":\"r\",\"timestamp\":1,\"images\":[{\"name\":\"receipt-07\","
                        + "\"inferResult\":\"FAILURE\",\"message\":\"image too small\"}]}");
          }
        });
    try (ClovaOcrEngine engine = ClovaOcrEngine.create(domains(), c -> c.retryPolicy(RetryPolicy.none()))) {
      Recognition r = engine.recognize(image(), OcrModel.RECEIPT);

      assertThat(r.failedPages()).singleElement().extracting(f -> f.describe())
          .isEqualTo("image 0 \"receipt-07\": FAILURE, image too small");
      assertThat(r.document().kind()).as("no section of its own: the kind asked for").isEqualTo(ResponseKind.CLOVA_RECEIPT);
    }
  }

  @Test
  void twoClientsForOneModelAreRefused() {
    ClovaOcrClient a = ClovaOcrClient.builder().invokeUrl(server.url("/a/general").toString()).secret("s").build();
    ClovaOcrClient b = ClovaOcrClient.builder().invokeUrl(server.url("/b/general").toString()).secret("s").build();
    try {
      assertThatThrownBy(() -> ClovaOcrEngine.of(a, b))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("two clients serve General OCR");
      assertThatThrownBy(() -> ClovaOcrEngine.of()).hasMessage("no CLOVA OCR client given");
    } finally {
      a.close();
      b.close();
    }
  }
}
