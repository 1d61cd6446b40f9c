package io.docstruct.pipeline;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How {@link DocStruct#processAll} hands results back: in input order or as they complete, and whether each
 * document's searchable PDF is written on the worker threads ({@link PdfSink}) before its result is handed
 * back.
 *
 * <pre>{@code
 * StreamOptions options = StreamOptions.inputOrder().withPdfs(PdfSink.into(Path.of("archive")));
 * StreamOptions fastest = StreamOptions.completionOrder();
 * }</pre>
 *
 * @param order the order results are handed back in
 * @param pdfs what writes each document's PDF on the worker threads, or {@code null} for no PDFs
 */
public record StreamOptions(Order order, @Nullable PdfSink pdfs) {

  /** The order results are handed back in. */
  public enum Order {
    /** The order of the inputs, whatever order they finish in (a slow document holds back later ones). */
    INPUT,
    /** As each finishes: the first result is handed back as soon as any document is done. */
    COMPLETION
  }

  public StreamOptions {
    Objects.requireNonNull(order, "order == null");
  }

  /** Results in input order, no PDFs. */
  public static StreamOptions inputOrder() {
    return new StreamOptions(Order.INPUT, null);
  }

  /** Results as they complete, no PDFs. */
  public static StreamOptions completionOrder() {
    return new StreamOptions(Order.COMPLETION, null);
  }

  /** The same options, each document's PDF written by {@code sink} on the worker threads. */
  public StreamOptions withPdfs(PdfSink sink) {
    return new StreamOptions(order, Objects.requireNonNull(sink, "sink == null"));
  }
}
