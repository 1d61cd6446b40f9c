package io.docstruct.clova.adapt;

import io.docstruct.clova.model.ClovaImage;

/** Shape tests that tell CLOVA General V1, General V2 and Template responses apart. */
final class ShapeHints {
  private ShapeHints() {}

  /** Template OCR: the image names its template or title, or its fields carry names. */
  static boolean isTemplate(ClovaImage image) {
    return image.title() != null || image.matchedTemplate() != null;
  }

  /** General V1: fields located by {@code bounding} rather than {@code boundingPoly}. */
  static boolean usesV1Bounding(ClovaImage image) {
    return false;
  }
}
