package io.docstruct.clova.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrTransportException;
import io.docstruct.client.PdfSplitter;
import io.docstruct.client.ProviderAnswer;
import io.docstruct.client.ResponseBytes;
import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.model.ClovaResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code …Answer} methods keep the provider's exact bytes: a body with keys DocStruct does not model,
 * odd whitespace, its own key order and unicode escapes comes back byte for byte beside the parsed response;
 * a split PDF keeps each chunk's body with its pages.
 */
class ProviderAnswerTest {
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
  /**
   * What a real answer can look like: keys out of the documented order, keys DocStruct does not model at
   * the top level and in the image ({@code originalFileName}, {@code imageType}), tabs and CRLF between
   * tokens, {@code \\uXXXX} escapes for Korean and a number written as {@code 0.99000}.
   */
  private static final String BODY =
      "{ \"images\" : [ {\"imageType\":\"JPG\", \"inferResult\":\"SUCCESS\",\r\n"
          + "\t\"name\":\"receipt\",\"fields\":[{\"inferText\":\"\\uD569\\uACC4\",\"inferConfidence\":0.99000,"
          + "\"boundingPoly\":{\"vertices\":[{\"x\":1,\"y\":2},{\"x\":30,\"y\":2},{\"x\":30,\"y\":12},{\"x\":1,\"y\":12}]}}],"
          + "\"originalFileName\":\"영수증.jpg\"} ],\r\n"
          + "  \"timestamp\" : 1700000000000, \"requestId\":\"r-1\", \"version\":\"V2\",\n"
          + "  \"originalFileName\": \"receipt.jpg\" }\n";

  private final MockWebServer server = new MockWebServer();
  @TempDir Path dir;
  private ClovaOcrClient client;

