package io.docstruct.spring.autoconfigure;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Which engine {@code docstruct.ocr.engine} chooses, with {@code auto} resolved: CLOVA when any {@code
 * docstruct.clova.domains.*} is set, else NHN Cloud when {@code docstruct.nhn.app-key} is, else {@code
 * docstruct.ocr.fallback} ({@code none} or {@code local}).
 */
final class OcrEngineChoice {
  private OcrEngineChoice() {}

  /** The chosen engine, never {@link OcrEngineKind#AUTO}, and in words why. */
  record Resolved(OcrEngineKind kind, String reason) {}

  static Resolved resolve(Environment environment) {
    Binder binder = Binder.get(environment);
    OcrEngineKind set = binder.bind("docstruct.ocr.engine", OcrEngineKind.class).orElse(OcrEngineKind.AUTO);
    if (set != OcrEngineKind.AUTO) {
      return new Resolved(set, "docstruct.ocr.engine=" + set.name().toLowerCase(java.util.Locale.ROOT));
    }
    Map<String, DocStructProperties.Domain> domains =
        binder
            .bind("docstruct.clova.domains", Bindable.mapOf(String.class, DocStructProperties.Domain.class))
            .orElse(Map.of());
    if (!domains.isEmpty()) {
      return new Resolved(OcrEngineKind.CLOVA, "docstruct.clova.domains " + domains.keySet() + " configured");
    }
    if (binder.bind("docstruct.nhn.app-key", String.class).isBound()) {
      return new Resolved(OcrEngineKind.NHN, "docstruct.nhn.app-key configured");
    }
    OcrEngineKind fallback =
        binder.bind("docstruct.ocr.fallback", OcrEngineKind.class).orElse(OcrEngineKind.NONE);
    if (fallback != OcrEngineKind.NONE && fallback != OcrEngineKind.LOCAL) {
      throw new IllegalStateException(
          "docstruct.ocr.fallback must be none or local, not " + fallback.name().toLowerCase(java.util.Locale.ROOT)
              + ": it is what docstruct.ocr.engine=auto uses when no OCR service is configured");
    }
    return new Resolved(
        fallback,
        "no docstruct.clova.domains or docstruct.nhn.app-key configured; docstruct.ocr.fallback="
            + fallback.name().toLowerCase(java.util.Locale.ROOT));
  }
}
