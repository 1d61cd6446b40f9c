package io.docstruct.cli;

import io.docstruct.client.ProviderAnswer;
import io.docstruct.document.OcrDocument;
import java.util.List;
import java.util.Objects;

/**
 * What a provider answered to an {@link OcrCall}: the answer to save (the parsed response with the provider's
 * exact bytes), the document DocStruct reads from it, and the images or pages that the provider reported as
 * failed inside a successful answer.
 *
 * <pre>{@code
 * OcrAnswer answer = service.recognise(call);
 * AnswerFiles.save(answer.answer(), Path.of("receipt.json"));
 * }</pre>
 *
 * @param answer the provider's answer: the wire response and the bytes of each HTTP answer
 * @param document the canonical model of the answer
 * @param imageProblems one line per image or page that failed, e.g. {@code image 0 "scan": FAILURE, …}
 */
record OcrAnswer(ProviderAnswer<?> answer, OcrDocument document, List<String> imageProblems) {

  OcrAnswer {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(document, "document");
    imageProblems = List.copyOf(imageProblems);
  }
}
