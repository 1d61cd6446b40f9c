package io.docstruct.ocr;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an OCR engine can be asked to read an image as: General OCR (words, lines, tables), Template OCR (a
 * form's named fields), or one of the seven Document OCR models, each of which answers typed values. This is
 * the one list of kinds: CLOVA's {@code ClovaEndpoint} serves each of them from a domain of its own, and the
 * command line's {@code --type} takes their {@linkplain #label() labels}.
 *
 * <pre>{@code
 * OcrModel m = OcrModel.fromLabel("credit-card");   // CREDIT_CARD
 * m.isDocument();                                    // true
 * m.callName();                                      // "Document OCR (credit-card)"
 * }</pre>
 */
public enum OcrModel {
  /** Words and lines of any image, with tables when asked. */
  GENERAL("general", "General OCR", false),
  /** A form's named fields, from templates made in the provider's console. */
  TEMPLATE("template", "Template OCR", false),
  /** Receipts: store, payment, items, totals. */
  RECEIPT("receipt", "Document OCR", true),
  /** Credit cards: number, validity, issuer. */
  CREDIT_CARD("credit-card", "Document OCR", true),
  /** Business (name) cards. */
  NAME_CARD("name-card", "Document OCR", true),
  /** Business registration certificates. */
  BIZ_LICENSE("biz-license", "Document OCR", true),
  /** Korean ID cards, driver's licenses and alien registration cards. */
  ID_CARD("id-card", "Document OCR", true),
  /** Korean medical receipts. */
  MEDICAL_RECEIPT("medical-receipt", "Document OCR", true),
  /** Passports, with their machine-readable zone. */
  PASSPORT("passport", "Document OCR", true);

  private final String label;
  private final String title;
  private final boolean document;

  OcrModel(String label, String title, boolean document) {
    this.label = label;
    this.title = title;
    this.document = document;
  }

  /**
   * The short name people and URLs use: {@code general}, {@code template}, or the Document model's segment
   * ({@code receipt}, {@code credit-card}…).
   */
  public String label() {
    return label;
  }

  /** The API's name for messages: {@code General OCR}, {@code Template OCR} or {@code Document OCR}. */
  public String title() {
    return title;
  }

  /** Whether this is one of the Document OCR models, which answer typed values rather than words. */
  public boolean isDocument() {
    return document;
  }

  /** What a call for it is, for messages: {@code General OCR}, {@code Document OCR (passport)}. */
  public String callName() {
    return isDocument() ? title + " (" + label + ")" : title;
  }

  /**
   * The model a label names, case-insensitively, with {@code _} for {@code -} ({@code CREDIT_CARD} is {@code
   * credit-card}).
   *
   * @throws IllegalArgumentException listing every label when none matches
   */
  public static OcrModel fromLabel(String label) {
    String wanted = label.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (OcrModel m : values()) {
      if (m.label.equals(wanted)) {
        return m;
      }
    }
    throw new IllegalArgumentException("'" + label + "' is not one of " + labels());
  }

  /** Every label, comma-separated, in declaration order. */
  public static String labels() {
    return Arrays.stream(values()).map(OcrModel::label).collect(Collectors.joining(", "));
  }
}
