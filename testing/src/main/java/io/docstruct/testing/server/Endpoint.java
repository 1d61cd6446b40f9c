package io.docstruct.testing.server;

import java.util.Optional;

/** The OCR operations the server answers, recognised by how the request path ends (any prefix is allowed). */
enum Endpoint {
  GENERAL("general", 10),
  TEMPLATE("infer", 5),
  RECEIPT("document/receipt", 1),
  CREDIT_CARD("document/credit-card", 1),
  NAME_CARD("document/name-card", 1),
  BIZ_LICENSE("document/biz-license", 1),
  ID_CARD("document/id-card", 1),
  MEDICAL_RECEIPT("document/medical-receipt", 1),
  PASSPORT("document/passport", 1);

  private final String suffix;
  private final int maxPages;

  Endpoint(String suffix, int maxPages) {
    this.suffix = suffix;
    this.maxPages = maxPages;
  }

  /** The path suffix without leading slash, e.g. {@code document/receipt}. */
  String suffix() {
    return suffix;
  }

  /** The most PDF/TIFF pages one request may hold (General 10, Template 5, Document 1). */
  int maxPages() {
    return maxPages;
  }

  boolean isDocument() {
    return suffix.startsWith("document/");
  }

  /** The endpoint whose path {@code rawPath} ends with ({@code …/general}, {@code …/document/receipt}). */
  static Optional<Endpoint> fromPath(String rawPath) {
    for (Endpoint e : values()) {
      if (rawPath.endsWith("/" + e.suffix)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The endpoint a short name means: {@code general}, {@code infer} (or {@code template}),
   * {@code document/receipt} or just {@code receipt}; a leading slash is ignored.
   */
  static Optional<Endpoint> fromName(String name) {
    String n = name.startsWith("/") ? name.substring(1) : name;
    if (n.equals("template")) {
      return Optional.of(TEMPLATE);
    }
    for (Endpoint e : values()) {
      if (e.suffix.equals(n) || (e.isDocument() && e.suffix.equals("document/" + n))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
