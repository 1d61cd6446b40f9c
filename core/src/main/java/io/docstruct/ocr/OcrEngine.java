package io.docstruct.ocr;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrClientException;
import io.docstruct.client.OcrRequestException;
import java.util.Set;

/**
 * An OCR engine: an image or PDF in, the provider's answer and the words with their polygons out, as an
 * {@link io.docstruct.document.OcrDocument}. Everything downstream (layout, verification, rules, exports)
 * works on that document, whoever made it. Implementations are thread-safe; closing one releases its
 * threads and connections.
 *
 * <pre>{@code
 * try (OcrEngine engine = ClovaOcrEngine.create(domains)) {      // or NhnOcrEngine.of(client)
 *   if (engine.serves(OcrModel.RECEIPT)) {
 *     Recognition r = engine.recognize(ImageSource.of(Path.of("receipt.jpg")), OcrModel.RECEIPT);
 *   }
 * }
 * }</pre>
 *
 * <p>Implementations in DocStruct: {@code io.docstruct.clova.client.ClovaOcrEngine} (CLOVA OCR, one domain
 * per model) and {@code io.docstruct.nhn.client.NhnOcrEngine} (NHN Cloud General OCR).
 */
public interface OcrEngine extends AutoCloseable {

  /** The models this engine can read images as. */
  Set<OcrModel> models();

  /** Whether this engine can read images as {@code model}. */
  default boolean serves(OcrModel model) {
    return models().contains(model);
  }

  /**
   * Recognises one image or PDF as the request asks. A page the provider could not read comes back as a
   * page with status {@code FAILURE} or {@code ERROR} ({@link Recognition#failedPages()}), not as an
   * exception.
   *
   * @throws OcrRequestException before anything is sent, when this engine does not serve the request's
   *     model or cannot send the image (size, format, unreadable file)
   * @throws OcrClientException when the call fails (the provider's error, the network, an unreadable answer)
   */
  Recognition recognize(ImageSource image, OcrRequest request);

  /**
   * Recognises one image or PDF as {@code model}, with no options.
   *
   * @see #recognize(ImageSource, OcrRequest)
   */
  default Recognition recognize(ImageSource image, OcrModel model) {
    return recognize(image, OcrRequest.of(model));
  }

  /** Releases the engine's threads and connections. */
  @Override
  void close();
}
