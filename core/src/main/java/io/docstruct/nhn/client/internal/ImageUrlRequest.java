package io.docstruct.nhn.client.internal;

import java.util.Objects;

/**
 * The JSON body of a call by URL: {@code {"imageUrl": "https://example.com/example.jpg"}}.
 *
 * @param imageUrl a public http(s) URL that NHN downloads itself
 */
public record ImageUrlRequest(String imageUrl) {
  public ImageUrlRequest {
    Objects.requireNonNull(imageUrl, "imageUrl == null");
  }
}
