package io.docstruct.clova.client;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What one CLOVA OCR invoke URL serves: General OCR ({@code …/general}), Template OCR ({@code …/infer}) or
 * one Document OCR model ({@code …/document/receipt}…). NAVER Cloud gives every domain its own invoke URL
 * and secret, and a Document domain is created for one model, so a {@link ClovaOcrClient} serves exactly one
 * of these, read from its URL.
 *
 * <pre>{@code
 * ClovaEndpoint e = ClovaEndpoint.of(DocumentType.PASSPORT);   // PASSPORT, path() "document/passport"
 * ClovaEndpoint g = ClovaEndpoint.fromLabel("general");          // GENERAL, path() "general"
 * }</pre>
 */
public enum ClovaEndpoint {
  GENERAL("general", "General OCR", "general", null),
  TEMPLATE("template", "Template OCR", "infer", null),
  RECEIPT(DocumentType.RECEIPT),
  CREDIT_CARD(DocumentType.CREDIT_CARD),
  NAME_CARD(DocumentType.NAME_CARD),
  BIZ_LICENSE(DocumentType.BIZ_LICENSE),
  ID_CARD(DocumentType.ID_CARD),
  MEDICAL_RECEIPT(DocumentType.MEDICAL_RECEIPT),
  PASSPORT(DocumentType.PASSPORT);

  private final String label;
  private final String title;
  private final String path;
  private final @Nullable DocumentType documentType;

  ClovaEndpoint(DocumentType model) {
    this(model.path(), "Document OCR", "document/" + model.path(), model);
  }

  ClovaEndpoint(String label, String title, String path, @Nullable DocumentType documentType) {
    this.label = label;
    this.title = title;
    this.path = path;
    this.documentType = documentType;
  }

  /**
   * The short name people write for it: {@code general}, {@code template}, or the model's endpoint segment
   * ({@code receipt}, {@code credit-card}…).
   */
  public String label() {
    return label;
  }

  /** The API's name for messages: {@code General OCR}, {@code Template OCR} or {@code Document OCR}. */
  public String title() {
    return title;
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
    return documentType == null ? title : title + " (" + label + ")";
  }

  /** The endpoint of a Document OCR model. */
  public static ClovaEndpoint of(DocumentType model) {
    for (ClovaEndpoint e : values()) {
      if (e.documentType == model) {
        return e;
      }
    }
    throw new AssertionError("every DocumentType has an endpoint: " + model);
  }

  /**
   * The endpoint a label names, case-insensitively, with {@code _} for {@code -} ({@code CREDIT_CARD} is
   * {@code credit-card}).
   *
   * @throws IllegalArgumentException listing every label when none matches
   */
  public static ClovaEndpoint fromLabel(String label) {
    String wanted = label.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (ClovaEndpoint e : values()) {
      if (e.label.equals(wanted)) {
        return e;
      }
    }
    throw new IllegalArgumentException("'" + label + "' is not one of " + labels());
  }

  /** Every label, comma-separated, in declaration order. */
  public static String labels() {
    return Arrays.stream(values()).map(ClovaEndpoint::label).collect(Collectors.joining(", "));
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
