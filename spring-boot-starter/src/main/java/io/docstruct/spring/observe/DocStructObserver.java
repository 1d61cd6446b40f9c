package io.docstruct.spring.observe;

import io.docstruct.client.OcrClientException;
import io.docstruct.ocr.Recognition;
import io.docstruct.pipeline.DocumentResult;
import java.util.function.Supplier;

/**
 * What the starter reports about DocStruct's work: each OCR call (around it, so that timers and traces span
 * it), each retry, each finished document. The starter provides {@link #NONE} without Micrometer and {@code
 * MicrometerDocStructObserver} with it; a bean of your own replaces either.
 *
 * <pre>{@code
 * @Bean
 * DocStructObserver auditing(AuditLog log) {
 *   return new DocStructObserver() {
 *     public void finished(DocumentResult result) { log.record(result.name(), result.status()); }
 *   };
 * }
 * }</pre>
 */
public interface DocStructObserver {

  /** Reports nothing. */
  DocStructObserver NONE = new DocStructObserver() {};

  /** Runs one OCR call; returns what it returns and throws what it throws. */
  default Recognition observeCall(OcrCall call, Supplier<Recognition> recognition) {
    return recognition.get();
  }

  /** A client will retry a call to {@code call}'s provider and model after {@code failure}. */
  default void retrying(OcrCall call, OcrClientException failure) {}

  /** The pipeline finished a document. */
  default void finished(DocumentResult result) {}
}
