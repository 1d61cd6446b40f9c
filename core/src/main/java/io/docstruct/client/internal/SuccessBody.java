package io.docstruct.client.internal;

import io.docstruct.client.OcrResponseException;
import io.docstruct.client.OcrTransportException;
import io.docstruct.client.ResponseBytes;
import io.docstruct.json.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Reads the body of a successful answer into {@link ResponseBytes}, once, before anything parses it: the
 * clients keep those bytes as the provider's evidence and parse the same bytes. A body that stops early (the
 * connection dropped, a timeout) is an {@link OcrTransportException}, worth retrying; an empty body or one
 * longer than {@link WireJson#MAX_DOCUMENT_LENGTH} (the most any parser here accepts) is an {@link
 * OcrResponseException}, and nothing past that limit is read.
 *
 * <pre>{@code
 * try (ResponseBody body = response.body()) {
 *   ResponseBytes bytes = SuccessBody.read(body, what, response.code());
 * }
 * }</pre>
 */
public final class SuccessBody {
  private SuccessBody() {}

  /**
   * The body's bytes.
   *
   * @param what the call, for messages ({@code General OCR general 'receipt'})
   * @throws OcrTransportException when reading fails or stops early
   * @throws OcrResponseException when the body is missing, empty or too long
   */
  public static ResponseBytes read(@Nullable ResponseBody body, String what, int status) {
    if (body == null) {
      throw new OcrResponseException(what + ": HTTP " + status + " with an empty body");
    }
    ResponseBytes bytes;
    try (InputStream in = body.byteStream()) {
      bytes =
          ResponseBytes.read(in, body.contentLength(), (int) WireJson.MAX_DOCUMENT_LENGTH)
              .orElseThrow(
                  () ->
                      new OcrResponseException(
                          what
                              + ": the answer is longer than "
                              + WireJson.MAX_DOCUMENT_LENGTH / (1024 * 1024)
                              + " MiB, the most DocStruct reads"));
    } catch (IOException e) {
      throw transportFailure(what, e);
    }
    if (bytes.size() == 0) {
      throw new OcrResponseException(what + ": HTTP " + status + " with an empty body");
    }
    return bytes;
  }

  /** A network failure as the clients report it: timeouts named as such. */
  public static OcrTransportException transportFailure(String what, IOException e) {
    if (e instanceof SocketTimeoutException) {
      return new OcrTransportException(what + ": timed out (" + e.getMessage() + ")", e);
    }
    if (e instanceof InterruptedIOException) {
      return new OcrTransportException(what + ": interrupted or timed out", e);
    }
    return new OcrTransportException(what + ": " + e, e);
  }
}
