package io.docstruct.nhn.client;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.ProviderAnswer;
import io.docstruct.document.ResponseKind;
import io.docstruct.nhn.adapt.NhnAdapter;
import io.docstruct.nhn.model.NhnResponse;
import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import io.docstruct.ocr.Recognition;
import java.util.Objects;
import java.util.Set;

/**
 * NHN Cloud General OCR as an {@link OcrEngine}. NHN Cloud reads General OCR only, with no language or
 * table option: anything else is refused with {@link OcrRequestException} before anything is sent. The
 * engine takes the client over and closes it.
 *
 * <pre>{@code
 * try (NhnOcrEngine engine = NhnOcrEngine.of(NhnOcrClient.builder().appKey(key).userAccessToken(token).build())) {
 *   Recognition r = engine.recognize(ImageSource.of(Path.of("statement.png")), OcrModel.GENERAL);
 * }
 * }</pre>
 */
public final class NhnOcrEngine implements OcrEngine {
  private final NhnOcrClient client;

  private NhnOcrEngine(NhnOcrClient client) {
    this.client = client;
  }

  /** An engine over {@code client}, which it closes when closed. */
  public static NhnOcrEngine of(NhnOcrClient client) {
    return new NhnOcrEngine(Objects.requireNonNull(client, "client == null"));
  }

  @Override
  public Set<OcrModel> models() {
    return Set.of(OcrModel.GENERAL);
  }

  /**
   * {@inheritDoc}
   *
   * @throws OcrRequestException for a model other than General OCR, or a language or tables, before
   *     anything is sent
   */
  @Override
  public Recognition recognize(ImageSource image, OcrRequest request) {
    Objects.requireNonNull(image, "image == null");
    Objects.requireNonNull(request, "request == null");
    if (request.model() != OcrModel.GENERAL) {
      throw new OcrRequestException(
          image.name() + ": NHN Cloud OCR reads General OCR only, not " + request.model().callName());
    }
    if (request.language() != null || request.tables()) {
      throw new OcrRequestException(
          image.name() + ": NHN Cloud General OCR takes no " + (request.tables() ? "table" : "language")
              + " option");
    }
    ProviderAnswer<NhnResponse> answer = client.generalAnswer(image);
    return new Recognition(answer, NhnAdapter.adapt(answer.response(), ResponseKind.NHN_GENERAL));
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "NhnOcrEngine{" + client + "}";
  }
}
