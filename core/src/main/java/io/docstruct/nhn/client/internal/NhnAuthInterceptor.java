package io.docstruct.nhn.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds NHN Cloud's credential header to every call: {@code X-NHN-Authorization: Bearer <token>} for a User
 * Access Key token (API v1.1), or {@code Authorization: <secret key>} (API v1.0). {@link #toString()} names
 * the header, never its value.
 */
public final class NhnAuthInterceptor implements Interceptor {
  private final String header;
  private final String value;

  private NhnAuthInterceptor(String header, String value) {
    this.header = header;
    this.value = value;
  }

  /** {@code X-NHN-Authorization: Bearer <token>}. */
  public static NhnAuthInterceptor bearer(String userAccessToken) {
    return new NhnAuthInterceptor("X-NHN-Authorization", "Bearer " + userAccessToken);
  }

  /** {@code Authorization: <secret key>}. */
  public static NhnAuthInterceptor secretKey(String secretKey) {
    return new NhnAuthInterceptor("Authorization", secretKey);
  }

  /** The header this interceptor sets. */
  public String headerName() {
    return header;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header(header, value).build());
  }

  @Override
  public String toString() {
    return "NhnAuthInterceptor{" + header + ": ██}";
  }
}
