package io.docstruct.rules.entity;

import io.docstruct.verify.number.BusinessType;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Korean business registration number (사업자등록번호) as {@code NNN-NN-NNNNN} with the meaning of its type
 * code, as verification reads it ({@link BusinessType}). Only the shape is checked here; the check digit is
 * verification's business.
 *
 * <pre>{@code
 * BusinessNumber n = BusinessNumber.parse("212-81-25544");   // FOR_PROFIT_HEAD_OFFICE
 * BusinessNumber odd = BusinessNumber.parse("2128125");     // null: not ten digits
 * }</pre>
 *
 * @param value ten digits formatted {@code NNN-NN-NNNNN}
 * @param type what digits 4–5 mean ({@link BusinessType#ofCode})
 */
public record BusinessNumber(String value, BusinessType type) {
  private static final Pattern SHAPE = Pattern.compile("\\d{3}-\\d{2}-\\d{5}");
  private static final Pattern LOOSE = Pattern.compile("(?<!\\d)(\\d{3})\\s*[-–.]?\\s*(\\d{2})\\s*[-–.]?\\s*(\\d{5})(?!\\d)");

  public BusinessNumber {
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(type, "type == null");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not NNN-NN-NNNNN: " + value);
    }
  }

  /**
   * The number in {@code text} (dashes, dots or spaces between the groups are accepted), or {@code null} when
   * the text holds no ten-digit number of that shape.
   */
  public static @Nullable BusinessNumber parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher m = LOOSE.matcher(text);
    if (!m.find()) {
      return null;
    }
    String value = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    return new BusinessNumber(value, BusinessType.ofCode(Integer.parseInt(m.group(2))));
  }

  /** The two-digit type code (digits 4–5). */
  public int typeCode() {
    return Integer.parseInt(value.substring(4, 6));
  }

  @Override
  public String toString() {
    return value;
  }
}
