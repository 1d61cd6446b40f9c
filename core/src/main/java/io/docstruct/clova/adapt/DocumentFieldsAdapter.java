package io.docstruct.clova.adapt;

import io.docstruct.clova.model.ClovaImage;
import io.docstruct.document.Warnings;
import io.docstruct.document.fields.DocumentFields;
import org.jspecify.annotations.Nullable;

/** Placeholder: adapts Document OCR sections. */
final class DocumentFieldsAdapter {
  private DocumentFieldsAdapter() {}

  /** The typed fields of the image's document section, or null when it has none. */
  static @Nullable DocumentFields fields(ClovaImage image, String path, Warnings warnings) {
    return null;
  }
}
