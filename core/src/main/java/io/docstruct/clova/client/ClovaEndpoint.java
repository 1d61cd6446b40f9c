package io.docstruct.clova.client;

import io.docstruct.ocr.OcrModel;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one CLOVA OCR invoke URL serves: General OCR ({@code …/general}), Template OCR ({@code …/infer}) or
 * one Document OCR model ({@code …/document/receipt}…). NAVER Cloud gives every domain its own invoke URL
 * and secret, and a Document domain is created for one model, so a {@link ClovaOcrClient} serves exactly one
 * of these, read from its URL. There is one endpoint per {@link OcrModel}, which holds the labels and names;
 * this enum adds where CLOVA serves each.
 *
 * <pre>{@code
 * ClovaEndpoint e = ClovaEndpoint.of(DocumentType.PASSPORT);   // PASSPORT, path() "document/passport"
 * ClovaEndpoint g = ClovaEndpoint.fromLabel("general");          // GENERAL, path() "general"
 * }</pre>
 */
public enum ClovaEndpoint {
  GENERAL(OcrModel.GENERAL, "general", null),
  TEMPLATE(OcrModel.TEMPLATE, "infer", null),
  RECEIPT(DocumentType.RECEIPT),
  CREDIT_CARD(DocumentType.CREDIT_CARD),
  NAME_CARD(DocumentType.NAME_CARD),
  BIZ_LICENSE(DocumentType.BIZ_LICENSE),
  ID_CARD(DocumentType.ID_CARD),
  MEDICAL_RECEIPT(DocumentType.MEDICAL_RECEIPT),
  PASSPORT(DocumentType.PASSPORT);

  private final OcrModel model;
  private final String path;
  private final @Nullable DocumentType documentType;

  ClovaEndpoint(DocumentType type) {
    this(type.model(), "document/" + type.path(), type);
  }

  ClovaEndpoint(OcrModel model, String path, @Nullable DocumentType documentType) {
    this.model = model;
    this.path = path;
    this.documentType = documentType;
  }

  /** The model this endpoint serves. */
  public OcrModel model() {
    return model;
  }

  /**
   * The short name people write for it: {@code general}, {@code template}, or the model's endpoint segment
   * ({@code receipt}, {@code credit-card}…); its {@linkplain OcrModel#label() model's label}.
   */
  public String label() {
    return model.label();
  }

  /** The API's name for messages: {@code General OCR}, {@code Template OCR} or {@code Document OCR}. */
  public String title() {
    return model.title();
  }

  /** How the invoke URL's path ends, without a leading slash: {@code general}, {@code infer}, {@code document/receipt}. */
  public String path() {
    return path;
  }

  /** The Document OCR model, for the seven Document endpoints. */
  public Optional<DocumentType> documentType() {
    return Optional.ofNullable(documentType);
  }

  /** What a call to it is, for messages: {@code General OCR}, {@code Template OCR}, {@code Document OCR (passport)}. */
  public String callName() {
    return model.callName();
  }

  /** The endpoint of a Document OCR model. */
  public static ClovaEndpoint of(DocumentType type) {
    return of(type.model());
  }

  /** The endpoint that serves {@code model}. */
  public static ClovaEndpoint of(OcrModel model) {
    for (ClovaEndpoint e : values()) {
      if (e.model == model) {
        return e;
      }
    }
    throw new AssertionError("every OcrModel has an endpoint: " + model);
  }

  /**
   * The endpoint a label names, case-insensitively, with {@code _} for {@code -} ({@code CREDIT_CARD} is
   * {@code credit-card}).
   *
   * @throws IllegalArgumentException listing every label when none matches
   */
  public static ClovaEndpoint fromLabel(String label) {
    return of(OcrModel.fromLabel(label));
  }

  /** Every label, comma-separated, in declaration order. */
  public static String labels() {
    return OcrModel.labels();
  }

  /**
   * The endpoint whose path the decoded path segments end with, trailing empty segments ignored; empty when
   * they end in none of them.
   *
   * @throws IllegalArgumentException when the path ends in {@code document/<x>} and {@code x} is not a model
   */
  static Optional<ClovaEndpoint> fromPathSegments(List<String> segments) {
    int n = segments.size();
    if (n >= 2 && segments.get(n - 2).equals("document")) {
      String model = segments.get(n - 1);
      DocumentType type = DocumentType.fromPath(model);
      if (!type.path().equals(model)) {
        throw new IllegalArgumentException(
            "no Document OCR model '" + model + "'; the path is case-sensitive: document/" + type.path());
      }
      return Optional.of(of(type));
    }
    if (n >= 1) {
      for (ClovaEndpoint e : List.of(GENERAL, TEMPLATE)) {
        if (segments.get(n - 1).equals(e.path)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }
}
