package io.docstruct.table;

import java.util.regex.Pattern;

/**
 * The one rule for text that DocStruct writes where a spreadsheet will read it ("CSV injection", OWASP): a
 * text that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is taken for a
 * formula by Excel or LibreOffice when a CSV file is opened, so a receipt whose store name reads {@code
 * =HYPERLINK("http://evil","click")} would become a live link, and {@code @SUM(1+1)*cmd|' /C calc'!A0} a
 * command. Such a text is formula-like and is written neutralised: one single quote before it (in CSV,
 * always inside double quotes), or as an xlsx string cell marked quote-prefixed.
 *
 * <p>One exception: a text that is exactly a plain number, an optional sign and digits with optional
 * thousands commas and decimals ({@code -1,200}, {@code -1200}, {@code +2,000}, {@code -0.5}), is data, not
 * a formula. Excel and LibreOffice read it as that number and run nothing, so it is left as it is and stays a
 * number where one is meant (checked by converting our CSV with LibreOffice and reading the result back with
 * openpyxl: {@code CsvInSpreadsheetsTest}). Anything else that starts with a trigger character, including
 * malformed numbers such as {@code -3,00} or {@code - 1,000}, is neutralised; a reader that wants the
 * original text drops the one leading quote.
 *
 * <pre>{@code
 * SpreadsheetText.isFormulaLike("=1+1");       // true
 * SpreadsheetText.neutralised("=1+1");         // "'=1+1"
 * SpreadsheetText.neutralised("-1,200");       // "-1,200" (a plain number)
 * }</pre>
 */
public final class SpreadsheetText {
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

  private SpreadsheetText() {}

  /**
   * Whether a spreadsheet could run {@code text} as a formula: it begins with {@code = + - @}, a tab or a
   * carriage return and is not exactly a plain number.
   */
  public static boolean isFormulaLike(String text) {
    if (text.isEmpty()) {
      return false;
    }
    return switch (text.charAt(0)) {
      case '=', '@', '\t', '\r' -> true;
      case '+', '-' -> !PLAIN_NUMBER.matcher(text).matches();
      default -> false;
    };
  }

  /** {@code text} with a single quote before it when it {@linkplain #isFormulaLike is formula-like}. */
  public static String neutralised(String text) {
    return isFormulaLike(text) ? "'" + text : text;
  }
}
