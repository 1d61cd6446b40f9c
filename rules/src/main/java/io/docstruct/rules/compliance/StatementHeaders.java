package io.docstruct.rules.compliance;

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
