package io.docstruct.pipeline;

import io.docstruct.client.ResponseBytes;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.RecognizedBy;
import io.docstruct.layout.StructuredDocument;
import io.docstruct.rules.RuleResult;
import io.docstruct.verify.VerificationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything DocStruct made of one document, and a status that says plainly how it went. What a stage
 * produced is there even when a later stage failed (a document whose PDF failed still has its entities); what
 * a stage did not produce is {@code null}.
 *
 * <pre>{@code
 * DocumentResult r = docstruct.process(DocumentInput.image(Path.of("receipt.jpg")));
 * switch (r.status()) {
 *   case PROCESSED -> book(r.rules().expenses());
 *   case PROCESSED_WITH_PROBLEMS -> review(r, r.problems());   // e.g. a page the OCR service could not read
 *   case FAILED -> System.err.println(r.name() + ": " + r.failure());   // receipt.jpg: ocr: network error: timed out
 * }
 * }</pre>
 *
 * <p>A page the OCR service reported as {@code FAILURE} or {@code ERROR} never passes for a page with
 * nothing on it: if every page failed the document {@linkplain Status#FAILED failed} at {@link Stage#OCR},
 * naming the pages; if some did, it was {@linkplain Status#PROCESSED_WITH_PROBLEMS processed with problems},
 * naming them; either way the rules raise a {@code Page not recognised} violation for each.
 *
 * @param input what was processed
 * @param name the name shown in outputs: the input's {@linkplain DocumentInput#named given name}, else the
 *     file the document was read from (an image's saved answer, once saved), else the input's file name
 * @param failure why the document failed, or {@code null} when it did not
 * @param problems what went wrong without stopping the document (pages the OCR service could not read)
 * @param warnings what the caller should know that changes nothing in the data ({@code pdf: no source image})
 * @param responseBytes the provider's exact bytes: each HTTP answer when OCR ran (one, or one per call of a
 *     split PDF), or the response file's bytes; empty when none could be read
 * @param answerFile where the provider's answer was saved, or {@code null}
 * @param document the document, or {@code null} when it could not be read
 * @param text the document in reading order ({@link io.docstruct.layout.LayoutEngine}), or {@code null}
 * @param verification every check recomputed from the document, or {@code null} when not verified
 * @param rules the entities, violations and fired rules, or {@code null} when not mapped
 * @param pdf the searchable PDF written for it, or {@code null}
 */
public record DocumentResult(
    DocumentInput input,
    String name,
    @Nullable Problem failure,
    List<Problem> problems,
    List<Problem> warnings,
    List<ResponseBytes> responseBytes,
    @Nullable Path answerFile,
    @Nullable OcrDocument document,
    @Nullable StructuredDocument text,
    @Nullable VerificationReport verification,
    @Nullable RuleResult rules,
    @Nullable Path pdf) {

  /** How a document went, in one word. */
  public enum Status {
    /** Every stage ran and nothing went wrong. */
    PROCESSED,
    /** Every stage ran, but part of the document was lost: see {@link #problems()}. */
    PROCESSED_WITH_PROBLEMS,
    /** A stage failed, or nothing of the document could be read: see {@link #failure()}. */
    FAILED
  }

  public DocumentResult {
    Objects.requireNonNull(input, "input == null");
    Objects.requireNonNull(name, "name == null");
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
    responseBytes = List.copyOf(responseBytes);
  }

  /** {@link Status#FAILED} when there is a failure, else {@link Status#PROCESSED_WITH_PROBLEMS} when there are problems. */
  public Status status() {
    if (failure != null) {
      return Status.FAILED;
    }
    return problems.isEmpty() ? Status.PROCESSED : Status.PROCESSED_WITH_PROBLEMS;
  }

  /** Whether the document failed. */
  public boolean failed() {
    return failure != null;
  }

  /**
   * The engine that made the document's answer, when the answer says so (DocStruct's offline Tesseract engine
   * marks its answers; CLOVA's and NHN's do not); {@code null} otherwise. With {@link
   * OcrDocument#meanWordConfidence()}, what to route an offline reading to review by.
   */
  public @Nullable RecognizedBy recognizedBy() {
    return document == null ? null : document.recognizedBy();
  }

  /**
   * The status in one line: {@code processed}, {@code processed with problems: ocr: image 1 "b": FAILURE, …},
   * {@code failed: read: malformed JSON at $.images[0] …}; warnings follow in brackets.
   */
  public String summary() {
    StringBuilder line = new StringBuilder();
    switch (status()) {
      case PROCESSED -> line.append("processed");
      case PROCESSED_WITH_PROBLEMS -> line.append("processed with problems: ").append(join(problems));
      case FAILED -> line.append("failed: ").append(failure);
    }
    if (pdf != null) {
      line.append(", PDF ").append(pdf.getFileName());
    }
    if (!warnings.isEmpty()) {
      line.append(" (").append(join(warnings)).append(')');
    }
    return line.toString();
  }

  private static String join(List<Problem> list) {
    List<String> parts = new ArrayList<>(list.size());
    list.forEach(p -> parts.add(p.toString()));
    return String.join("; ", parts);
  }

  /** This result with the PDF written for it. */
  DocumentResult withPdf(Path written) {
    return new DocumentResult(
        input, name, failure, problems, warnings, responseBytes, answerFile, document, text, verification, rules,
        written);
  }

  /** This result failed by {@code problem}, unless it already failed. */
  DocumentResult withFailure(Problem problem) {
    if (failure != null) {
      return this;
    }
    return new DocumentResult(
        input, name, problem, problems, warnings, responseBytes, answerFile, document, text, verification, rules,
        pdf);
  }

  /** This result with one more warning. */
  DocumentResult withWarning(Problem warning) {
    List<Problem> more = new ArrayList<>(warnings);
    more.add(warning);
    return new DocumentResult(
        input, name, failure, problems, more, responseBytes, answerFile, document, text, verification, rules, pdf);
  }
}
