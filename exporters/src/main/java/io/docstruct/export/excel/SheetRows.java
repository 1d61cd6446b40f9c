package io.docstruct.export.excel;

import io.docstruct.rules.entity.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * Where one entity sheet's rows go: the workbook itself, or a recording of them ({@link WorkbookRows}) to be
 * written into a workbook later. {@link EntityRows} writes a document's rows through it, so that both give the
 * same cells. Cells go to the row last started; an empty value leaves its cell out.
 */
interface SheetRows {
  /** Starts a row. */
  void row();

  /** A text cell; {@code value} is not empty. */
  void putText(Column column, String value);

  void integer(Column column, long value);

  /** The expense number of the {@code number}th expense (1-based) of the document being added. */
  void expenseNumber(Column column, int number);

  void putNumber(Column column, double value);

  void putMoney(Column column, double amount, Currency currency);

  void putDate(Column column, LocalDate value);

  /** A date shown as its year and month ({@code yyyy-mm}). */
  void month(Column column, LocalDate value);

  void putTime(Column column, long nanoOfDay);

  /** The Expenses row's Items total formula, with its value. */
  void itemsTotal(double cached, Currency currency);

  /** The Expenses row's Difference formula (total minus items total), with its value. */
  void difference(double cached, Currency currency);

  default void text(Column column, @Nullable String value) {
    if (value != null && !value.isEmpty()) {
      putText(column, value);
    }
  }

  default void number(Column column, @Nullable BigDecimal value) {
    if (value != null) {
      putNumber(column, value.doubleValue());
    }
  }

  default void money(Column column, @Nullable Money value) {
    if (value != null) {
      putMoney(column, value.amount().doubleValue(), value.currency());
    }
  }

  default void date(Column column, @Nullable LocalDate value) {
    if (value != null) {
      putDate(column, value);
    }
  }

  default void time(Column column, @Nullable LocalTime value) {
    if (value != null) {
      putTime(column, value.toNanoOfDay());
    }
  }
}
