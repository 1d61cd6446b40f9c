package io.docstruct.rules.unit;

import org.jspecify.annotations.Nullable;

/**
 * Normalises Korean phone numbers to dashed groups: {@code 010-1234-5678}, {@code 02-335-7281}, {@code
 * 031-786-1171}, {@code 1588-1234}; {@code +82} becomes {@code 0}. Text that is no Korean number is kept as
 * printed (stripped).
 */
final class PhoneNumbers {
  private PhoneNumbers() {}

  static @Nullable String normalize(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String digits = text.replaceAll("\\D", "");
    if (text.strip().startsWith("+82")) {
      digits = "0" + digits.substring(2);
    }
    int n = digits.length();
    if (digits.startsWith("02") && (n == 9 || n == 10)) {
      return digits.substring(0, 2) + "-" + digits.substring(2, n - 4) + "-" + digits.substring(n - 4);
    }
    if (digits.startsWith("0") && !digits.startsWith("02") && (n == 10 || n == 11)) {
      return digits.substring(0, 3) + "-" + digits.substring(3, n - 4) + "-" + digits.substring(n - 4);
    }
    if (n == 8 && digits.matches("1[5-9]\\d{6}")) {
      return digits.substring(0, 4) + "-" + digits.substring(4);
    }
    return text.strip();
  }
}
