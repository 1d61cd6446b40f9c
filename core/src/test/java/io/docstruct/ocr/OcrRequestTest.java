package io.docstruct.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A request carries only the options its model takes: none is ever silently ignored. */
class OcrRequestTest {

  @Test
  void generalTakesALanguageAndTables() {
    OcrRequest r = OcrRequest.of(OcrModel.GENERAL).withLanguage(" ko ").withTables(true);

    assertThat(r.language()).isEqualTo("ko");
    assertThat(r.tables()).isTrue();
    assertThat(OcrRequest.of(OcrModel.GENERAL).withLanguage("  ").language()).isNull();
  }

  @Test
  void optionsOfAnotherModelAreRefused() {
    assertThatThrownBy(() -> OcrRequest.of(OcrModel.RECEIPT).withTables(true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tables apply to General OCR only, not to Document OCR (receipt)");
    assertThatThrownBy(() -> OcrRequest.of(OcrModel.TEMPLATE).withLanguage("ja"))
        .hasMessage("a language applies to General OCR only, not to Template OCR");
    assertThatThrownBy(() -> OcrRequest.of(OcrModel.GENERAL).withTemplateIds(List.of(7)))
        .hasMessage("templates apply to Template OCR only, not to General OCR");
    assertThat(OcrRequest.of(OcrModel.TEMPLATE).withTemplateIds(List.of(7, 8)).templateIds()).containsExactly(7, 8);
  }
}
