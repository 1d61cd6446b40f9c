package io.docstruct.testing.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.ProviderAnswer;
import io.docstruct.client.ResponseBytes;
import io.docstruct.clova.client.ClovaOcrClient;
import io.docstruct.clova.client.DocumentType;
import io.docstruct.clova.client.GeneralOptions;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.clova.model.InferResult;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.Word;
import io.docstruct.json.WireJson;
import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import io.docstruct.ocr.Recognition;
import io.docstruct.read.ResponseReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * With an OCR engine given, the local server answers a CLOVA image it has no recording for with that engine's
 * reading (DocStruct's Tesseract engine, in {@code docstruct serve --engine tesseract}), so an app written
 * against CLOVA runs offline unchanged. The engine here is a stand-in that records what it was asked: the
 * server must not depend on any one engine.
 */
class UnknownImagesReadByAnEngineTest {
  private static final String ANSWER =
      "{\"version\":\"V2\",\"requestId\":\"engine\",\"timestamp\":1,"
          + "\"docstructEngine\":{\"engine\":\"stand-in\",\"version\":\"1\",\"languages\":[\"kor\"]},"
          + "\"images\":[{\"uid\":\"u\",\"name\":\"x\",\"inferResult\":\"SUCCESS\",\"message\":\"SUCCESS\","
          + "\"convertedImageInfo\":{\"width\":640,\"height\":480,\"pageIndex\":0,\"longImage\":false},"
          + "\"fields\":[{\"valueType\":\"ALL\",\"inferText\":\"합계\",\"inferConfidence\":0.9,\"type\":\"NORMAL\","
          + "\"lineBreak\":true,\"boundingPoly\":{\"vertices\":[{\"x\":10.0,\"y\":10.0},{\"x\":60.0,\"y\":10.0},"
          + "{\"x\":60.0,\"y\":30.0},{\"x\":10.0,\"y\":30.0}]}}]}]}";

  /** Answers {@link #ANSWER} for General OCR, refuses Korean-less languages, and notes each request. */
  static final class StandIn implements OcrEngine {
    final List<OcrRequest> asked = new ArrayList<>();
    final List<Integer> sizes = new ArrayList<>();

    @Override
    public Set<OcrModel> models() {
      return Set.of(OcrModel.GENERAL);
    }

    @Override
    public synchronized Recognition recognize(ImageSource image, OcrRequest request) {
      asked.add(request);
      sizes.add(((ImageSource.BytesSource) image).bytes().length);
      if ("ja".equals(request.language())) {
        throw new OcrRequestException("language 'ja': no language pack jpn");
      }
      byte[] bytes = ANSWER.getBytes(StandardCharsets.UTF_8);
      try {
        ClovaResponse response = WireJson.mapper().readValue(bytes, ClovaResponse.class);
        return new Recognition(ProviderAnswer.of(response, ResponseBytes.copyOf(bytes)),
            ResponseReader.create().read(bytes, "answer"));
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }

    @Override
    public void close() {}
  }

  @Test
  void anImageWithoutARecordingIsReadByTheEngineAndAnsweredInTheRequestsTerms() throws Exception {
    StandIn engine = new StandIn();
    byte[] jpeg = TestFiles.jpeg(640, 480);
    try (LocalOcrServer server = LocalOcrServer.builder().recognizeUnknownImagesWith(engine).start();
         ClovaOcrClient client = ClovaOcrClient.builder().invokeUrl(server.invokeUrl("general")).secret("s").build()) {
      ProviderAnswer<ClovaResponse> answer =
          client.generalAnswer(ImageSource.ofBytes(jpeg, "receipt"), GeneralOptions.defaults().withLang("ko"));

      OcrDocument doc = ResponseReader.create().read(answer.body().toByteArray(), "receipt.json");
      assertThat(doc.pages().get(0).words()).extracting(Word::text).containsExactly("합계");
      assertThat(doc.recognizedBy().engine()).isEqualTo("stand-in");
      assertThat(answer.response().images().get(0).name()).isEqualTo("receipt");
      assertThat(answer.response().requestId()).isNotEqualTo("engine");
    }
    assertThat(engine.asked).containsExactly(OcrRequest.of(OcrModel.GENERAL).withLanguage("ko"));
    assertThat(engine.sizes).containsExactly(jpeg.length);
  }

  @Test
  void whatTheEngineRefusesIsAnImageFailureWithItsReasonAndOtherModelsAreNotSentToIt() throws Exception {
    StandIn engine = new StandIn();
    byte[] jpeg = TestFiles.jpeg(640, 480);
    try (LocalOcrServer server = LocalOcrServer.builder().recognizeUnknownImagesWith(engine).start();
         ClovaOcrClient general = ClovaOcrClient.builder().invokeUrl(server.invokeUrl("general")).secret("s").build();
         ClovaOcrClient receipts = ClovaOcrClient.builder().invokeUrl(server.invokeUrl("receipt")).secret("s").build()) {
      ClovaResponse japanese =
          general.general(ImageSource.ofBytes(jpeg, "page"), GeneralOptions.defaults().withLang("ja"));
      ClovaResponse receipt = receipts.document(DocumentType.RECEIPT, ImageSource.ofBytes(jpeg, "receipt"));

      assertThat(japanese.images().get(0).inferResult()).isEqualTo(InferResult.FAILURE);
      assertThat(japanese.images().get(0).message())
          .startsWith("no recorded response for this image, and the OCR engine could not read it: ")
          .contains("no language pack jpn");
      assertThat(receipt.images().get(0).inferResult()).isEqualTo(InferResult.FAILURE);
      assertThat(receipt.images().get(0).message()).startsWith("no recorded response for this image; tried");
    }
    assertThat(engine.asked).extracting(OcrRequest::model).containsExactly(OcrModel.GENERAL);
  }
}