  @BeforeEach
  void start() throws IOException {
    server.start();
    client = client(null);
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  private ClovaOcrClient client(PdfSplitter splitter) {
    ClovaOcrClient.Builder b =
        ClovaOcrClient.builder()
            .invokeUrl(server.url("/custom/v1/123/abc/general").toString())
            .secret("s3cret")
            .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2), 2.0));
    if (splitter != null) {
      b.pdfSplitter(splitter);
    }
    return b.build();
  }

  private Path jpeg() throws IOException {
    return Files.write(dir.resolve("receipt.jpg"), JPEG);
  }

  @Test
  void theAnswerKeepsTheBodyByteForByteBesideTheParsedResponse() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(BODY));

    ProviderAnswer<ClovaResponse> answer;
    try (ClovaOcrClient receipts =
        ClovaOcrClient.builder()
            .invokeUrl(server.url("/custom/v1/123/abc/document/receipt").toString())
            .secret("s3cret")
            .build()) {
      answer = receipts.documentAnswer(DocumentType.RECEIPT, ImageSource.of(jpeg()));
    }

    assertThat(answer.isMerged()).isFalse();
    assertThat(answer.body()).isNotNull();
    assertThat(answer.body().toByteArray()).isEqualTo(BODY.getBytes(UTF_8));
    assertThat(answer.bodies()).containsExactly(answer.body());
    assertThat(answer.parts()).isEmpty();
    assertThat(answer.response().requestId()).isEqualTo("r-1");
    assertThat(answer.response().images().get(0).fields().get(0).inferText()).isEqualTo("합계");
  }

  @Test
  void aChunkedBodyWithoutContentLengthIsKeptWhole() throws Exception {
    server.enqueue(new MockResponse().setChunkedBody(BODY, 7));

    ProviderAnswer<ClovaResponse> answer = client.generalAnswer(ImageSource.of(jpeg()), GeneralOptions.defaults());

    assertThat(answer.body().utf8()).isEqualTo(BODY);
  }

  @Test
  void theParsedOnlyMethodsStillAnswerTheParsedResponse() throws Exception {
    server.enqueue(new MockResponse().setBody(BODY));

    ClovaResponse response = client.general(ImageSource.of(jpeg()));

    assertThat(response.images().get(0).name()).isEqualTo("receipt");
  }

  @Test
  void aBodyCutShortIsATransportFailureRetriedAndNeverAPartialAnswer() throws Exception {
    server.enqueue(
        new MockResponse().setBody(BODY).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(new MockResponse().setBody(BODY));

    ProviderAnswer<ClovaResponse> answer = client.generalAnswer(ImageSource.of(jpeg()), GeneralOptions.defaults());

    assertThat(answer.body().utf8()).isEqualTo(BODY);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anEmptyBodyIsARefusedAnswer() throws Exception {
    server.enqueue(new MockResponse().setBody(""));

    assertThatThrownBy(() -> client.generalAnswer(ImageSource.of(jpeg()), GeneralOptions.defaults()))
        .hasMessage("General OCR general 'receipt': HTTP 200 with an empty body");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void everyAttemptCutShortIsATransportFailure() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse().setBody(BODY).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    }

    assertThatThrownBy(() -> client.generalAnswer(ImageSource.of(jpeg()), GeneralOptions.defaults()))
        .isInstanceOf(OcrTransportException.class);
  }

  /** A "PDF" whose content is its page count; chunks say which pages they hold. */
  private static final class CountingSplitter implements PdfSplitter {
    @Override
    public int pageCount(Path pdf) throws IOException {
      return Integer.parseInt(Files.readString(pdf).replaceAll("(?s).*pages=(\\d+).*", "$1"));
    }

    @Override
    public void extract(Path pdf, int from, int to, Path target) throws IOException {
      Files.writeString(target, "%PDF-1.4\nfirst=" + from + "\npages=" + (to - from) + "\n");
    }
  }

  @Test
  void aSplitPdfKeepsEachChunksBodyWithItsPagesAndMergesTheResponse() throws Exception {
    Map<Integer, String> sent = new ConcurrentHashMap<>();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String file = uploadedFile(request);
            int first = Integer.parseInt(file.replaceAll("(?s).*first=(\\d+).*", "$1"));
            int pages = Integer.parseInt(file.replaceAll("(?s).*pages=(\\d+).*", "$1"));
            StringBuilder images = new StringBuilder();
            for (int i = 0; i < pages; i++) {
              images.append(i == 0 ? "" : ",\n  ")
                  .append("{\"inferResult\":\"SUCCESS\",\"imageType\":\"PDF\",\"convertedImageInfo\":")
                  .append("{\"width\":100,\"height\":200,\"pageIndex\":").append(i).append("}}");
            }
            // each chunk answers in its own formatting, so that a body mixed up with another shows
            String body = "{\"version\":\"V2\", \"chunk\" : " + first + ",\"images\":[\n  " + images + "]}\n";
            sent.put(first, body);
            return new MockResponse().setBody(body);
          }
        });
    client.close();
    client = client(new CountingSplitter());
    Path pdf = Files.writeString(dir.resolve("statement.pdf"), "%PDF-1.4\npages=25\n");

    ProviderAnswer<ClovaResponse> answer = client.generalAnswer(ImageSource.of(pdf), GeneralOptions.defaults());

    assertThat(answer.isMerged()).isTrue();
    assertThat(answer.body()).isNull();
    assertThat(answer.parts())
        .extracting(p -> p.firstPage() + "-" + p.lastPage())
        .containsExactly("1-10", "11-20", "21-25");
    assertThat(answer.parts())
        .extracting(p -> p.body().utf8())
        .containsExactly(sent.get(0), sent.get(10), sent.get(20));
    assertThat(answer.bodies()).extracting(ResponseBytes::utf8).containsExactly(sent.get(0), sent.get(10), sent.get(20));
    assertThat(answer.response().images())
        .extracting(i -> i.convertedImageInfo().pageIndex())
        .containsExactlyElementsOf(IntStream.range(0, 25).boxed().toList());
  }

  private static String uploadedFile(RecordedRequest request) {
    String boundary = request.getHeader("Content-Type").replaceFirst(".*boundary=", "");
    try (MultipartReader reader = new MultipartReader(request.getBody(), boundary)) {
      reader.nextPart(); // message
      MultipartReader.Part file = reader.nextPart();
      return file.body().readUtf8();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void answersAreValuesWithTheirInvariants() {
    ResponseBytes body = ResponseBytes.copyOf("{}".getBytes(UTF_8));
    ProviderAnswer.Part part = new ProviderAnswer.Part(1, 10, body);

    assertThatThrownBy(() -> new ProviderAnswer<>("r", body, List.of(part)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProviderAnswer.merged("r", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProviderAnswer.Part(3, 2, body)).isInstanceOf(IllegalArgumentException.class);
    assertThat(body.toString()).isEqualTo("ResponseBytes[2 bytes]");
    assertThat(body).isEqualTo(ResponseBytes.copyOf(new byte[] {'{', '}'}));
  }

  @Test
  void readingBytesStopsAtTheLimitAndNoticesAShortBody() throws IOException {
    byte[] ten = "0123456789".getBytes(UTF_8);

    assertThat(ResponseBytes.read(new Buffer().write(ten).inputStream(), 10, 10)).isPresent();
    assertThat(ResponseBytes.read(new Buffer().write(ten).inputStream(), -1, 10).orElseThrow().toByteArray())
        .isEqualTo(ten);
    assertThat(ResponseBytes.read(new Buffer().write(ten).inputStream(), -1, 9)).isEmpty();
    assertThat(ResponseBytes.read(new Buffer().write(ten).inputStream(), 10, 9)).isEmpty();
    assertThatThrownBy(() -> ResponseBytes.read(new Buffer().write(ten).inputStream(), 11, 20))
        .isInstanceOf(java.io.EOFException.class)
        .hasMessage("the body ended after 10 of 11 bytes");
  }
}
