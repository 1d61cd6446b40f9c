package io.docstruct.cli;

import io.docstruct.clova.client.DocumentType;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code docstruct ocr --type} asks for: General OCR, Template OCR, or one of the seven Document OCR
 * models, spelt as the endpoints spell them ({@code credit-card}, {@code medical-receipt}…).
 *
 * <pre>{@code
 * OcrType t = OcrType.parse("credit-card");    // CREDIT_CARD, t.documentType() = DocumentType.CREDIT_CARD
 * }</pre>
 */
enum OcrType {
  GENERAL("general", null),
  TEMPLATE("template", null),
  RECEIPT("receipt", DocumentType.RECEIPT),
  CREDIT_CARD("credit-card", DocumentType.CREDIT_CARD),
  NAME_CARD("name-card", DocumentType.NAME_CARD),
  BIZ_LICENSE("biz-license", DocumentType.BIZ_LICENSE),
  ID_CARD("id-card", DocumentType.ID_CARD),
  MEDICAL_RECEIPT("medical-receipt", DocumentType.MEDICAL_RECEIPT),
  PASSPORT("passport", DocumentType.PASSPORT);

  private final String label;
  private final @Nullable DocumentType documentType;

  OcrType(String label, @Nullable DocumentType documentType) {
    this.label = label;
    this.documentType = documentType;
  }

  /** The name on the command line, e.g. {@code credit-card}. */
  String label() {
    return label;
  }

  /** The Document OCR model, for the seven document types. */
  Optional<DocumentType> documentType() {
    return Optional.ofNullable(documentType);
  }

  /** Every label, comma-separated, in declaration order. */
  static String labels() {
    return Arrays.stream(values()).map(OcrType::label).collect(Collectors.joining(", "));
  }

  /**
   * The type for a label, case-insensitively; {@code credit_card} is accepted for {@code credit-card}.
   *
   * @throws IllegalArgumentException listing every type when there is no such type
   */
  static OcrType parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (OcrType t : values()) {
      if (t.label.equals(wanted)) {
        return t;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not one of " + labels());
  }

  /** Picocli's converter for {@code --type}. */
  static final class Converter implements ITypeConverter<OcrType> {
    @Override
    public OcrType convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(String.valueOf(e.getMessage()));
      }
    }
  }

  /** The labels, for {@code --help} ({@code ${COMPLETION-CANDIDATES}}). */
  static final class Labels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(OcrType::label).iterator();
    }
  }
}
