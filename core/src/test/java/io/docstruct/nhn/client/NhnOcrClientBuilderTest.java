package io.docstruct.nhn.client;

import static io.docstruct.nhn.client.TestServer.SECRET_KEY;
import static io.docstruct.nhn.client.TestServer.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.client.RequestLogging;
import io.docstruct.client.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Setters check their value and may be called once; build() names what is missing. */
class NhnOcrClientBuilderTest {

  @Test
  void nullsAreRejectedNamingTheParameter() {
    NhnOcrClient.Builder b = NhnOcrClient.builder();
    assertThatThrownBy(() -> b.appKey(null)).isInstanceOf(NullPointerException.class).hasMessage("appKey == null");
    assertThatThrownBy(() -> b.baseUrl(null)).hasMessage("baseUrl == null");
    assertThatThrownBy(() -> b.userAccessToken(null)).hasMessage("userAccessToken == null");
    assertThatThrownBy(() -> b.secretKey(null)).hasMessage("secretKey == null");
    assertThatThrownBy(() -> b.readTimeout(null)).hasMessage("readTimeout == null");
    assertThatThrownBy(() -> b.requestLogging(null))
        .hasMessage("requestLogging == null. Use RequestLogging.NONE instead.");
  }

  @Test
  void settingTwiceIsRejected() {
    NhnOcrClient.Builder b =
        NhnOcrClient.builder()
            .appKey("a")
            .baseUrl("https://example.com/")
            .readTimeout(Duration.ofSeconds(1))
            .retryPolicy(RetryPolicy.none())
            .maxConcurrentCalls(2)
            .requestLogging(RequestLogging.BASIC);
    assertThatThrownBy(() -> b.appKey("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("appKey was already set");
    assertThatThrownBy(() -> b.baseUrl("https://example.org/")).hasMessage("baseUrl was already set");
    assertThatThrownBy(() -> b.readTimeout(Duration.ofSeconds(2))).hasMessage("readTimeout was already set");
    assertThatThrownBy(() -> b.retryPolicy(RetryPolicy.defaults())).hasMessage("retryPolicy was already set");
    assertThatThrownBy(() -> b.maxConcurrentCalls(3)).hasMessage("maxConcurrentCalls was already set");
    assertThatThrownBy(() -> b.requestLogging(RequestLogging.NONE))
        .hasMessage("requestLogging was already set");
  }

  @Test
  void buildNamesWhatIsMissing() {
    assertThatThrownBy(() -> NhnOcrClient.builder().userAccessToken(TOKEN).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("appKey required");
    assertThatThrownBy(() -> NhnOcrClient.builder().appKey("a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("userAccessToken or secretKey required");
  }

  @Test
  void exactlyOneCredential() {
    assertThatThrownBy(() -> NhnOcrClient.builder().userAccessToken(TOKEN).secretKey(SECRET_KEY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("userAccessToken was already set")
        .hasMessageNotContaining(TOKEN)
        .hasMessageNotContaining(SECRET_KEY);
    assertThatThrownBy(() -> NhnOcrClient.builder().secretKey(SECRET_KEY).userAccessToken(TOKEN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("secretKey was already set");
    assertThatThrownBy(() -> NhnOcrClient.builder().userAccessToken(TOKEN).userAccessToken(TOKEN))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void credentialsThatCannotBeSentAreRejectedWithoutQuotingThem() {
    assertThatThrownBy(() -> NhnOcrClient.builder().userAccessToken("Bearer " + TOKEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bare token")
        .hasMessageNotContaining(TOKEN);
    assertThatThrownBy(() -> NhnOcrClient.builder().userAccessToken(TOKEN + "\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(TOKEN);
    assertThatThrownBy(() -> NhnOcrClient.builder().secretKey("키" + SECRET_KEY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(SECRET_KEY);
    assertThatThrownBy(() -> NhnOcrClient.builder().secretKey("  "))
        .hasMessage("secretKey is blank");
    assertThatThrownBy(() -> NhnOcrClient.builder().appKey(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("appKey is blank");
  }

  @Test
  void valuesAreChecked() {
    assertThatThrownBy(() -> NhnOcrClient.builder().baseUrl("https://example.com/ocr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl must end in /: https://example.com/ocr");
    assertThatThrownBy(() -> NhnOcrClient.builder().baseUrl("ftp://example.com/"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NhnOcrClient.builder().apiVersion("1.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiVersion");
    assertThatThrownBy(() -> NhnOcrClient.builder().maxConcurrentCalls(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxConcurrentCalls must be at least 1: 0");
    assertThatThrownBy(() -> NhnOcrClient.builder().connectTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connectTimeout must be positive");
    assertThatThrownBy(() -> NhnOcrClient.builder().readTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultsAreTheNhnServiceAndApiVersionFollowsTheCredential() {
    try (NhnOcrClient token = NhnOcrClient.builder().appKey("a").userAccessToken(TOKEN).build();
        NhnOcrClient secret = NhnOcrClient.builder().appKey("a").secretKey(SECRET_KEY).build()) {
      assertThat(token.toString())
          .contains("https://ocr.api.nhncloudservice.com/", "apiVersion=v1.1", "maxConcurrentCalls=4");
      assertThat(secret.toString()).contains("apiVersion=v1.0");
    }
  }
}
