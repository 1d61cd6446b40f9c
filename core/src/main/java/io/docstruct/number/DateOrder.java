package io.docstruct.number;

/**
 * The order in which a country prints the year, month and day of an all-numeric date, for {@link DateStyle}.
 *
 * <pre>{@code
 * DateStyle malaysia = DateStyle.of(List.of(DateOrder.DAY_MONTH_YEAR), DateStyle.ENGLISH_MONTHS);
 * PrintedDate.read("25/12/2018", malaysia).iso();   // "2018-12-25"
 * }</pre>
 */
public enum DateOrder {
  /** {@code 2020-09-26}, {@code 20-09-26} (Korea, Japan, China, ISO 8601). */
  YEAR_MONTH_DAY,
  /** {@code 25/12/2018}, {@code 25-12-18} (Malaysia, the United Kingdom, most of Europe). */
  DAY_MONTH_YEAR,
  /** {@code 12/25/2018} (the United States). */
  MONTH_DAY_YEAR;

  /**
   * The order named by its letters: {@code YMD}, {@code DMY} or {@code MDY} (case ignored), as label tables
   * write it.
   *
   * @throws IllegalArgumentException naming the text when it is none of the three
   */
  public static DateOrder ofLetters(String letters) {
    return switch (letters.strip().toUpperCase(java.util.Locale.ROOT)) {
      case "YMD" -> YEAR_MONTH_DAY;
      case "DMY" -> DAY_MONTH_YEAR;
      case "MDY" -> MONTH_DAY_YEAR;
      default -> throw new IllegalArgumentException(
          "date order '" + letters + "' is none of YMD, DMY, MDY");
    };
  }
}
