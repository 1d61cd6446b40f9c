package io.docstruct.clova.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.RetryPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client serves the one domain its invoke URL names (NCP gives each domain its own URL and secret, and a
 * Document domain serves the one model in its URL): a call the domain does not serve is refused before
 * anything is sent, with a message that says what the client serves and what the call needs.
 */
class OneDomainPerClientTest {
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
  private static final String SECRET = "receipt-domain-secret-81c2";

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

  private ClovaOcrClient client(String invokePath) {
    return ClovaOcrClient.builder()
        .invokeUrl(server.url(invokePath).toString())
        .secret(SECRET)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private Path receipt() throws IOException {
    return Files.write(dir.resolve("receipt-07.jpg"), JPEG);
  }

  @Test
  void aReceiptDomainRefusesAPassportBeforeSending() throws IOException {
    Path image = receipt();
    try (ClovaOcrClient client = client("/custom/v1/123/abc/document/receipt")) {
      assertThatThrownBy(() -> client.document(DocumentType.PASSPORT, ImageSource.of(image)))
          .isInstanceOf(OcrRequestException.class)
          .hasMessage(
              "Document OCR document/passport 'receipt-07': this client serves the Document OCR domain"
                  + " …/document/receipt; Document OCR (passport) needs a client for a …/document/passport"
                  + " domain");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aGeneralDomainRefusesAReceiptBeforeSending() throws IOException {
    Path image = receipt();
    try (ClovaOcrClient client = client("/custom/v1/123/abc/general")) {
      assertThatThrownBy(() -> client.document(DocumentType.RECEIPT, ImageSource.of(image)))
          .isInstanceOf(OcrRequestException.class)
          .hasMessageContaining("this client serves the General OCR domain …/general")
          .hasMessageEndingWith("Document OCR (receipt) needs a client for a …/document/receipt domain");
      assertThatThrownBy(() -> client.template(ImageSource.of(image), List.of(7)))
          .isInstanceOf(OcrRequestException.class)
          .hasMessageEndingWith("Template OCR needs a client for a …/infer domain");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aReceiptDomainRefusesGeneralOcrBeforeSending() throws IOException {
    Path image = receipt();
    try (ClovaOcrClient client = client("/custom/v1/123/abc/document/receipt")) {
      assertThatThrownBy(() -> client.general(ImageSource.of(image)))
          .isInstanceOf(OcrRequestException.class)
          .hasMessageEndingWith("General OCR needs a client for a …/general domain")
          .message()
          .doesNotContain(SECRET);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aReceiptGoesToTheReceiptDomainsOwnInvokeUrl() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"version\":\"V2\",\"images\":[{\"inferResult\":\"SUCCESS\"}]}"));
    try (ClovaOcrClient client = client("/custom/v1/123/abc/document/receipt")) {
      client.document(DocumentType.RECEIPT, ImageSource.of(receipt()));
    }
    assertThat(server.takeRequest().getPath()).isEqualTo("/custom/v1/123/abc/document/receipt");
  }

  @Test
  void asyncCallsAreRefusedAtOnceOnTheCallersThread() throws IOException {
    Path image = receipt();
    try (ClovaOcrClient client = client("/custom/v1/123/abc/document/receipt")) {
      assertThatThrownBy(() -> client.generalAsync(ImageSource.of(image), GeneralOptions.defaults()))
          .isInstanceOf(OcrRequestException.class);
      assertThatThrownBy(() -> client.documentAnswerAsync(DocumentType.ID_CARD, ImageSource.of(image)))
          .isInstanceOf(OcrRequestException.class)
          .hasMessageEndingWith("Document OCR (id-card) needs a client for a …/document/id-card domain");
      assertThatThrownBy(() -> client.templateAnswerAsync(ImageSource.of(image), List.of()))
          .isInstanceOf(OcrRequestException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aMissingFileOnTheWrongDomainIsRefusedForTheDomainFirst() {
    // the domain check comes before the source is read: the mismatch is the error to fix first
    try (ClovaOcrClient client = client("/custom/v1/123/abc/general")) {
      assertThatThrownBy(() -> client.document(DocumentType.RECEIPT, ImageSource.of(dir.resolve("nope.jpg"))))
          .isInstanceOf(OcrRequestException.class)
          .hasMessageContaining("this client serves the General OCR domain …/general");
    }
  }

  @Test
  void eachDomainOfClovaDomainsIsCalledAtItsOwnUrlWithItsOwnSecret() throws Exception {
    String ok = "{\"version\":\"V2\",\"images\":[{\"inferResult\":\"SUCCESS\"}]}";
    server.enqueue(new MockResponse().setBody(ok));
    server.enqueue(new MockResponse().setBody(ok));
    ClovaDomains domains =
        ClovaDomains.builder()
            .add(server.url("/custom/v1/7/gen/general").toString(), "general-secret-1")
            .add(server.url("/custom/v1/8/rcp/document/receipt").toString(), SECRET)
            .build();
    Path image = receipt();

    try (ClovaOcrClient receipts = domains.clientBuilder(ClovaEndpoint.RECEIPT).build();
        ClovaOcrClient general = domains.clientBuilder(ClovaEndpoint.GENERAL).build()) {
      receipts.document(DocumentType.RECEIPT, ImageSource.of(image));
      general.general(ImageSource.of(image));
    }

    RecordedRequest first = server.takeRequest();
    assertThat(first.getPath()).isEqualTo("/custom/v1/8/rcp/document/receipt");
    assertThat(first.getHeader("X-OCR-SECRET")).isEqualTo(SECRET);
    RecordedRequest second = server.takeRequest();
    assertThat(second.getPath()).isEqualTo("/custom/v1/7/gen/general");
    assertThat(second.getHeader("X-OCR-SECRET")).isEqualTo("general-secret-1");
  }

  @Test
  void clovaDomainsFindsTheDomainOfAnEndpointAndNamesWhatItHasWhenAsked() {
    ClovaDomains domains =
        ClovaDomains.builder()
            .add("https://x.apigw.ntruss.com/custom/v1/1/a/document/receipt", SECRET)
            .add("https://x.apigw.ntruss.com/custom/v1/2/b/general", "general-secret-1")
            .build();

    assertThat(domains.find(ClovaEndpoint.of(DocumentType.RECEIPT)))
        .contains(ClovaDomain.of("https://x.apigw.ntruss.com/custom/v1/1/a/document/receipt"));
    assertThat(domains.find(ClovaEndpoint.PASSPORT)).isEmpty();
    assertThat(domains.domains()).extracting(ClovaDomain::endpoint)
        .containsExactly(ClovaEndpoint.GENERAL, ClovaEndpoint.RECEIPT);
    assertThatThrownBy(() -> domains.clientBuilder(ClovaEndpoint.PASSPORT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no CLOVA OCR domain for Document OCR (passport) (…/document/passport); configured: General OCR"
                + " domain …/general, Document OCR domain …/document/receipt");
    assertThat(domains.toString())
        .isEqualTo(
            "ClovaDomains{general=https://x.apigw.ntruss.com/custom/v1/2/b/general,"
                + " receipt=https://x.apigw.ntruss.com/custom/v1/1/a/document/receipt, secrets=****}");
  }

  @Test
  void clovaDomainsRefusesTwoDomainsForOneEndpointAndKeepsSecretsOutOfMessages() {
    ClovaDomains.Builder builder =
        ClovaDomains.builder().add("https://x.apigw.ntruss.com/custom/v1/1/a/document/receipt", SECRET);

    assertThatThrownBy(() -> builder.add("https://x.apigw.ntruss.com/custom/v1/9/z/document/receipt", "other-secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("two domains serve Document OCR (receipt): ")
        .message()
        .doesNotContain(SECRET)
        .doesNotContain("other-secret");
    assertThatThrownBy(() -> builder.add("https://x.apigw.ntruss.com/custom/v1/2/b/general", "bad\nsecret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the secret of the General OCR domain …/general has a character that cannot be sent in a header"
                + " at index 3");
    assertThat(builder.toString()).doesNotContain(SECRET);
    assertThatThrownBy(() -> ClovaDomains.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no CLOVA OCR domain added");
  }

  @Test
  void aDomainValueChecksThatItsUrlServesItsEndpoint() {
    String url = "https://x.apigw.ntruss.com/custom/v1/1/a/document/receipt/";
    ClovaDomain receipt = ClovaDomain.of(url);

    assertThat(receipt).isEqualTo(new ClovaDomain(ClovaEndpoint.RECEIPT, url));
    assertThat(receipt.invokeUrl()).isEqualTo("https://x.apigw.ntruss.com/custom/v1/1/a/document/receipt");
    assertThat(receipt.description()).isEqualTo("Document OCR domain …/document/receipt");
    assertThat(receipt.serves(ClovaEndpoint.RECEIPT)).isTrue();
    assertThat(receipt.serves(ClovaEndpoint.GENERAL)).isFalse();
    assertThatThrownBy(() -> new ClovaDomain(ClovaEndpoint.PASSPORT, url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "https://x.apigw.ntruss.com/custom/v1/1/a/document/receipt is the invoke URL of a Document OCR"
                + " (receipt) domain, not of a Document OCR (passport) domain (…/document/passport)");
  }

  @Test
  void everyDocumentModelHasOneEndpointLabelledAsItsPath() {
    for (DocumentType type : DocumentType.values()) {
      ClovaEndpoint endpoint = ClovaEndpoint.of(type);
      assertThat(endpoint.documentType()).contains(type);
      assertThat(endpoint.label()).isEqualTo(type.path());
      assertThat(endpoint.path()).isEqualTo("document/" + type.path());
      assertThat(ClovaEndpoint.fromLabel(type.name())).isEqualTo(endpoint);
    }
    assertThat(ClovaEndpoint.fromLabel("template").path()).isEqualTo("infer");
    assertThatThrownBy(() -> ClovaEndpoint.fromLabel("invoice"))
        .hasMessage(
            "'invoice' is not one of general, template, receipt, credit-card, name-card, biz-license, id-card,"
                + " medical-receipt, passport");
  }
}
