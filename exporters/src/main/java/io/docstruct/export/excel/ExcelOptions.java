package io.docstruct.export.excel;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What an {@link ExcelExporter} writes and how.
 *
 * <pre>{@code
 * ExcelOptions options = ExcelOptions.defaults()
 *     .withSheets(ExcelSheet.EXPENSES, ExcelSheet.ITEMS, ExcelSheet.VIOLATIONS)
 *     .withMaskPersonalNumbers(false)     // only for users entitled to see them
 *     .withLocale(Locale.US);             // ₩1,600 instead of 1,600원
 * }</pre>
 *
 * @param sheets the sheets to write (at least one)
 * @param maskPersonalNumbers whether resident, passport and card numbers are masked ({@link
 *     io.docstruct.privacy.Masking}); default {@code true}
 * @param locale chooses money formats: Korean shows {@code 1,600원}, others the currency symbol before the
 *     amount ({@code ₩1,600}). Digit grouping and decimal marks are shown by Excel in the reader's own
 *     locale, as in every workbook; dates are always {@code yyyy-mm-dd}, times {@code hh:mm:ss} (24 h)
 * @param rowWindow rows per sheet kept in memory by the streaming writer before they are flushed to a
 *     temporary file; default 100
 */
public record ExcelOptions(
    Set<ExcelSheet> sheets, boolean maskPersonalNumbers, Locale locale, int rowWindow) {

  public ExcelOptions {
    Objects.requireNonNull(sheets, "sheets == null");
    Objects.requireNonNull(locale, "locale == null");
    if (sheets.isEmpty()) {
      throw new IllegalArgumentException("sheets is empty");
    }
    if (rowWindow < 1) {
      throw new IllegalArgumentException("rowWindow < 1: " + rowWindow);
    }
    sheets = Set.copyOf(EnumSet.copyOf(sheets));
  }

  /** Every sheet, personal numbers masked, Korean formats, a 100-row window. */
  public static ExcelOptions defaults() {
    return new ExcelOptions(EnumSet.allOf(ExcelSheet.class), true, Locale.KOREA, 100);
  }

  /** These options with only {@code chosen} sheets. */
  public ExcelOptions withSheets(ExcelSheet... chosen) {
    return new ExcelOptions(Set.copyOf(List.of(chosen)), maskPersonalNumbers, locale, rowWindow);
  }

  /** These options with masking of personal numbers on or off. */
  public ExcelOptions withMaskPersonalNumbers(boolean mask) {
    return new ExcelOptions(sheets, mask, locale, rowWindow);
  }

  /** These options with {@code newLocale} for money formats. */
  public ExcelOptions withLocale(Locale newLocale) {
    return new ExcelOptions(sheets, maskPersonalNumbers, newLocale, rowWindow);
  }

  /** These options with {@code rows} kept in memory per sheet. */
  public ExcelOptions withRowWindow(int rows) {
    return new ExcelOptions(sheets, maskPersonalNumbers, locale, rows);
  }

  /** Whether {@code sheet} is chosen. */
  public boolean has(ExcelSheet sheet) {
    return sheets.contains(sheet);
  }
}
