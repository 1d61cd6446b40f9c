package io.docstruct.spring.observe;

import io.docstruct.client.OcrClientException;
import io.docstruct.ocr.Recognition;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.rules.RuleResult;
import io.docstruct.rules.Violation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * DocStruct's work in Micrometer:
 *
 * <ul>
 *   <li>{@code docstruct.ocr.call}: an observation per OCR call, so a timer (count and time) and, with tracing,
 *       a span; tags {@code provider}, {@code model}, {@code outcome} ({@link OcrCall.Outcome#tag()}) and {@code
 *       error.code} (the provider's code, or {@code none});
 *   <li>{@code docstruct.ocr.retries}: a counter per retry, tags {@code provider}, {@code model}, {@code
 *       error.code};
 *   <li>{@code docstruct.documents}: a counter per finished document, tag {@code status} ({@code processed},
 *       {@code processed-with-problems}, {@code failed}) and {@code stage} (where it failed, or {@code none});
 *   <li>{@code docstruct.violations}: a counter per rule violation, tags {@code rule} and {@code severity}.
 * </ul>
 *
 * <pre>{@code
 * DocStructObserver observer = new MicrometerDocStructObserver(observations, meters);
 * }</pre>
 */
public final class MicrometerDocStructObserver implements DocStructObserver {
  /** The observation (and timer) name of OCR calls. */
  public static final String OCR_CALL = "docstruct.ocr.call";

  /** The counter of retries. */
  public static final String OCR_RETRIES = "docstruct.ocr.retries";

  /** The counter of finished documents. */
  public static final String DOCUMENTS = "docstruct.documents";

  /** The counter of rule violations. */
  public static final String VIOLATIONS = "docstruct.violations";

  private static final String NONE = "none";

  private final ObservationRegistry observations;
  private final MeterRegistry meters;

  public MicrometerDocStructObserver(ObservationRegistry observations, MeterRegistry meters) {
    this.observations = Objects.requireNonNull(observations, "observations == null");
    this.meters = Objects.requireNonNull(meters, "meters == null");
  }

  @Override
  public Recognition observeCall(OcrCall call, Supplier<Recognition> recognition) {
    Observation observation =
        Observation.createNotStarted(OCR_CALL, observations)
            .contextualName("ocr " + call.provider() + " " + call.model())
            .lowCardinalityKeyValue("provider", call.provider())
            .lowCardinalityKeyValue("model", call.model())
            .start();
    try (Observation.Scope scope = observation.openScope()) {
      Recognition r = recognition.get();
      OcrCall.Outcome outcome = r.failedPages().isEmpty() ? OcrCall.Outcome.SUCCESS : OcrCall.Outcome.PAGE_FAILURE;
      observation.lowCardinalityKeyValue("outcome", outcome.tag()).lowCardinalityKeyValue("error.code", NONE);
      return r;
    } catch (RuntimeException e) {
      String code = OcrCall.errorCode(e);
      observation
          .lowCardinalityKeyValue("outcome", OcrCall.Outcome.of(e).tag())
          .lowCardinalityKeyValue("error.code", code == null ? NONE : code)
          .error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }

  @Override
  public void retrying(OcrCall call, OcrClientException failure) {
    String code = OcrCall.errorCode(failure);
    Counter.builder(OCR_RETRIES)
        .description("OCR attempts that failed and were tried again")
        .tag("provider", call.provider())
        .tag("model", call.model())
        .tag("error.code", code == null ? NONE : code)
        .register(meters)
        .increment();
  }

  @Override
  public void finished(DocumentResult result) {
    Counter.builder(DOCUMENTS)
        .description("Documents the DocStruct pipeline finished")
        .tag("status", result.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .tag("stage", result.failure() == null ? NONE : result.failure().stage().label())
        .register(meters)
        .increment();
    RuleResult rules = result.rules();
    if (rules == null) {
      return;
    }
    for (Violation v : rules.violations()) {
      Counter.builder(VIOLATIONS)
          .description("Rule violations found in finished documents")
          .tag("rule", v.rule())
          .tag("severity", v.severity().name().toLowerCase(Locale.ROOT))
          .register(meters)
          .increment();
    }
  }
}
