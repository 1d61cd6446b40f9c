package io.docstruct.rules;

import io.docstruct.rules.entity.AccountCategory;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.LineItem;
import io.docstruct.rules.unit.KnowledgeBase;
import java.util.ArrayList;
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
 * <p>The built-in keywords are rules ({@code category-keywords.drl}); a user's rule file changes them without
 * code ({@code when $keywords : /categoryKeywords then $keywords.addFirst("회의비", "스터디카페|회의실");}, see
 * {@link io.docstruct.rules.unit.CategoryKeywordTable}). A table given to {@link
 * RuleEngine.Builder#categoryKeywords} replaces the one the rules give.
 *
 * @param entries in the order they are tried
 */
public record CategoryKeywords(List<Entry> entries) {
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

  /**
   * The built-in table: 식비, 교통비, 접대비, 소모품비, 통신비, 도서인쇄비, 복리후생비 keywords, as the built-in rule
   * file {@code category-keywords.drl} gives them (read once per process, with the built-in rules).
   */
  public static CategoryKeywords defaults() {
    return KnowledgeBase.builtIn().categoryKeywords();
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
}
