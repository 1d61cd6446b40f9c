package io.docstruct.cli;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrApiException;
import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.client.ClovaEndpoint;
import io.docstruct.clova.client.ClovaOcrEngine;
import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import io.docstruct.ocr.Recognition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code docstruct ocr} and {@code batch --ocr} on NAVER CLOVA OCR, for one {@code --type}: an engine over the
 * client of the domain that serves it, found by {@link ClovaConfiguration} in the environment ({@code
 * CLOVA_OCR_URL_<TYPE>} and {@code CLOVA_OCR_SECRET_<TYPE>}, or the plain {@code CLOVA_OCR_URL} and {@code
 * CLOVA_OCR_SECRET} when that URL serves the type) or in a {@code --domains} file. A secret CLOVA refuses
 * ({@code 0002}) is reported with the variable it came from ({@link RefusedSecretException}).
 *
 * <pre>{@code
 * try (OcrEngine clova = ClovaService.connect(System.getenv(), null, RetryPolicy.defaults(), OcrModel.RECEIPT)) {
 *   Recognition r = clova.recognize(ImageSource.of(Path.of("receipt.jpg")), OcrModel.RECEIPT);
 * }
 * }</pre>
 */
final class ClovaService implements OcrEngine {
  /** CLOVA's code for a missing or wrong secret. */
  private static final String SECRET_INVALID = "0002";

  private final ClovaOcrEngine engine;
  /** The variable the secret came from, named when CLOVA refuses it. */
  private final String secretSource;

  private ClovaService(ClovaOcrEngine engine, String secretSource) {
    this.engine = engine;
    this.secretSource = secretSource;
  }

  /**
   * An engine for the domain that serves {@code model}, with {@code retryPolicy} and at most {@code
   * maxConcurrentCalls} calls in flight.
   *
   * @param domainsFile the {@code --domains} file, or {@code null} to read the environment variables
   * @throws CommandFailedException (exit 2) naming the variable or key that is missing, inconsistent or not
   *     an invoke URL, or what to set when no domain serves {@code model}
   * @throws IOException when the domains file cannot be read
   */
  static ClovaService connect(
      Map<String, String> environment,
      @Nullable Path domainsFile,
      RetryPolicy retryPolicy,
      int maxConcurrentCalls,
      OcrModel model)
      throws IOException {
    ClovaConfiguration configuration = ClovaConfiguration.read(environment, domainsFile);
    ClovaEndpoint endpoint = ClovaEndpoint.of(model);
    ClovaOcrEngine engine =
        ClovaOcrEngine.of(
            configuration
                .clientBuilder(endpoint)
                .retryPolicy(retryPolicy)
                .maxConcurrentCalls(maxConcurrentCalls)
                .build());
    return new ClovaService(engine, configuration.secretSource(endpoint));
  }

  @Override
  public Set<OcrModel> models() {
    return engine.models();
  }

  @Override
  public Recognition recognize(ImageSource image, OcrRequest request) {
    try {
      return engine.recognize(image, request);
    } catch (OcrApiException e) {
      if (SECRET_INVALID.equals(e.code())) {
        throw new RefusedSecretException(e, secretSource);
      }
      throw e;
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
