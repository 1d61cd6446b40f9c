package io.docstruct.rules.unit;

import io.docstruct.rules.ExpenseFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The expense field table as rules write it, in the unit's store {@code /expenseFields}: which field of a
 * document becomes which expense property ({@link ExpenseFields}). Rules that match it add and remove sources,
 * and the engine reads the table once, when it is built (the built-in entries are in {@code
 * mapping-expense-fields.drl}, salience 100000, so that your rules, which run after them, can also remove or
 * replace them). The store is empty while documents are evaluated, so these rules never fire on a document.
 * Several fields go in one text, separated by {@code |}, in the order they are tried.
 *
 * <pre>{@code
 * rule "Our purchase template"
 * when
 *   $fields : /expenseFields
 * then
 *   $fields.map("template", "total", "공급가액합계");            // Template OCR: our template's field names
 *   $fields.unmap("receipt", "merchant.branch", "storeInfo.subName");   // no branch from Receipt OCR
 * end
 * }</pre>
 */
public final class ExpenseFieldTable {
  private final List<ExpenseFields.Entry> entries = new ArrayList<>();

  private ExpenseFieldTable() {}

  /** A table that collects what rules add. */
  static ExpenseFieldTable collecting() {
    return new ExpenseFieldTable();
  }

  /**
   * Adds fields a property of a kind is taken from, tried after those it already has ({@code map("template",
   * "total", "합계금액|총액")}). A field the property already has keeps its place.
   *
   * @throws IllegalArgumentException naming an unknown kind, property or Receipt OCR field
   */
  public void map(String kind, String property, String fields) {
    for (ExpenseFields.Entry entry : entries(kind, property, fields)) {
      if (!entries.contains(entry)) {
        entries.add(entry);
      }
    }
  }

  /**
   * Adds fields a property of a kind is taken from, tried before those it already has, in the order given; a
   * field it already has moves to the front.
   *
   * @throws IllegalArgumentException naming an unknown kind, property or Receipt OCR field
   */
  public void mapFirst(String kind, String property, String fields) {
    List<ExpenseFields.Entry> first = entries(kind, property, fields);
    entries.removeAll(first);
    entries.addAll(0, first);   // only the order within a kind and property matters
  }

  /**
   * Removes fields from a property of a kind.
   *
   * @throws IllegalArgumentException naming a field the property is not taken from (a typo would else change
   *     nothing)
   */
  public void unmap(String kind, String property, String fields) {
    for (ExpenseFields.Entry entry : entries(kind, property, fields)) {
      if (!entries.remove(entry)) {
        throw new IllegalArgumentException(
            "no " + entry.kind() + " field '" + entry.field() + "' for expense property " + entry.property()
                + " to remove");
      }
    }
  }

  /** Removes every source of a property of a kind: the property stays empty unless a later rule maps it. */
  public void clear(String kind, String property) {
    // An entry only to check and normalise the kind and property: any field the kind accepts will do.
    String anyField = ExpenseFields.RECEIPT.equalsIgnoreCase(kind.strip()) ? "totalPrice.price" : "x";
    ExpenseFields.Entry probe = entries(kind, property, anyField).get(0);
    entries.removeIf(e -> e.kind().equals(probe.kind()) && e.property().equals(probe.property()));
  }

  /** What was collected. */
  ExpenseFields build() {
    return new ExpenseFields(entries);
  }

  private static List<ExpenseFields.Entry> entries(String kind, String property, String fields) {
    Objects.requireNonNull(fields, "fields == null");
    if (fields.isBlank()) {
      throw new IllegalArgumentException("no fields given");
    }
    List<ExpenseFields.Entry> list = new ArrayList<>();
    for (String field : fields.split("\\|", -1)) {
      list.add(new ExpenseFields.Entry(kind, property, field));
    }
    return list;
  }
}
