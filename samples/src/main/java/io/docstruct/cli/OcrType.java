package io.docstruct.cli;

import io.docstruct.clova.client.ClovaEndpoint;
import io.docstruct.clova.client.DocumentType;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code docstruct ocr --type} asks for: General OCR, Template OCR, or one of the seven Document OCR
 * models, spelt as the endpoints spell them ({@code credit-card}, {@code medical-receipt}…). Each is one
 * {@link ClovaEndpoint}, which holds the labels and paths.
 *
 * <pre>{@code
 * OcrType t = OcrType.parse("credit-card");    // CREDIT_CARD, t.documentType() = DocumentType.CREDIT_CARD
 * }</pre>
 */
enum OcrType {
  GENERAL(ClovaEndpoint.GENERAL),
  TEMPLATE(ClovaEndpoint.TEMPLATE),
  RECEIPT(ClovaEndpoint.RECEIPT),
  CREDIT_CARD(ClovaEndpoint.CREDIT_CARD),
  NAME_CARD(ClovaEndpoint.NAME_CARD),
  BIZ_LICENSE(ClovaEndpoint.BIZ_LICENSE),
  ID_CARD(ClovaEndpoint.ID_CARD),
  MEDICAL_RECEIPT(ClovaEndpoint.MEDICAL_RECEIPT),
  PASSPORT(ClovaEndpoint.PASSPORT);

  private final ClovaEndpoint endpoint;

  OcrType(ClovaEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /** The name on the command line, e.g. {@code credit-card}. */
  String label() {
    return endpoint.label();
  }

  /** The CLOVA endpoint, and so the kind of domain, this type is sent to. */
  ClovaEndpoint endpoint() {
    return endpoint;
  }

  /** The Document OCR model, for the seven document types. */
  Optional<DocumentType> documentType() {
    return endpoint.documentType();
  }

  /** Every label, comma-separated, in declaration order. */
  static String labels() {
    return ClovaEndpoint.labels();
  }

  /**
   * The type for a label, case-insensitively; {@code credit_card} is accepted for {@code credit-card}.
   *
   * @throws IllegalArgumentException listing every type when there is no such type
   */
  static OcrType parse(String text) {
    ClovaEndpoint wanted = ClovaEndpoint.fromLabel(text);
    for (OcrType t : values()) {
      if (t.endpoint == wanted) {
        return t;
      }
    }
    throw new AssertionError("every endpoint has a type: " + wanted);
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
