package io.docstruct.rules;

import io.docstruct.rules.entity.AccountCategory;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.LineItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The keyword table the built-in categorisation rule uses: an ordered list of (keyword, category) entries.
 * An expense gets the category of the first entry whose keyword occurs in the merchant's name; failing
 * that, of the first entry whose keyword occurs in an item's name. Case and spaces are ignored.
 *
 * <pre>{@code
 * CategoryKeywords table = CategoryKeywords.defaults()
 *     .withFirst(AccountCategory.of("회의비"), "스터디카페", "회의실");   // checked before the defaults
 * RuleEngine engine = RuleEngine.builder().categoryKeywords(table).build();
 * }</pre>
 *
 * @param entries in the order they are tried
 */
public record CategoryKeywords(List<Entry> entries) {
  private static final CategoryKeywords DEFAULTS = defaultTable();

  public CategoryKeywords {
    entries = List.copyOf(entries);
  }

  /**
   * One keyword.
   *
   * @param keyword text to find (case and spaces ignored)
   * @param category the account it leads to
   */
  public record Entry(String keyword, AccountCategory category) {
    public Entry {
      Objects.requireNonNull(keyword, "keyword == null");
      Objects.requireNonNull(category, "category == null");
      keyword = squash(keyword);
      if (keyword.isEmpty()) {
        throw new IllegalArgumentException("keyword is blank");
      }
    }
  }

  /** The built-in table: 식비, 교통비, 접대비, 소모품비, 통신비, 도서인쇄비, 복리후생비 keywords. */
  public static CategoryKeywords defaults() {
    return DEFAULTS;
  }

  /** An empty table: no expense is categorised by keyword. */
  public static CategoryKeywords empty() {
    return new CategoryKeywords(List.of());
  }

  /** A table from categories to their keywords, tried in the map's iteration order. */
  public static CategoryKeywords of(Map<AccountCategory, List<String>> table) {
    List<Entry> entries = new ArrayList<>();
    table.forEach((category, keywords) -> keywords.forEach(k -> entries.add(new Entry(k, category))));
    return new CategoryKeywords(entries);
  }

  /** This table with {@code keywords} for {@code category} tried before every existing entry. */
  public CategoryKeywords withFirst(AccountCategory category, String... keywords) {
    List<Entry> merged = new ArrayList<>();
    for (String keyword : keywords) {
      merged.add(new Entry(keyword, category));
    }
    merged.addAll(entries);
    return new CategoryKeywords(merged);
  }

  /** The category for an expense by this table, or {@code null} when no keyword occurs. */
  public @Nullable AccountCategory categoryOf(Expense expense) {
    String merchant = squash(
        Objects.toString(expense.merchant().name(), "") + " " + Objects.toString(expense.merchant().branch(), ""));
    for (Entry entry : entries) {
      if (merchant.contains(entry.keyword())) {
        return entry.category();
      }
    }
    for (Entry entry : entries) {
      for (LineItem item : expense.items()) {
        if (item.name() != null && squash(item.name()).contains(entry.keyword())) {
          return entry.category();
        }
      }
    }
    return null;
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replace(" ", "").strip();
  }

  private static CategoryKeywords defaultTable() {
    Map<AccountCategory, List<String>> t = new LinkedHashMap<>();
    // Order matters: the first matching entry wins, so specific places come before generic shops.
    t.put(AccountCategory.ENTERTAINMENT,
        List.of("주점", "호프", "이자카야", "와인바", "포차", "단란", "유흥", "룸살롱", "골프"));
    t.put(AccountCategory.TRANSPORT,
        List.of("택시", "카카오T", "코레일", "KTX", "SRT", "고속버스", "시외버스", "지하철", "주유", "GS칼텍스",
            "SK에너지", "S-OIL", "에쓰오일", "현대오일뱅크", "주차", "하이패스", "톨게이트", "티머니", "항공"));
    t.put(AccountCategory.COMMUNICATION,
        List.of("SKT", "SK텔레콤", "KT통신", "LGU+", "LG유플러스", "텔레콤", "통신요금", "인터넷요금"));
    t.put(AccountCategory.BOOKS_AND_PRINTING,
        List.of("서점", "문고", "알라딘", "YES24", "예스24", "인쇄", "복사", "출력", "도서"));
    t.put(AccountCategory.WELFARE, List.of("약국", "병원", "의원", "치과"));
    t.put(AccountCategory.MEALS,
        List.of("식당", "김밥", "분식", "카페", "커피", "아메리카노", "라떼", "베이커리", "빵", "크루아상", "제과",
            "치킨", "피자", "버거", "맥도날드", "스타벅스", "도시락", "국밥", "한식", "중식", "일식", "배달의민족",
            "요기요", "한우", "갈비", "삼겹살", "고깃집", "찌개", "냉면", "국수", "해장국", "횟집"));
    t.put(AccountCategory.SUPPLIES,
        List.of("다이소", "문구", "오피스디포", "이마트", "emart", "홈플러스", "롯데마트", "마트", "GS25", "CU",
            "세븐일레븐", "편의점", "쿠팡", "생수", "휴지"));
    return of(t);
  }
}
