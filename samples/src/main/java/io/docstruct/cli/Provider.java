package io.docstruct.cli;

import io.docstruct.client.RetryPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The OCR providers {@code docstruct ocr --provider} can call. The one place that maps a provider to its
 * client.
 *
 * <pre>{@code
 * try (OcrService service = Provider.CLOVA.connect(System.getenv(), null, RetryPolicy.defaults(), OcrType.RECEIPT)) { ... }
 * }</pre>
 */
enum Provider {
  /** NAVER CLOVA OCR: a domain per type, see {@link ClovaConfiguration}. */
  CLOVA,
  /** NHN Cloud OCR: {@code NHN_OCR_APPKEY} and {@code NHN_OCR_TOKEN} or {@code NHN_OCR_SECRET_KEY}. */
  NHN;

  /**
   * A service for this provider and {@code type}, configured from the environment variables (and, for
   * CLOVA, the {@code --domains} file when given).
   *
   * @throws CommandFailedException (exit 2) when a variable is missing or invalid, or {@code --domains} is
   *     given for a provider that has no domains
   * @throws IOException when the domains file cannot be read
   */
  OcrService connect(
      Map<String, String> environment, @Nullable Path domainsFile, RetryPolicy retryPolicy, OcrType type)
      throws IOException {
    return switch (this) {
      case CLOVA -> ClovaService.connect(environment, domainsFile, retryPolicy, type);
      case NHN -> {
        if (domainsFile != null) {
          throw new CommandFailedException(
              ExitStatus.UNUSABLE_INPUT, "--domains applies to --provider clova only");
        }
        yield NhnService.connect(environment, retryPolicy);
      }
    };
  }
}
