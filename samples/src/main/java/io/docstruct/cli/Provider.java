package io.docstruct.cli;

import io.docstruct.client.RetryPolicy;
import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.tesseract.TesseractOcrEngine;
import io.docstruct.tesseract.TesseractUnavailableException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The OCR providers {@code docstruct ocr --provider} and {@code batch --ocr --provider} can call: CLOVA, NHN
 * Cloud, or Tesseract on this machine. The one place that maps a provider to its engine.
 *
 * <pre>{@code
 * try (OcrEngine engine = Provider.CLOVA.connect(System.getenv(), null, RetryPolicy.defaults(), OcrModel.RECEIPT)) { ... }
 * }</pre>
 */
enum Provider {
  /** NAVER CLOVA OCR: a domain per type, see {@link ClovaConfiguration}. */
  CLOVA,
  /** NHN Cloud OCR: {@code NHN_OCR_APPKEY} and {@code NHN_OCR_TOKEN} or {@code NHN_OCR_SECRET_KEY}. */
  NHN,
  /** Tesseract on this machine, offline, no account: General OCR only, Korean and English. */
  TESSERACT;

  /**
   * An OCR engine of this provider for {@code type}, configured from the environment variables (and, for
   * CLOVA, the {@code --domains} file when given).
   *
   * @throws CommandFailedException (exit 2) when a variable is missing or invalid, {@code --domains} is
   *     given for a provider that has no domains, or the provider cannot read {@code type}
   * @throws IOException when the domains file cannot be read
   */
  OcrEngine connect(
      Map<String, String> environment, @Nullable Path domainsFile, RetryPolicy retryPolicy, OcrModel type)
      throws IOException {
    return switch (this) {
      case CLOVA -> ClovaService.connect(environment, domainsFile, retryPolicy, 4, type);
      case NHN -> {
        if (domainsFile != null) {
          throw new CommandFailedException(
              ExitStatus.UNUSABLE_INPUT, "--domains applies to --provider clova only");
        }
        OcrEngine nhn = NhnService.connect(environment, retryPolicy);
        if (!nhn.serves(type)) {
          nhn.close();
          throw new CommandFailedException(
              ExitStatus.UNUSABLE_INPUT,
              "--provider nhn reads --type general only, not --type " + type.label());
        }
        yield nhn;
      }
      case TESSERACT -> {
        if (domainsFile != null) {
          throw new CommandFailedException(
              ExitStatus.UNUSABLE_INPUT, "--domains applies to --provider clova only");
        }
        if (type != OcrModel.GENERAL) {
          throw new CommandFailedException(
              ExitStatus.UNUSABLE_INPUT,
              "--provider tesseract reads --type general only, not --type " + type.label()
                  + " (Document and Template OCR need CLOVA)");
        }
        yield tesseract();
      }
    };
  }

  /**
   * DocStruct's Tesseract engine with its defaults.
   *
   * @throws CommandFailedException (exit 2) naming what is missing and the packages that install it
   */
  static TesseractOcrEngine tesseract() {
    try {
      return TesseractOcrEngine.create();
    } catch (TesseractUnavailableException e) {
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, String.valueOf(e.getMessage()), e);
    }
  }
}
