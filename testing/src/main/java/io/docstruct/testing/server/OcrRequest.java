package io.docstruct.testing.server;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * What the server understood of one OCR request. Owns {@link #payload()} and deletes any temporary file on
 * {@link #close()}.
 *
 * @param version {@code V1}/{@code V2} as sent; {@code null} when absent
 * @param requestId echoed in the answer
 * @param timestamp echoed in the answer; {@code null} when absent or not a number
 * @param lang the requested languages, unused by the server
 * @param enableTableDetection whether General OCR should add {@code tables}
 * @param imageCount how many entries {@code images} held (plus uploaded files)
 * @param format {@code images[0].format} as sent
 * @param name {@code images[0].name} as sent
 * @param fileName the multipart {@code file} part's {@code filename}; {@code null} for JSON bodies
 * @param url {@code images[0].url} as sent
 * @param payload the image bytes from {@code images[0].data} or the multipart {@code file} part
 */
record OcrRequest(
    @Nullable String version,
    @Nullable String requestId,
    @Nullable Long timestamp,
    @Nullable String lang,
    boolean enableTableDetection,
    int imageCount,
    @Nullable String format,
    @Nullable String name,
    @Nullable String fileName,
    @Nullable String url,
    @Nullable Payload payload)
    implements AutoCloseable {

  @Override
  public void close() throws IOException {
    if (payload != null) {
      payload.close();
    }
  }
}
