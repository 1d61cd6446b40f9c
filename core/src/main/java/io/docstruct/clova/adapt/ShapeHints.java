package io.docstruct.clova.adapt;

import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.general.ClovaField;

/** Shape tests that tell CLOVA General V1, General V2 and Template responses apart. */
final class ShapeHints {
  private ShapeHints() {}

  /** Template OCR: the image names its template or title, or its fields carry names. */
  static boolean isTemplate(ClovaImage image) {
    if (image.title() != null || image.matchedTemplate() != null) {
      return true;
    }
    for (ClovaField field : image.fields()) {
      if (field.name() != null || !field.subFields().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** General V1: fields located by {@code bounding} rather than {@code boundingPoly}. */
  static boolean usesV1Bounding(ClovaImage image) {
    for (ClovaField field : image.fields()) {
      if (field.boundingPoly() != null) {
        return false;
      }
      if (field.bounding() != null) {
        return true;
      }
    }
    return false;
  }
}
