package io.docstruct.testing.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/**
 * The secret requests must carry ({@code X-OCR-SECRET} for CLOVA, the NHN token or secret key); when none was
 * configured, any non-empty value. Compared in constant time; never shown.
 */
final class SharedSecret {
  private final byte @Nullable [] expected;

  SharedSecret(@Nullable String expected) {
    this.expected = expected == null ? null : expected.getBytes(StandardCharsets.UTF_8);
  }

  /** Whether {@code sent} is the secret (or any non-empty value, when none was configured). */
  boolean accepts(@Nullable String sent) {
    if (sent == null || sent.isEmpty()) {
      return false;
    }
    byte[] e = expected;
    return e == null || MessageDigest.isEqual(e, sent.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return expected == null ? "any" : "set";
  }
}
