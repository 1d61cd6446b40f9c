package io.docstruct.clova.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiGatewayCredentialsTest {

  @Test
  void signatureMatchesAnIndependentlyComputedVector() {
    // Computed with Python's hmac/hashlib/base64 from the message format in the NCP API Gateway docs.
    ApiGatewayCredentials keys = new ApiGatewayCredentials("AKIDEXAMPLE0001", "SECRETEXAMPLEKEY0123456789");

    assertThat(keys.sign("POST", "/external/v1/12345/abcdef/general", 1_700_000_000_000L))
        .isEqualTo("I7eCZJrkh4UAbeAoHyLMjzEeOyMR1LUsQUzgjNlo4CM=");
  }

  @Test
  void toStringNeverShowsTheSecretKey() {
    ApiGatewayCredentials keys = new ApiGatewayCredentials("AKIDEXAMPLE0001", "SECRETEXAMPLEKEY0123456789");

    assertThat(keys.toString()).contains("AKIDEXAMPLE0001").doesNotContain("SECRETEXAMPLEKEY");
  }

  @Test
  void blankKeysAreRefused() {
    assertThatThrownBy(() -> new ApiGatewayCredentials("a", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accessKey and secretKey must not be blank");
  }
}
