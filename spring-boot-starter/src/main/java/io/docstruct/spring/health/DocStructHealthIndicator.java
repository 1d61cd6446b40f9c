package io.docstruct.spring.health;

import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.spring.observe.ObservedOcrEngine;
import io.docstruct.spring.observe.OcrActivity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * DocStruct in {@code /actuator/health}, from what is known without calling the OCR service (whose calls cost
 * money): the engine and the models it serves, the last call's outcome and error code, and when the provider
 * last answered with its rate limit or quota; for Tesseract, its command, whether that is still installed
 * (looked up on the {@code PATH}, never run), its version and language packs. Always {@code UP}: an OCR outage is reported in the details and
 * in each response, never by taking the application out of its load balancer.
 *
 * <pre>{@code
 * "docStruct": {"status": "UP", "details": {"ocr": "clova", "models": "receipt, general",
 *     "lastCall": "rate-limited", "lastErrorCode": "0025", "rateLimitedAt": "2025-…", "calls": 12, "failures": 1}}
 * }</pre>
 */
public final class DocStructHealthIndicator implements HealthIndicator {
  private final DocStruct docstruct;
  private final OcrActivity activity;

  public DocStructHealthIndicator(DocStruct docstruct, OcrActivity activity) {
    this.docstruct = Objects.requireNonNull(docstruct, "docstruct == null");
    this.activity = Objects.requireNonNull(activity, "activity == null");
  }

  @Override
  public Health health() {
    Map<String, Object> details = new LinkedHashMap<>();
    OcrEngine engine = docstruct.ocrEngine();
    if (engine == null) {
      details.put("ocr", "none");
      details.put("note", "no OCR engine configured: saved responses only");
    } else {
      details.put("ocr", ObservedOcrEngine.provider(engine));
      OcrEngine inner = engine instanceof ObservedOcrEngine observed ? observed.engine() : engine;
      if (inner.getClass().getName().equals(ObservedOcrEngine.TESSERACT_ENGINE_CLASS)) {
        details.put("tesseract", TesseractDetails.of(inner));
      }
      details.put(
          "models", engine.models().stream().map(OcrModel::label).collect(Collectors.joining(", ")));
      details.put("readsImagesAs", docstruct.ocrRequest().model().label());
    }
    OcrActivity.Snapshot s = activity.snapshot();
    details.put("lastCall", s.lastOutcome() == null ? "none yet" : s.lastOutcome().tag());
    if (s.lastCallAt() != null) {
      details.put("lastCallAt", s.lastCallAt().toString());
    }
    if (s.lastErrorCode() != null) {
      details.put("lastErrorCode", s.lastErrorCode());
    }
    if (s.rateLimitedAt() != null) {
      details.put("rateLimitedAt", s.rateLimitedAt().toString());
    }
    details.put("calls", s.calls());
    details.put("failures", s.failures());
    return Health.up().withDetails(details).build();
  }
}
