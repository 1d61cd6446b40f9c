package io.docstruct.ocr;

import io.docstruct.client.ProviderAnswer;
import io.docstruct.document.FailedPage;
import io.docstruct.document.OcrDocument;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link OcrEngine} answered for one image: the provider's answer, with the exact bytes of every
 * HTTP answer it was made from (the evidence to keep), and the document read from it. The document is what
 * reading the saved answer with {@code ResponseReader} gives: its kind is told from the answer itself.
 *
 * <pre>{@code
 * Recognition r = engine.recognize(ImageSource.of(Path.of("receipt.jpg")), OcrModel.RECEIPT);
 * r.answer().bodies();              // the provider's bytes: one body, or one per call of a split PDF
 * r.document().pages();             // the canonical model
 * r.failedPages();                  // pages the provider reported as FAILURE or ERROR
 * }</pre>
 *
 * @param answer the provider's answer: its response model and the bytes of each HTTP answer
 * @param document the canonical model of the answer
 */
public record Recognition(ProviderAnswer<?> answer, OcrDocument document) {

  public Recognition {
    Objects.requireNonNull(answer, "answer == null");
    Objects.requireNonNull(document, "document == null");
  }

  /** The pages the provider could not recognise, in order; empty when every page was read. */
  public List<FailedPage> failedPages() {
    return FailedPage.of(document);
  }
}
