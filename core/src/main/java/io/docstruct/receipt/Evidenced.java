package io.docstruct.receipt;

import java.util.Objects;

/**
 * A value read from a receipt and its {@link Evidence}.
 *
 * <pre>{@code
 * Evidenced<BigDecimal> total = reading.total();
 * if (total != null) System.out.println(total.value() + " (" + total.evidence().rule() + ")");
 * }</pre>
 *
 * @param value the value
 * @param evidence why it was chosen and where it stands
 * @param <T> the value's type
 */
public record Evidenced<T>(T value, Evidence evidence) {
  public Evidenced {
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(evidence, "evidence == null");
  }
}
