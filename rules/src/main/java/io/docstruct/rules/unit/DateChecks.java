package io.docstruct.rules.unit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Null-safe date comparisons for rules. Drools' executable model types a record component whose name starts
 * with {@code is}, such as {@code issueDate}, as {@code Object}, so {@code issueDate.isAfter(today)} does not
 * compile; rules write {@code DateChecks.after(this.issueDate(), today)} instead.
 *
 * <pre>{@code
 * rule "…" when $v : /vendors[ DateChecks.after(this.issueDate(), today) ] then … end
 * }</pre>
 */
public final class DateChecks {
  private DateChecks() {}

  /** Whether {@code date} is present and after {@code other} (present). */
  public static boolean after(@Nullable LocalDate date, @Nullable LocalDate other) {
    return date != null && other != null && date.isAfter(other);
  }
}
