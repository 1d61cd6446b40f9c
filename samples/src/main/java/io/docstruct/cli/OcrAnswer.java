package io.docstruct.cli;

import io.docstruct.document.OcrDocument;
import java.util.List;
import java.util.Objects;

/**
 * What a provider answered to an {@link OcrCall}: the wire response to save, the document DocStruct reads
 * from it, and the images or pages that the provider reported as failed inside a successful answer.
 *
 * <pre>{@code
 * OcrAnswer answer = service.recognise(call);
 * byte[] json = WireJson.mapper().writeValueAsBytes(answer.wire());
 * }</pre>
 *
 * @param wire the provider's response model, written back as its JSON with {@code WireJson.mapper()}
 * @param document the canonical model of the answer
 * @param imageProblems one line per image or page that failed, e.g. {@code image 0 "scan": FAILURE, …}
 */
record OcrAnswer(Object wire, OcrDocument document, List<String> imageProblems) {

  OcrAnswer {
    Objects.requireNonNull(wire, "wire");
    Objects.requireNonNull(document, "document");
    imageProblems = List.copyOf(imageProblems);
  }
}
