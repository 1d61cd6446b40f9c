package io.docstruct.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.document.ResponseKind.Provider;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void delaysGrowExponentiallyWithFullJitterAndAreCapped() {
    RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1_000), 2.0);
    SplittableRandom random = new SplittableRandom(7);

    for (int i = 0; i < 1_000; i++) {
      assertThat(policy.delayBefore(1, random)).isBetween(Duration.ZERO, Duration.ofMillis(100));
      assertThat(policy.delayBefore(3, random)).isBetween(Duration.ZERO, Duration.ofMillis(400));
      assertThat(policy.delayBefore(9, random)).isBetween(Duration.ZERO, Duration.ofMillis(1_000));
    }
  }

  @Test
  void attemptsAreCountedInAll() {
    RetryPolicy policy = RetryPolicy.defaults();

    assertThat(policy.allowsAnotherAfter(3)).isTrue();
    assertThat(policy.allowsAnotherAfter(4)).isFalse();
    assertThat(RetryPolicy.none().allowsAnotherAfter(1)).isFalse();
  }

  @Test
  void nonsenseSettingsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 1))
        .hasMessage("maxAttempts must be at least 1: 0");
    assertThatThrownBy(() -> new RetryPolicy(2, Duration.ZERO, Duration.ZERO, Double.NaN))
        .hasMessageStartingWith("multiplier must be");
  }

  @ParameterizedTest(name = "CLOVA HTTP {0} code {1} retryable={2}")
  @CsvSource({
    "400, 0025, true",
    "500, 0500, true",
    "500, 0501, true",
    "503, , true",
    "429, , true",
    "408, , true",
    "401, 0002, false",
    "400, 0011, false",
    "400, 0021, false",
    "400, 0022, false",
    "400, 0023, false",
    "400, 1021, false",
    "400, 0028, false",
    "404, , false"
  })
  void clovaErrorsAreRetriedOnlyWhenTheProviderSaysSo(int status, String code, boolean retryable) {
    OcrApiException e = new OcrApiException(Provider.CLOVA, status, code, "m", null, null);

    assertThat(e.retryable()).isEqualTo(retryable);
  }

  @ParameterizedTest(name = "NHN HTTP {0} code {1} retryable={2}")
  @CsvSource({"200, -1, true", "200, 4000001, false", "200, 4000006, false", "502, , true"})
  void nhnErrorsAreRetriedOnlyWhenTransient(int status, String code, boolean retryable) {
    OcrApiException e = new OcrApiException(Provider.NHN, status, code, "m", null, null);

    assertThat(e.retryable()).isEqualTo(retryable);
  }

  @Test
  void apiExceptionMessageNamesStatusCodeAndTrace() {
    OcrApiException e =
        new OcrApiException(Provider.CLOVA, 400, "0025", "Calls to this api have exceeded the rate limit.", "t-1", "r-9");

    assertThat(e.getMessage())
        .isEqualTo(
            "CLOVA OCR error 0025 (HTTP 400): Calls to this api have exceeded the rate limit. [traceId t-1] [requestId r-9]");
    assertThat(e.isLimit()).isTrue();
  }
}
