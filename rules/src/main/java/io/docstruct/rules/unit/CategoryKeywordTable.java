package io.docstruct.rules.unit;

import io.docstruct.rules.CategoryKeywords;
import io.docstruct.rules.entity.AccountCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The category keyword table as rules write it, in the unit's store {@code /categoryKeywords}: rules that match it
 * add and remove keywords, and the engine reads the table once, when it is built (the built-in keywords are in
 * {@code category-keywords.drl}, salience 100000, so that your rules, which run after them, can also remove or
 * replace them). The store is empty while documents are evaluated, so these rules never fire on a document.
 * Several keywords go in one text, separated by {@code |}; case and spaces are ignored.
 *
 * <pre>{@code
 * rule "Our meeting rooms"
 * when
 *   $keywords : /categoryKeywords
 * then
 *   $keywords.addFirst("회의비", "스터디카페|회의실");   // tried before every other keyword
 *   $keywords.remove("골프");                            // no longer 접대비
 * end
 * }</pre>
 *
 * <p>See {@link CategoryKeywords} for how the table decides a category.
 */
public final class CategoryKeywordTable {
  private final List<CategoryKeywords.Entry> entries = new ArrayList<>();

  private CategoryKeywordTable() {}

  /** A table that collects what rules add. */
  static CategoryKeywordTable collecting() {
    return new CategoryKeywordTable();
  }

  /**
   * Adds keywords for a category, tried after every keyword already in the table ({@code add("식비", "샐러드|포케")}).
   * A keyword the table already has for this category keeps its place.
   *
   * @throws IllegalArgumentException when the category or a keyword is blank
   */
  public void add(String category, String keywords) {
    for (CategoryKeywords.Entry entry : entries(category, keywords)) {
      if (!entries.contains(entry)) {
        entries.add(entry);
      }
    }
  }

  /**
   * Adds keywords for a category, tried before every keyword already in the table, in the order given; the same
   * keyword for the same category moves to the front.
   *
   * @throws IllegalArgumentException when the category or a keyword is blank
   */
  public void addFirst(String category, String keywords) {
    List<CategoryKeywords.Entry> first = entries(category, keywords);
    entries.removeAll(first);
    entries.addAll(0, first);
  }

  /**
   * Removes keywords from every category.
   *
   * @throws IllegalArgumentException naming a keyword the table does not have (a typo would else change nothing)
   */
  public void remove(String keywords) {
    for (String keyword : split(keywords)) {
      String squashed = new CategoryKeywords.Entry(keyword, AccountCategory.FEES).keyword();
      if (!entries.removeIf(e -> e.keyword().equals(squashed))) {
        throw new IllegalArgumentException("no category keyword '" + keyword.strip() + "' to remove");
      }
    }
  }

  /**
   * Removes keywords from one category.
   *
   * @throws IllegalArgumentException naming a keyword the category does not have
   */
  public void remove(String category, String keywords) {
    for (CategoryKeywords.Entry entry : entries(category, keywords)) {
      if (!entries.remove(entry)) {
        throw new IllegalArgumentException(
            "no keyword '" + entry.keyword() + "' for category " + entry.category() + " to remove");
      }
    }
  }

  /** Removes every keyword of a category. */
  public void clear(String category) {
    AccountCategory c = AccountCategory.of(category);
    entries.removeIf(e -> e.category().equals(c));
  }

  /** Removes every keyword: rules that run later build the table anew. */
  public void clear() {
    entries.clear();
  }

  /** What was collected. */
  CategoryKeywords build() {
    return new CategoryKeywords(entries);
  }

  private static List<CategoryKeywords.Entry> entries(String category, String keywords) {
    AccountCategory c = AccountCategory.of(Objects.requireNonNull(category, "category == null"));
    List<CategoryKeywords.Entry> list = new ArrayList<>();
    for (String keyword : split(keywords)) {
      list.add(new CategoryKeywords.Entry(keyword, c));
    }
    return list;
  }

  private static List<String> split(String keywords) {
    Objects.requireNonNull(keywords, "keywords == null");
    if (keywords.isBlank()) {
      throw new IllegalArgumentException("no keywords given");
    }
    return List.of(keywords.split("\\|", -1));
  }
}
