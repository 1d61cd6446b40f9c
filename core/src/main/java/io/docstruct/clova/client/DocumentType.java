package io.docstruct.clova.client;

import io.docstruct.document.ResponseKind;
import java.util.Locale;

/**
 * The CLOVA Document OCR models, each with its endpoint path ({@code document/receipt}…).
 *
 * <pre>{@code
 * ClovaResponse r = client.document(DocumentType.RECEIPT, ImageSource.of(path));
 * DocumentType t = DocumentType.fromPath("credit-card");
 * }</pre>
 */
public enum DocumentType {
  RECEIPT("receipt", ResponseKind.CLOVA_RECEIPT),
  CREDIT_CARD("credit-card", ResponseKind.CLOVA_CREDIT_CARD),
  NAME_CARD("name-card", ResponseKind.CLOVA_NAME_CARD),
  BIZ_LICENSE("biz-license", ResponseKind.CLOVA_BIZ_LICENSE),
  ID_CARD("id-card", ResponseKind.CLOVA_ID_CARD),
  MEDICAL_RECEIPT("medical-receipt", ResponseKind.CLOVA_MEDICAL_RECEIPT),
  PASSPORT("passport", ResponseKind.CLOVA_PASSPORT);

  private final String path;
  private final ResponseKind kind;

  DocumentType(String path, ResponseKind kind) {
    this.path = path;
    this.kind = kind;
  }

  /** The last segment of the endpoint, e.g. {@code medical-receipt}. */
  public String path() {
    return path;
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
      if (t.path.equals(wanted)) {
        return t;
      }
    }
    StringBuilder known = new StringBuilder();
    for (DocumentType t : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(t.path);
    }
    throw new IllegalArgumentException("no Document OCR model '" + path + "'; known: " + known);
  }
}
