package io.docstruct.cli;

/**
 * A connected OCR provider as {@code docstruct ocr} uses it; {@link Provider#connect} makes one.
 *
 * <pre>{@code
 * try (OcrService service = Provider.CLOVA.connect(System.getenv(), RetryPolicy.defaults())) {
 *   OcrAnswer answer = service.recognise(call);
 * }
 * }</pre>
 */
interface OcrService extends AutoCloseable {

  /**
   * Sends the call and returns the answer; an image that failed inside a successful answer is listed in
   * {@link OcrAnswer#imageProblems()}, not thrown.
   *
   * @throws io.docstruct.client.OcrClientException when the call fails
   * @throws CommandFailedException when the provider cannot serve this kind of call
   */
  OcrAnswer recognise(OcrCall call);

  /** Releases the client's threads and connections. */
  @Override
  void close();
}
