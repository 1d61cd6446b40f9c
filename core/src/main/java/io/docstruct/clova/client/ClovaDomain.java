package io.docstruct.clova.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * One CLOVA OCR domain as a client calls it: its invoke URL, and the {@link ClovaEndpoint} that URL serves,
 * read from how its path ends ({@code …/general}, {@code …/infer}, {@code …/document/<model>}). NAVER Cloud
 * creates a unique invoke URL (and secret) for every domain, and a Document domain for one model, so the URL
 * says everything a client may call; the secret is the client's, never part of this value.
 *
 * <pre>{@code
 * ClovaDomain d = ClovaDomain.of("https://xxxx.apigw.ntruss.com/custom/v1/123/abc/document/receipt");
 * d.endpoint();          // RECEIPT
 * d.description();       // "Document OCR domain …/document/receipt"
 * }</pre>
 *
 * @param endpoint what the invoke URL serves
 * @param invokeUrl the URL calls are posted to, exactly: as given, without trailing slashes or fragment
 */
public record ClovaDomain(ClovaEndpoint endpoint, String invokeUrl) {

  /**
   * @throws IllegalArgumentException when {@code invokeUrl} is not an http(s) URL or does not serve {@code
   *     endpoint}
   */
  public ClovaDomain {
    Objects.requireNonNull(endpoint, "endpoint == null");
    Objects.requireNonNull(invokeUrl, "invokeUrl == null");
    HttpUrl url = normalised(invokeUrl);
    ClovaEndpoint served = endpointOf(url);
    if (served != endpoint) {
      throw new IllegalArgumentException(
          url + " is the invoke URL of a " + served.callName() + " domain, not of a " + endpoint.callName()
              + " domain (…/" + endpoint.path() + ")");
    }
    invokeUrl = url.toString();
  }

  /**
   * The domain an invoke URL belongs to, as the CLOVA OCR console shows the URL.
   *
   * @throws IllegalArgumentException when it is not an http(s) URL, does not end in {@code /general}, {@code
   *     /infer} or {@code /document/<model>}, or names no Document OCR model
   */
  public static ClovaDomain of(String invokeUrl) {
    Objects.requireNonNull(invokeUrl, "invokeUrl == null");
    return new ClovaDomain(endpointOf(normalised(invokeUrl)), invokeUrl);
  }

  /** Whether calls for {@code wanted} belong here. */
  public boolean serves(ClovaEndpoint wanted) {
    return endpoint == wanted;
  }

  /**
   * The domain for messages, its URL shortened to the part that says what it serves: {@code General OCR
   * domain …/general}, {@code Document OCR domain …/document/receipt}. Hosts and domain ids stay out of
   * messages and logs.
   */
  public String description() {
    return endpoint.title() + " domain …/" + endpoint.path();
  }

  private static HttpUrl normalised(String invokeUrl) {
    HttpUrl url = HttpUrl.parse(invokeUrl.strip());
    if (url == null) {
      throw new IllegalArgumentException("invokeUrl is not an http(s) URL: " + invokeUrl);
    }
    List<String> segments = new ArrayList<>(url.encodedPathSegments());
    while (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    HttpUrl.Builder b = url.newBuilder().fragment(null).encodedPath("/");
    for (String s : segments) {
      b.addEncodedPathSegment(s);
    }
    return b.build();
  }

  private static ClovaEndpoint endpointOf(HttpUrl url) {
    return ClovaEndpoint.fromPathSegments(url.pathSegments())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "invokeUrl does not end in /general, /infer or /document/<model>: " + url
                        + " (every CLOVA OCR domain has its own invoke URL; give it as the console shows it)"));
  }
}
