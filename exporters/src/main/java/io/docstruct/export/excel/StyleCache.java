package io.docstruct.export.excel;

import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * The cell styles of one workbook, each created on first use and then shared: a workbook holds at most
 * 64,000 styles, and a style per cell would also bloat the file. Keys are the style's role plus its number
 * format, so a million money cells share one style.
 */
final class StyleCache {
  /** Excel's date format for the whole workbook. */
  static final String DATE_FORMAT = "yyyy-mm-dd";
  /** 24-hour clock: without AM/PM, {@code hh} counts 0–23. */
  static final String TIME_FORMAT = "hh:mm:ss";
  static final String INTEGER_FORMAT = "#,##0";

  private final Workbook workbook;
  private final Locale locale;
  private final Map<String, CellStyle> styles = new HashMap<>();
  private final Map<Currency, String> moneyFormats = new HashMap<>();

  StyleCache(Workbook workbook, Locale locale) {
    this.workbook = workbook;
    this.locale = locale;
  }

  /** Bold on a grey fill with a line below, wrapped, top-aligned: header rows. */
  CellStyle header() {
    return styles.computeIfAbsent("header", k -> {
      CellStyle s = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      s.setFont(bold);
      s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      s.setBorderBottom(BorderStyle.THIN);
      s.setWrapText(true);
      s.setVerticalAlignment(VerticalAlignment.TOP);
      return s;
    });
  }

  /** Text that may hold line breaks: wrapped, top-aligned. */
  CellStyle wrapped() {
    return styles.computeIfAbsent("wrapped", k -> {
      CellStyle s = workbook.createCellStyle();
      s.setWrapText(true);
      s.setVerticalAlignment(VerticalAlignment.TOP);
      return s;
    });
  }

  /**
   * {@code base} (or the default style) marked quote-prefixed: its text is text even when it starts like a
   * formula, and stays text when the cell is edited in Excel (what typing a leading {@code '} does).
   */
  CellStyle quotePrefixed(@Nullable CellStyle base) {
    String key = "quotePrefixed:" + (base == null ? "" : base.getIndex());
    return styles.computeIfAbsent(key, k -> {
      CellStyle s = workbook.createCellStyle();
      if (base != null) {
        s.cloneStyleFrom(base);
      }
      s.setQuotePrefixed(true);
      return s;
    });
  }

  CellStyle date() {
    return format(DATE_FORMAT);
  }

  CellStyle time() {
    return format(TIME_FORMAT);
  }

  CellStyle integer() {
    return format(INTEGER_FORMAT);
  }

  /** An amount in {@code currency}, e.g. {@code #,##0"원"} (Korean) or {@code "₩"#,##0}. */
  CellStyle money(Currency currency) {
    return format(moneyFormat(currency));
  }

  /** The number format of amounts in {@code currency} for this workbook's locale. */
  String moneyFormat(Currency currency) {
    return moneyFormats.computeIfAbsent(currency, c -> moneyFormat(c, locale));
  }

  static String moneyFormat(Currency currency, Locale locale) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    String number = digits == 0 ? INTEGER_FORMAT : INTEGER_FORMAT + "." + "0".repeat(digits);
    if (currency.getCurrencyCode().equals("KRW") && locale.getLanguage().equals("ko")) {
      return number + "\"원\"";
    }
    return "\"" + currency.getSymbol(locale).replace("\"", "") + "\"" + number;
  }

  /** A style with only the number format {@code format}. */
  CellStyle format(String format) {
    CellStyle cached = styles.get(format);
    if (cached != null) {
      return cached;
    }
    CellStyle s = workbook.createCellStyle();
    s.setDataFormat(workbook.createDataFormat().getFormat(format));
    styles.put(format, s);
    return s;
  }

  /** How many styles this cache created (for tests: constant, whatever the number of rows). */
  int size() {
    return styles.size();
  }
}
