package io.docstruct.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an OCR provider answered to one call of a client: the parsed response and the exact bytes of every
 * HTTP answer it was made from. A call is one HTTP exchange, whose {@link #body()} is the evidence as is; a
 * long PDF that the client split into several exchanges answers with one {@link Part} per exchange, in page
 * order, and {@link #response()} is then the merged response (which no provider sent as such).
 *
 * <pre>{@code
 * ProviderAnswer<ClovaResponse> answer = client.generalAnswer(ImageSource.of(pdf), GeneralOptions.defaults());
 * OcrDocument doc = ClovaAdapter.adapt(answer.response());
 * for (ResponseBytes body : answer.bodies()) {      // one, or one per split chunk
 *   archive(body);
 * }
 * }</pre>
 *
 * @param <T> the provider's response model ({@code ClovaResponse}, {@code NhnResponse})
 * @param response the parsed response; for a split PDF, the merge of the parts' responses
 * @param body the exact bytes of the one HTTP answer {@code response} was read from; {@code null} when merged
 * @param parts each HTTP answer of a split PDF with its pages, in page order; empty for a single exchange
 */
public record ProviderAnswer<T>(T response, @Nullable ResponseBytes body, List<ProviderAnswer.Part> parts) {

  /**
   * One HTTP answer of a split PDF.
   *
   * @param firstPage the first page it covers, 1-based, over the whole PDF
   * @param lastPage the last page it covers, inclusive
   * @param body its exact bytes
   */
  public record Part(int firstPage, int lastPage, ResponseBytes body) {
    public Part {
      Objects.requireNonNull(body, "body == null");
      if (firstPage < 1 || lastPage < firstPage) {
        throw new IllegalArgumentException("pages must satisfy 1 <= first <= last: " + firstPage + "-" + lastPage);
      }
    }
  }

  /**
   * @throws IllegalArgumentException unless exactly one of {@code body} and {@code parts} is given
   */
  public ProviderAnswer {
    Objects.requireNonNull(response, "response == null");
    parts = List.copyOf(parts);
    if ((body == null) == parts.isEmpty()) {
      throw new IllegalArgumentException("give either the body of one answer or the parts of a merged one");
    }
  }

  /** The answer of a single HTTP exchange. */
  public static <T> ProviderAnswer<T> of(T response, ResponseBytes body) {
    return new ProviderAnswer<>(response, Objects.requireNonNull(body, "body == null"), List.of());
  }

  /** A response merged from the answers of several exchanges, given in page order. */
  public static <T> ProviderAnswer<T> merged(T response, List<Part> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a merged answer needs at least one part");
    }
    return new ProviderAnswer<>(response, null, parts);
  }

  /** Whether {@link #response()} was merged from several exchanges, so that no single body holds it. */
  public boolean isMerged() {
    return body == null;
  }

  /** The exact bytes of every HTTP answer: the one body, or each part's in page order. */
  public List<ResponseBytes> bodies() {
    if (body != null) {
      return List.of(body);
    }
    List<ResponseBytes> bodies = new ArrayList<>(parts.size());
    for (Part part : parts) {
      bodies.add(part.body());
    }
    return List.copyOf(bodies);
  }
}
