package io.docstruct.rules.compliance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The header names each {@link StatementColumn} goes by in card companies' exports: a synonym table,
 * compared without spaces, brackets or case ({@code 이용 금액(원)} is {@code 이용금액}). Extend it for an
 * export whose headers it does not know.
 *
 * <pre>{@code
 * StatementHeaders headers = StatementHeaders.defaults()
 *     .with(StatementColumn.AMOUNT, "매출금액")
 *     .with(StatementColumn.MERCHANT, "사용처");
 * CardStatementReader reader = CardStatementReader.create(headers);
 * }</pre>
 *
 * <p>Or from a file the user keeps ({@code docstruct batch … --statement-headers headers.csv}), one column a
 * line, its names separated by {@code |}, tried before the built-in ones:
 *
 * <pre>{@code
 * # our card company's export
 * AMOUNT,매출금액|청구금액
 * MERCHANT,사용처
 * }</pre>
 *
 * @param synonyms the names of each column, in the order they are tried
 */
public record StatementHeaders(Map<StatementColumn, List<String>> synonyms) {
  private static final StatementHeaders DEFAULTS = new StatementHeaders(Map.of(
      StatementColumn.DATE, List.of("승인일자", "승인일", "승인일시", "이용일자", "이용일", "이용일시", "거래일자", "거래일",
          "거래일시", "사용일자", "매출일자", "date", "transactiondate"),
      StatementColumn.TIME, List.of("승인시각", "승인시간", "이용시각", "이용시간", "거래시각", "거래시간", "time"),
      StatementColumn.APPROVAL_NUMBER, List.of("승인번호", "approvalnumber", "approvalno", "authcode"),
      StatementColumn.MERCHANT, List.of("가맹점명", "가맹점", "이용가맹점", "이용하신가맹점", "가맹점상호", "이용처",
          "merchant", "merchantname"),
      StatementColumn.BUSINESS_NUMBER, List.of("가맹점사업자번호", "가맹점사업자등록번호", "사업자번호", "사업자등록번호",
          "businessnumber"),
      StatementColumn.AMOUNT, List.of("이용금액", "승인금액", "거래금액", "결제금액", "사용금액", "금액", "amount"),
      StatementColumn.CARD_NUMBER, List.of("카드번호", "이용카드", "cardnumber", "card"),
      StatementColumn.STATUS, List.of("승인구분", "거래구분", "취소여부", "상태", "구분", "status")));

  public StatementHeaders {
    Map<StatementColumn, List<String>> copy = new EnumMap<>(StatementColumn.class);
    synonyms.forEach((column, names) -> copy.put(column, names.stream().map(StatementHeaders::squash).toList()));
    synonyms = Map.copyOf(copy);
  }

  /** The built-in table: the headers of the common Korean card companies' approval exports. */
  public static StatementHeaders defaults() {
    return DEFAULTS;
  }

  /** This table with {@code names} for {@code column}, tried before the existing ones. */
  public StatementHeaders with(StatementColumn column, String... names) {
    Objects.requireNonNull(column, "column == null");
    Map<StatementColumn, List<String>> copy = new EnumMap<>(StatementColumn.class);
    copy.putAll(synonyms);
    List<String> merged = new ArrayList<>(List.of(names));
    merged.addAll(synonyms.getOrDefault(column, List.of()));
    copy.put(column, merged);
    return new StatementHeaders(copy);
  }

  /** The largest synonym file {@link #withSynonyms(Path)} reads. */
  public static final int MAX_SYNONYM_FILE_BYTES = 64 * 1024;

  /**
   * This table with the synonyms of a file (UTF-8): per line {@code COLUMN,name|name}, where {@code COLUMN} is a
   * {@link StatementColumn} ({@code AMOUNT}, {@code MERCHANT} …, any case); the names are tried before the
   * existing ones. Blank lines and lines starting with {@code #} are skipped.
   *
   * @throws CardStatementException naming the file and line of what is not understood, or why the file
   *     cannot be read
   */
  public StatementHeaders withSynonyms(Path file) {
    List<String> lines;
    try {
      if (Files.size(file) > MAX_SYNONYM_FILE_BYTES) {
        throw new CardStatementException(
            file + ": larger than " + MAX_SYNONYM_FILE_BYTES + " bytes, too large for a header synonym file");
      }
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CardStatementException(file + ": no such file", e);
    } catch (IOException e) {
      throw new CardStatementException(file + ": cannot be read as UTF-8 text: " + e.getMessage(), e);
    }
    StatementHeaders table = this;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int comma = line.indexOf(',');
      String where = file + " line " + (i + 1) + ": ";
      if (comma < 0) {
        throw new CardStatementException(where + "expected COLUMN,name|name, found '" + line + "'");
      }
      String name = line.substring(0, comma).strip().toUpperCase(Locale.ROOT);
      StatementColumn column;
      try {
        column = StatementColumn.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new CardStatementException(where + "no column '" + line.substring(0, comma).strip() + "'; one of "
            + List.of(StatementColumn.values()), e);
      }
      List<String> names = new ArrayList<>();
      for (String synonym : line.substring(comma + 1).split("\\|")) {
        if (!squash(synonym).isEmpty()) {
          names.add(synonym.strip());
        }
      }
      if (names.isEmpty()) {
        throw new CardStatementException(where + "no header names for " + column);
      }
      table = table.with(column, names.toArray(String[]::new));
    }
    return table;
  }

  /** The column a header names, or {@code null}. An exact synonym wins over none. */
  public @Nullable StatementColumn columnOf(@Nullable String header) {
    if (header == null) {
      return null;
    }
    String h = squash(header);
    if (h.isEmpty()) {
      return null;
    }
    for (StatementColumn column : StatementColumn.values()) {
      if (synonyms.getOrDefault(column, List.of()).contains(h)) {
        return column;
      }
    }
    return null;
  }

  private static String squash(String s) {
    return s.replaceAll("[\\s()\\[\\]<>{}_·./-]", "").replace("(원)", "").replace("원", "")
        .toLowerCase(Locale.ROOT).strip();
  }
}
