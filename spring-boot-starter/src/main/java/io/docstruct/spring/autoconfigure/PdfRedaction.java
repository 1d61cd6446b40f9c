package io.docstruct.spring.autoconfigure;

import io.docstruct.export.pdf.Redaction;

/** The values of {@code docstruct.pipeline.redaction}: what searchable PDFs black out. */
public enum PdfRedaction {
  /** Nothing. */
  NONE,
  /** What the provider masked itself. */
  PROVIDER_MASKS,
  /** The provider's masking regions and every field holding a personal number (resident, card numbers). */
  PERSONAL_DATA;

  /** The exporter's redaction. */
  public Redaction redaction() {
    return switch (this) {
      case NONE -> Redaction.none();
      case PROVIDER_MASKS -> Redaction.providerMasks();
      case PERSONAL_DATA -> Redaction.personalData();
    };
  }
}
