package io.docstruct.clova.client.internal;

import io.docstruct.clova.client.ApiGatewayCredentials;
import java.io.IOException;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Adds {@code X-OCR-SECRET} to every call and, when an access key pair is configured, the API Gateway
 * signature v2 headers.
 */
public final class ClovaAuthInterceptor implements Interceptor {
  private final String secret;
  private final @Nullable ApiGatewayCredentials credentials;
  private final LongSupplier clock;

  public ClovaAuthInterceptor(
      String secret, @Nullable ApiGatewayCredentials credentials, LongSupplier clock) {
    this.secret = secret;
    this.credentials = credentials;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request.Builder request = chain.request().newBuilder().header("X-OCR-SECRET", secret);
    if (credentials != null) {
      HttpUrl url = chain.request().url();
      String pathAndQuery =
          url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
      long timestamp = clock.getAsLong();
      request
          .header("x-ncp-apigw-timestamp", Long.toString(timestamp))
          .header("x-ncp-iam-access-key", credentials.accessKey())
          .header(
              "x-ncp-apigw-signature-v2",
              credentials.sign(chain.request().method(), pathAndQuery, timestamp));
    }
    return chain.proceed(request.build());
  }
}
