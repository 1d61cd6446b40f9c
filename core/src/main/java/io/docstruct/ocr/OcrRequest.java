package io.docstruct.ocr;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to ask an {@link OcrEngine} for one image: the model, and the options that model takes (General OCR's
 * language and table detection, Template OCR's templates). Options a model does not take are refused here,
 * so a request never carries one that would be silently ignored.
 *
 * <pre>{@code
 * OcrRequest receipt = OcrRequest.of(OcrModel.RECEIPT);
 * OcrRequest page = OcrRequest.of(OcrModel.GENERAL).withLanguage("ko").withTables(true);
 * OcrRequest form = OcrRequest.of(OcrModel.TEMPLATE).withTemplateIds(List.of(1234));
 * }</pre>
 *
 * @param model what to read the image as
 * @param language General OCR's language ({@code ko}, {@code ja}, {@code zh-TW}…), or {@code null} for the
 *     engine's default
 * @param tables whether General OCR should detect tables
 * @param templateIds Template OCR's templates to match; empty to let the engine choose
 */
public record OcrRequest(OcrModel model, @Nullable String language, boolean tables, List<Integer> templateIds) {

  /**
   * @throws IllegalArgumentException when a language or tables are asked of a model other than General OCR,
   *     or templates of a model other than Template OCR
   */
  public OcrRequest {
    Objects.requireNonNull(model, "model == null");
    language = language == null || language.isBlank() ? null : language.strip();
    templateIds = List.copyOf(templateIds);
    if (model != OcrModel.GENERAL && (language != null || tables)) {
      throw new IllegalArgumentException(
          (tables ? "tables apply" : "a language applies") + " to General OCR only, not to " + model.callName());
    }
    if (model != OcrModel.TEMPLATE && !templateIds.isEmpty()) {
      throw new IllegalArgumentException("templates apply to Template OCR only, not to " + model.callName());
    }
  }

  /** A request for {@code model} with no options. */
  public static OcrRequest of(OcrModel model) {
    return new OcrRequest(model, null, false, List.of());
  }

  /** The same request with General OCR's language; {@code null} for the engine's default. */
  public OcrRequest withLanguage(@Nullable String newLanguage) {
    return new OcrRequest(model, newLanguage, tables, templateIds);
  }

  /** The same request with or without General OCR's table detection. */
  public OcrRequest withTables(boolean detect) {
    return new OcrRequest(model, language, detect, templateIds);
  }

  /** The same request with Template OCR's templates to match. */
  public OcrRequest withTemplateIds(List<Integer> ids) {
    return new OcrRequest(model, language, tables, ids);
  }
}
