package io.docstruct.pipeline;

import io.docstruct.export.pdf.Redaction;
import java.util.Objects;

/**
 * How DocStruct writes searchable PDFs ({@link io.docstruct.export.pdf.SearchablePdfWriter}'s settings): what
 * to black out, PDF/A, whether a page whose text is turned is shown upright, and the debug overlay.
 *
 * <pre>{@code
 * PdfOptions archive = PdfOptions.defaults().withRedaction(Redaction.personalData()).withPdfA(true);
 * }</pre>
 *
 * @param redaction what to black out in the pixels and leave out of the text layer
 * @param pdfA whether to write PDF/A-2b
 * @param turnPagesUpright whether a page whose text runs sideways or upside down is shown upright
 * @param debugOverlay whether word outlines (red) and baselines (blue) are drawn visibly, for checking
 */
public record PdfOptions(Redaction redaction, boolean pdfA, boolean turnPagesUpright, boolean debugOverlay) {

  public PdfOptions {
    Objects.requireNonNull(redaction, "redaction == null");
  }

  /** No redaction, not PDF/A, pages shown upright, no overlay: the writer's defaults. */
  public static PdfOptions defaults() {
    return new PdfOptions(Redaction.none(), false, true, false);
  }

  /** The same options with {@code newRedaction}. */
  public PdfOptions withRedaction(Redaction newRedaction) {
    return new PdfOptions(newRedaction, pdfA, turnPagesUpright, debugOverlay);
  }

  /** The same options, PDF/A-2b or not. */
  public PdfOptions withPdfA(boolean archival) {
    return new PdfOptions(redaction, archival, turnPagesUpright, debugOverlay);
  }

  /** The same options, turned pages shown upright or kept as their source shows them. */
  public PdfOptions withTurnPagesUpright(boolean upright) {
    return new PdfOptions(redaction, pdfA, upright, debugOverlay);
  }

  /** The same options with or without the debug overlay. */
  public PdfOptions withDebugOverlay(boolean overlay) {
    return new PdfOptions(redaction, pdfA, turnPagesUpright, overlay);
  }
}
