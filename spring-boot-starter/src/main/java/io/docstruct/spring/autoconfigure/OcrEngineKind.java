package io.docstruct.spring.autoconfigure;

/**
 * The values of {@code docstruct.ocr.engine} (and {@code docstruct.ocr.fallback}): which OCR engine the starter
 * configures when the application has no {@code OcrEngine} bean of its own. New engines join here.
 */
public enum OcrEngineKind {
  /**
   * CLOVA when a domain is configured, else NHN Cloud when an app key is, else {@code docstruct.ocr.fallback}.
   * Never Tesseract by itself: only when the fallback names it.
   */
  AUTO,
  /** CLOVA OCR, one client per configured domain ({@code docstruct.clova.domains.*}). */
  CLOVA,
  /** NHN Cloud General OCR ({@code docstruct.nhn.*}). */
  NHN,
  /** The local CLOVA-compatible server with recorded answers (the bundled samples); needs docstruct-testing. */
  LOCAL,
  /**
   * Offline OCR: the {@code tesseract} command on this machine ({@code docstruct.tesseract.*}); needs
   * docstruct-tesseract and the command with its language packs, else startup fails saying which is missing.
   */
  TESSERACT,
  /** No OCR engine: saved responses only; images fail at the ocr stage, saying so. */
  NONE
}
