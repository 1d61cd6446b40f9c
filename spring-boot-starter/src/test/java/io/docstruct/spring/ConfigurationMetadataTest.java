package io.docstruct.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docstruct.tesseract.ImagePreparation;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The configuration metadata the build generates from {@code DocStructProperties} (and the hints added to it),
 * as an IDE reads it from the starter's jar: every {@code docstruct.tesseract.*} property with its type,
 * description and default, and the engine and fallback documented with Tesseract.
 */
class ConfigurationMetadataTest {
  private static final Map<String, JsonNode> properties = new HashMap<>();
  private static final Map<String, JsonNode> hints = new HashMap<>();

  @BeforeAll
  static void read() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (URL url :
        Collections.list(ConfigurationMetadataTest.class.getClassLoader()
            .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        JsonNode metadata = json.readTree(in);
        for (JsonNode p : metadata.path("properties")) {
          if (p.path("name").asText().startsWith("docstruct.")) {
            properties.put(p.path("name").asText(), p);
          }
        }
        for (JsonNode h : metadata.path("hints")) {
          if (h.path("name").asText().startsWith("docstruct.")) {
            hints.put(h.path("name").asText(), h);
          }
        }
      }
    }
    assertThat(properties).as("the starter's generated metadata is on the class path").isNotEmpty();
  }

  private static JsonNode property(String name) {
    assertThat(properties).containsKey(name);
    JsonNode p = properties.get(name);
    assertThat(p.path("description").asText()).as(name + " is documented").isNotBlank();
    assertThat(p.path("sourceType").asText()).startsWith("io.docstruct.spring.autoconfigure.DocStructProperties");
    return p;
  }

  @Test
  void everyTesseractSettingIsThereWithItsTypeAndDefault() {
    assertThat(property("docstruct.tesseract.command").path("defaultValue").asText()).isEqualTo("tesseract");
    JsonNode languages = property("docstruct.tesseract.languages");
    assertThat(languages.path("type").asText()).isEqualTo("java.util.List<java.lang.String>");
    assertThat(languages.path("defaultValue").toString()).isEqualTo("[\"kor\",\"eng\"]");
    assertThat(property("docstruct.tesseract.max-processes").path("type").asText()).isEqualTo("java.lang.Integer");
    assertThat(property("docstruct.tesseract.page-timeout").path("type").asText()).isEqualTo("java.time.Duration");
    assertThat(property("docstruct.tesseract.pdf-dpi").path("defaultValue").asInt()).isEqualTo(300);
    assertThat(property("docstruct.tesseract.page-segmentation").path("defaultValue").asInt()).isEqualTo(4);
    assertThat(property("docstruct.tesseract.hangul-joining").path("defaultValue").asText()).isEqualTo("spacing");
    assertThat(property("docstruct.tesseract.preparation.deskew").path("defaultValue").asBoolean()).isTrue();
    assertThat(property("docstruct.tesseract.preparation.text-height").path("defaultValue").asInt())
        .isEqualTo(ImagePreparation.defaults().textHeight());
    assertThat(property("docstruct.tesseract.preparation.binarise").path("defaultValue").asBoolean()).isFalse();
    assertThat(values("docstruct.tesseract.hangul-joining")).isEqualTo("[spacing, geometry, off]");
  }

  @Test
  void theEngineAndItsFallbackAreDocumentedWithTesseract() {
    assertThat(property("docstruct.ocr.engine").path("type").asText())
        .isEqualTo("io.docstruct.spring.autoconfigure.OcrEngineKind");
    assertThat(property("docstruct.ocr.engine").path("description").asText()).contains("tesseract");
    assertThat(property("docstruct.ocr.fallback").path("type").asText())
        .isEqualTo("java.util.List<io.docstruct.spring.autoconfigure.OcrEngineKind>");
    assertThat(property("docstruct.ocr.fallback").path("description").asText()).contains("tesseract,local");
    assertThat(property("docstruct.ocr.fallback").path("defaultValue").toString()).isEqualTo("[\"none\"]");
    assertThat(property("docstruct.pipeline.model").path("type").asText())
        .isEqualTo("java.util.List<java.lang.String>");
  }

  private static String values(String name) {
    assertThat(hints).containsKey(name);
    return StreamSupport.stream(hints.get(name).path("values").spliterator(), false)
        .map(v -> v.path("value").asText())
        .toList()
        .toString();
  }
}
