package io.docstruct.pipeline;

/**
 * Told of every document {@link DocStruct} finishes, by {@link DocStruct#process} and {@link
 * DocStruct#processAll} alike, for metrics and audit logs: processed, with problems, or failed. Set with
 * {@link DocStruct.Builder#listener}.
 *
 * <pre>{@code
 * DocStruct docstruct = DocStruct.builder()
 *     .listener(result -> processed.increment(result.status().name()))   // e.g. a Micrometer counter
 *     .build();
 * }</pre>
 *
 * <p>Runs on the thread that finished the document (a worker of {@code processAll}), before the result is
 * handed back, so it must be quick and thread-safe. An exception it throws becomes a warning on the result
 * ({@code map: result listener failed: …}); the result is otherwise unchanged. A searchable PDF written
 * afterwards ({@link DocStruct#writePdf}, {@link PdfSink}) is not part of what it is told.
 */
@FunctionalInterface
public interface ResultListener {

  /** {@code result} is finished, up to the DocStruct's last stage. */
  void finished(DocumentResult result);
}
