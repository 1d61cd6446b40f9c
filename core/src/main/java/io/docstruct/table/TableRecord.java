package io.docstruct.table;

import io.docstruct.number.KoreanNumber;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One body row of a {@link TableGrid}, keyed by the grid's unique header names ({@link
 * TableGrid#headerNames()}), in column order. A value spanned over several rows or columns is repeated in
 * each of them, as in the dense matrix.
 *
 * <pre>{@code
 * for (TableRecord r : grid.records()) {
 *   String name = r.get("상품명").orElse("");
 *   BigDecimal amount = r.number("금액").orElse(BigDecimal.ZERO);
 * }
 * }</pre>
 *
 * @param row the grid row it comes from
 * @param values header name → cell text, in column order; unmodifiable
 */
public record TableRecord(int row, Map<String, String> values) {

  public TableRecord {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The text under {@code header}, or empty when the grid has no such header. */
  public Optional<String> get(String header) {
    return Optional.ofNullable(values.get(header));
  }

  /** The text under {@code header} read by {@link KoreanNumber}; empty when absent or not a number. */
  public Optional<BigDecimal> number(String header) {
    return get(header).flatMap(KoreanNumber::parse);
  }
}
