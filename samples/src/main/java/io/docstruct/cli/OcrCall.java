package io.docstruct.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One OCR call as {@code docstruct ocr} was asked for it, independent of the provider.
 *
 * <pre>{@code
 * OcrCall call = new OcrCall(Path.of("receipt.jpg"), OcrType.RECEIPT, null, false, List.of());
 * }</pre>
 *
 * @param file the image or PDF to send
 * @param type which API or Document OCR model
 * @param lang General OCR's language ({@code ko}, {@code ja}…), or {@code null} for the domain's default
 * @param tables whether General OCR should detect tables
 * @param templateIds Template OCR's templates to match; empty to let the service choose
 */
record OcrCall(Path file, OcrType type, @Nullable String lang, boolean tables, List<Integer> templateIds) {

  OcrCall {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(type, "type");
    templateIds = List.copyOf(templateIds);
  }
}
