package io.docstruct.cli;

import io.docstruct.client.RetryPolicy;
import java.util.Map;

/**
 * The OCR providers {@code docstruct ocr --provider} can call. The one place that maps a provider to its
 * client.
 *
 * <pre>{@code
 * try (OcrService service = Provider.CLOVA.connect(System.getenv(), RetryPolicy.defaults())) { ... }
 * }</pre>
 */
enum Provider {
  /** NAVER CLOVA OCR: {@code CLOVA_OCR_URL}, {@code CLOVA_OCR_SECRET}. */
  CLOVA,
  /** NHN Cloud OCR: {@code NHN_OCR_APPKEY} and {@code NHN_OCR_TOKEN} or {@code NHN_OCR_SECRET_KEY}. */
  NHN;

  /**
   * A service for this provider, configured from the environment variables.
   *
   * @throws CommandFailedException (exit 2) when a variable is missing or invalid
   */
  OcrService connect(Map<String, String> environment, RetryPolicy retryPolicy) {
    return switch (this) {
      case CLOVA -> ClovaService.connect(environment, retryPolicy);
      case NHN -> NhnService.connect(environment, retryPolicy);
    };
  }
}
