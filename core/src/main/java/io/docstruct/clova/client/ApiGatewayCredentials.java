package io.docstruct.clova.client;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An NAVER Cloud Platform access key pair for the API Gateway signature v2, used when an OCR domain sits
 * behind an API Gateway that demands IAM authentication. The client then adds {@code x-ncp-apigw-timestamp},
 * {@code x-ncp-iam-access-key} and {@code x-ncp-apigw-signature-v2} to every call.
 *
 * <p>The signature is {@code Base64(HMAC-SHA256(secretKey, method + " " + pathAndQuery + "\n" + timestamp +
 * "\n" + accessKey))}. {@link #toString()} never shows the secret key.
 *
 * <pre>{@code
 * ApiGatewayCredentials keys = new ApiGatewayCredentials(System.getenv("NCP_ACCESS_KEY"), System.getenv("NCP_SECRET_KEY"));
 * String signature = keys.sign("POST", "/external/v1/123/abc/general", 1700000000000L);
 * }</pre>
 */
public final class ApiGatewayCredentials {
  private final String accessKey;
  private final byte[] secretKey;

  /**
   * @param accessKey the access key id (sent in clear as {@code x-ncp-iam-access-key})
   * @param secretKey the secret key (never sent; only signs)
   */
  public ApiGatewayCredentials(String accessKey, String secretKey) {
    Objects.requireNonNull(accessKey, "accessKey == null");
    Objects.requireNonNull(secretKey, "secretKey == null");
    if (accessKey.isBlank() || secretKey.isBlank()) {
      throw new IllegalArgumentException("accessKey and secretKey must not be blank");
    }
    this.accessKey = accessKey;
    this.secretKey = secretKey.getBytes(StandardCharsets.UTF_8);
  }

  public String accessKey() {
    return accessKey;
  }

  /**
   * The {@code x-ncp-apigw-signature-v2} value.
   *
   * @param method the HTTP method, e.g. {@code POST}
   * @param pathAndQuery the request path with its query string, e.g. {@code /external/v1/123/abc/general}
   * @param timestampMillis the value sent as {@code x-ncp-apigw-timestamp}
   */
  public String sign(String method, String pathAndQuery, long timestampMillis) {
    String message = method + " " + pathAndQuery + "\n" + timestampMillis + "\n" + accessKey;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new AssertionError("HmacSHA256 is required on every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "ApiGatewayCredentials{accessKey=" + accessKey + ", secretKey=****}";
  }
}
