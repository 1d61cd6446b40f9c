package io.docstruct.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Boot's "APPLICATION FAILED TO START" report for an {@link OcrEngineUnavailableException}: what, and what to do. */
final class OcrEngineUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<OcrEngineUnavailableException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, OcrEngineUnavailableException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
