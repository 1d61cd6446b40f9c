package io.docstruct.document;

/**
 * Which API produced a response, detected from the JSON's shape.
 *
 * <pre>{@code
 * if (doc.kind() == ResponseKind.CLOVA_RECEIPT) { ... }
 * String label = doc.kind().label();   // "clova-receipt"
 * }</pre>
 */
public enum ResponseKind {
  CLOVA_GENERAL_V2(Provider.CLOVA, "clova-general-v2"),
  CLOVA_GENERAL_V1(Provider.CLOVA, "clova-general-v1"),
  CLOVA_TEMPLATE(Provider.CLOVA, "clova-template"),
  CLOVA_RECEIPT(Provider.CLOVA, "clova-receipt"),
  CLOVA_CREDIT_CARD(Provider.CLOVA, "clova-credit-card"),
  CLOVA_NAME_CARD(Provider.CLOVA, "clova-name-card"),
  CLOVA_BIZ_LICENSE(Provider.CLOVA, "clova-biz-license"),
  CLOVA_ID_CARD(Provider.CLOVA, "clova-id-card"),
  CLOVA_MEDICAL_RECEIPT(Provider.CLOVA, "clova-medical-receipt"),
  CLOVA_PASSPORT(Provider.CLOVA, "clova-passport"),
  NHN_GENERAL(Provider.NHN, "nhn-general"),
  NHN_GENERAL_CROPPING(Provider.NHN, "nhn-general-cropping");

  /** The OCR service that produced a response. */
  public enum Provider {
    CLOVA,
    NHN
  }

  private final Provider provider;
  private final String label;

  ResponseKind(Provider provider, String label) {
    this.provider = provider;
    this.label = label;
  }

  public Provider provider() {
    return provider;
  }

  /** A stable, lower-case name for reports and the command line, e.g. {@code clova-general-v2}. */
  public String label() {
    return label;
  }

  /** {@code true} for CLOVA Document OCR kinds (receipt, cards, licence, ID, medical receipt, passport). */
  public boolean isDocumentOcr() {
    return switch (this) {
      case CLOVA_RECEIPT, CLOVA_CREDIT_CARD, CLOVA_NAME_CARD, CLOVA_BIZ_LICENSE, CLOVA_ID_CARD,
          CLOVA_MEDICAL_RECEIPT, CLOVA_PASSPORT -> true;
      default -> false;
    };
  }
}
