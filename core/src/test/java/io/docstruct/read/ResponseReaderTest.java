package io.docstruct.read;

import static io.docstruct.testing.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.ResponseKind;
import io.docstruct.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseReaderTest {
  private final ResponseReader reader = ResponseReader.create();

  @Test
  void clovaErrorBodyIsAProviderErrorWithItsCode() {
    assertThatThrownBy(
            () -> reader.read(Fixtures.path("fixtures/clova/error/clova-error-response.json")))
        .isInstanceOfSatisfying(
            ProviderErrorException.class,
            e -> {
              assertThat(e.provider()).isEqualTo(ResponseKind.Provider.CLOVA);
              assertThat(e.code()).isEqualTo("0002");
              assertThat(e.providerMessage()).isEqualTo("Secret key validate failed.");
              assertThat(e.getMessage())
                  .isEqualTo("CLOVA error response, code 0002: Secret key validate failed.");
            });
  }

  @Test
  void nhnFailureEnvelopeIsAProviderError() {
    assertThatThrownBy(() -> reader.read(Fixtures.path("fixtures/nhn/nhn-error-response.json")))
        .isInstanceOfSatisfying(
            ProviderErrorException.class,
            e -> {
              assertThat(e.provider()).isEqualTo(ResponseKind.Provider.NHN);
              assertThat(e.code()).isEqualTo("-1");
              assertThat(e.providerMessage()).isEqualTo("Unknown error.");
            });
  }

  @Test
  void malformedJsonNamesThePathAndLine() {
    byte[] broken =
        "{\n  \"images\": [\n    {\"fields\": [ {\"inferText\": \"a\" ,, } ]}\n  ]\n}"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> reader.read(broken, "broken.json"))
        .isInstanceOfSatisfying(
            ResponseFormatException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ResponseFormatException.Reason.MALFORMED_JSON);
              assertThat(e.jsonPath()).isEqualTo("$.images[0].fields[0]");
              assertThat(e.source()).isEqualTo("broken.json");
              assertThat(e.getMessage())
                  .startsWith("broken.json: malformed JSON at $.images[0].fields[0]: ")
                  .contains("(line 3, column");
            });
  }

  @Test
  void truncatedJsonIsMalformed() {
    assertThatThrownBy(() -> reader.read(json("{'images':[{'fields':["), null))
        .isInstanceOfSatisfying(
            ResponseFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(ResponseFormatException.Reason.MALFORMED_JSON));
  }

  @Test
  void emptyInputIsMalformed() {
    assertThatThrownBy(() -> reader.read(new byte[0], "empty.json"))
        .isInstanceOfSatisfying(
            ResponseFormatException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ResponseFormatException.Reason.MALFORMED_JSON);
              assertThat(e.getMessage()).isEqualTo("empty.json: malformed JSON at $: no JSON content");
            });
  }

  @Test
  void wrongValueTypeNamesTheJsonPath() {
    byte[] wrong =
        json("{'version':'V2','images':[{'inferResult':'SUCCESS','convertedImageInfo':{'width':'wide'}}]}");

    assertThatThrownBy(() -> reader.read(wrong, null))
        .isInstanceOfSatisfying(
            ResponseFormatException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ResponseFormatException.Reason.UNEXPECTED_VALUE);
              assertThat(e.jsonPath()).isEqualTo("$.images[0].convertedImageInfo.width");
            });
  }

  @Test
  void jsonThatIsNoOcrResponseListsWhatWasExpectedAndFound(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("package.json");
    Files.writeString(file, "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}");

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOfSatisfying(
            ResponseFormatException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ResponseFormatException.Reason.UNKNOWN_SHAPE);
              assertThat(e.getMessage())
                  .contains("package.json: not an OCR response at $")
                  .contains("top-level \"images\"")
                  .contains("found keys [name, version]");
            });
  }

  @Test
  void topLevelArrayIsNotAResponse() {
    assertThatThrownBy(() -> reader.read(json("[{'images':[]}]"), null))
        .isInstanceOfSatisfying(
            ResponseFormatException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ResponseFormatException.Reason.UNKNOWN_SHAPE);
              assertThat(e.getMessage()).endsWith("expected a JSON object, found an array");
            });
  }

  @Test
  void jsonNullIsNotAResponse() {
    assertThatThrownBy(() -> reader.read(json("null"), null))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("empty document");
  }

  @Test
  void trailingGarbageAfterTheDocumentIsMalformed() {
    assertThatThrownBy(() -> reader.read(json("{'images':[]}\n{'images':[]}"), null))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessage("malformed JSON at $: content after the end of the document (line 2, column 1)");
  }

  @Test
  void deeplyNestedInputIsRefusedAsALimit() {
    String deep = "{\"images\":[{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}]}";

    assertThatThrownBy(() -> reader.read(deep.getBytes(StandardCharsets.UTF_8), null))
        .isInstanceOfSatisfying(
            ResponseFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(ResponseFormatException.Reason.LIMIT_EXCEEDED));
  }

  @Test
  void hugeNumberIsRefusedAsALimit() {
    String json = "{\"images\":[{\"convertedImageInfo\":{\"width\":" + "9".repeat(5000) + "}}]}";

    assertThatThrownBy(() -> reader.read(json.getBytes(StandardCharsets.UTF_8), null))
        .isInstanceOfSatisfying(
            ResponseFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(ResponseFormatException.Reason.LIMIT_EXCEEDED));
  }

  @Test
  void missingFileIsAnIoError(@TempDir Path dir) {
    assertThatThrownBy(() -> reader.read(dir.resolve("nope.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void streamsAreReadAndLeftOpen() throws Exception {
    var in =
        new ByteArrayInputStream(Fixtures.bytes("fixtures/nhn/nhn-general-response.json")) {
          boolean closed;

          @Override
          public void close() {
            closed = true;
          }
        };

    OcrDocument doc = reader.read(in, "stdin");

    assertThat(doc.kind()).isEqualTo(ResponseKind.NHN_GENERAL);
    assertThat(in.closed).isFalse();
  }

  @Test
  void responseWithoutImagesHasNoPagesAndSaysSo() {
    OcrDocument doc = reader.read(json("{'version':'V2','requestId':'r1','timestamp':0,'images':[]}"), null);

    assertThat(doc.kind()).isEqualTo(ResponseKind.CLOVA_GENERAL_V2);
    assertThat(doc.requestId()).isEqualTo("r1");
    assertThat(doc.pages()).isEmpty();
    assertThat(doc.warnings()).extracting(w -> w.path()).containsExactly("$.images");
  }

  /** Found by fuzzing: bytes Jackson takes for UTF-32 but that are not valid UTF-32 were an AssertionError. */
  @Test
  void invalidUtf32IsMalformedJsonFromEveryEntryPoint(@TempDir Path dir) throws Exception {
    byte[] bytes = {'{', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\n', ' ', '"', 'h', '"', ':', '1', '}'};
    Path file = Files.write(dir.resolve("utf32.json"), bytes);
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable read :
        new org.assertj.core.api.ThrowableAssert.ThrowingCallable[] {
          () -> reader.read(bytes, "utf32.json"),
          () -> reader.read(new ByteArrayInputStream(bytes), "utf32.json"),
          () -> reader.read(file)
        }) {
      assertThatThrownBy(read)
          .isInstanceOfSatisfying(
              ResponseFormatException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(ResponseFormatException.Reason.MALFORMED_JSON);
                assertThat(e.getMessage()).contains("not text in UTF-8, UTF-16 or UTF-32");
              });
    }
  }
}
