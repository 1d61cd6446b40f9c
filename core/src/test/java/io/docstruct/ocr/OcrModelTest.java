package io.docstruct.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.clova.client.ClovaEndpoint;
import io.docstruct.clova.client.DocumentType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kinds an engine can be asked for are listed once: CLOVA's endpoints and Document models follow them. */
class OcrModelTest {

  @Test
  void everyModelHasExactlyOneClovaEndpointAndBack() {
    for (OcrModel model : OcrModel.values()) {
      ClovaEndpoint endpoint = ClovaEndpoint.of(model);
      assertThat(endpoint.model()).isEqualTo(model);
      assertThat(endpoint.label()).isEqualTo(model.label());
      assertThat(endpoint.callName()).isEqualTo(model.callName());
    }
    assertThat(Arrays.stream(ClovaEndpoint.values()).map(ClovaEndpoint::model))
        .containsExactly(OcrModel.values());
    assertThat(ClovaEndpoint.labels()).isEqualTo(OcrModel.labels());
  }

  @Test
  void theDocumentModelsAreClovasDocumentTypes() {
    List<OcrModel> documents = Arrays.stream(OcrModel.values()).filter(OcrModel::isDocument).toList();

    assertThat(Arrays.stream(DocumentType.values()).map(DocumentType::model)).containsExactlyElementsOf(documents);
    for (OcrModel model : documents) {
      assertThat(DocumentType.of(model).path()).isEqualTo(model.label());
      assertThat(ClovaEndpoint.of(model).path()).isEqualTo("document/" + model.label());
    }
    assertThatThrownBy(() -> DocumentType.of(OcrModel.GENERAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("General OCR is not a Document OCR model");
  }

  @Test
  void labelsAreReadAsPeopleWriteThem() {
    assertThat(OcrModel.fromLabel("credit-card")).isEqualTo(OcrModel.CREDIT_CARD);
    assertThat(OcrModel.fromLabel(" CREDIT_CARD ")).isEqualTo(OcrModel.CREDIT_CARD);
    assertThat(OcrModel.RECEIPT.callName()).isEqualTo("Document OCR (receipt)");
    assertThat(OcrModel.TEMPLATE.callName()).isEqualTo("Template OCR");
    assertThatThrownBy(() -> OcrModel.fromLabel("invoice"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'invoice' is not one of general, template, receipt, credit-card, name-card, biz-license, id-card,"
                + " medical-receipt, passport");
  }
}
