package io.docstruct.cli;

import io.docstruct.client.RetryPolicy;
import io.docstruct.nhn.client.NhnOcrClient;
import io.docstruct.nhn.client.NhnOcrEngine;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code docstruct ocr --provider nhn} on NHN Cloud General OCR. The app key and one credential come from
 * the environment: {@code NHN_OCR_APPKEY}, and {@code NHN_OCR_TOKEN} (a User Access Key token, API v1.1)
 * or {@code NHN_OCR_SECRET_KEY} (API v1.0); {@code NHN_OCR_URL} overrides the service root. NHN reads only
 * {@code --type general}.
 *
 * <pre>{@code
 * try (NhnOcrEngine nhn = NhnService.connect(System.getenv(), RetryPolicy.defaults())) {
 *   Recognition r = nhn.recognize(ImageSource.of(Path.of("statement.png")), OcrModel.GENERAL);
 * }
 * }</pre>
 */
final class NhnService {
  static final String APPKEY_VARIABLE = "NHN_OCR_APPKEY";
  static final String TOKEN_VARIABLE = "NHN_OCR_TOKEN";
  static final String SECRET_KEY_VARIABLE = "NHN_OCR_SECRET_KEY";
  static final String URL_VARIABLE = "NHN_OCR_URL";

  private NhnService() {}

  /**
   * An engine over a client configured from the environment.
   *
   * @throws CommandFailedException (exit 2) naming the variable that is missing or invalid
   */
  static NhnOcrEngine connect(Map<String, String> environment, RetryPolicy retryPolicy) {
    String appKey = value(environment, APPKEY_VARIABLE);
    if (appKey == null) {
      throw unusable(APPKEY_VARIABLE + " is not set: export it with the OCR app key from the NHN Cloud console");
    }
    String token = value(environment, TOKEN_VARIABLE);
    String secretKey = value(environment, SECRET_KEY_VARIABLE);
    if ((token == null) == (secretKey == null)) {
      throw unusable(
          "set exactly one of " + TOKEN_VARIABLE + " (User Access Key token) and " + SECRET_KEY_VARIABLE);
    }
    NhnOcrClient.Builder builder = NhnOcrClient.builder().retryPolicy(retryPolicy);
    try {
      builder.appKey(appKey);
      if (token != null) {
        builder.userAccessToken(token);
      } else {
        builder.secretKey(secretKey);
      }
      String url = value(environment, URL_VARIABLE);
      if (url != null) {
        builder.baseUrl(url.endsWith("/") ? url : url + "/");
      }
    } catch (IllegalArgumentException e) {
      // the builder's messages name the setting and never quote a credential
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, "NHN Cloud settings: " + e.getMessage(), e);
    }
    return NhnOcrEngine.of(builder.build());
  }

  private static @Nullable String value(Map<String, String> environment, String name) {
    String v = environment.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static CommandFailedException unusable(String message) {
    return new CommandFailedException(ExitStatus.UNUSABLE_INPUT, message);
  }
}
