package io.docstruct.clova.client;

import io.docstruct.document.ResponseKind;
import io.docstruct.ocr.OcrModel;
import java.util.Locale;

/**
 * The CLOVA Document OCR models, each with its endpoint path ({@code document/receipt}…): the Document
 * {@link OcrModel}s as CLOVA serves them, with the kind of response each returns.
 *
 * <pre>{@code
 * ClovaResponse r = client.document(DocumentType.RECEIPT, ImageSource.of(path));
 * DocumentType t = DocumentType.fromPath("credit-card");
 * }</pre>
 */
public enum DocumentType {
  RECEIPT(OcrModel.RECEIPT, ResponseKind.CLOVA_RECEIPT),
  CREDIT_CARD(OcrModel.CREDIT_CARD, ResponseKind.CLOVA_CREDIT_CARD),
  NAME_CARD(OcrModel.NAME_CARD, ResponseKind.CLOVA_NAME_CARD),
  BIZ_LICENSE(OcrModel.BIZ_LICENSE, ResponseKind.CLOVA_BIZ_LICENSE),
  ID_CARD(OcrModel.ID_CARD, ResponseKind.CLOVA_ID_CARD),
  MEDICAL_RECEIPT(OcrModel.MEDICAL_RECEIPT, ResponseKind.CLOVA_MEDICAL_RECEIPT),
  PASSPORT(OcrModel.PASSPORT, ResponseKind.CLOVA_PASSPORT);

  private final OcrModel model;
  private final ResponseKind kind;

  DocumentType(OcrModel model, ResponseKind kind) {
    this.model = model;
    this.kind = kind;
  }

  /** The last segment of the endpoint, e.g. {@code medical-receipt}: the model's {@linkplain OcrModel#label() label}. */
  public String path() {
    return model.label();
  }

  /** The model this is. */
  public OcrModel model() {
    return model;
  }

  /**
   * The CLOVA Document OCR model for a Document {@link OcrModel}.
   *
   * @throws IllegalArgumentException for {@link OcrModel#GENERAL} and {@link OcrModel#TEMPLATE}
   */
  public static DocumentType of(OcrModel model) {
    for (DocumentType t : values()) {
      if (t.model == model) {
        return t;
      }
    }
    throw new IllegalArgumentException(model.callName() + " is not a Document OCR model");
  }

  /** The kind of response this model returns. */
  public ResponseKind responseKind() {
    return kind;
  }

  /**
   * The type for an endpoint segment such as {@code credit-card}.
   *
   * @throws IllegalArgumentException listing the known segments when there is no such model
   */
  public static DocumentType fromPath(String path) {
    String wanted = path.trim().toLowerCase(Locale.ROOT);
    for (DocumentType t : values()) {
      if (t.path().equals(wanted)) {
        return t;
      }
    }
    StringBuilder known = new StringBuilder();
    for (DocumentType t : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(t.path());
    }
    throw new IllegalArgumentException("no Document OCR model '" + path + "'; known: " + known);
  }
}
