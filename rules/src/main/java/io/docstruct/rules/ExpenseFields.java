package io.docstruct.rules;

import io.docstruct.rules.unit.KnowledgeBase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which field of a document becomes which property of an {@link io.docstruct.rules.entity.Expense}: for each
 * document kind and property, the fields to take it from, in the order they are tried (the first that gives
 * a value wins). Reading a value (numbers, dates, masking a card number) stays in Java; this table only says
 * where it comes from.
 *
 * <ul>
 *   <li>{@value #RECEIPT} — Receipt Document OCR: the provider's field names as {@code namedFields()} gives them,
 *       without list indices ({@code totalPrice.price}, {@code storeInfo.bizNum}, {@code subTotal.taxPrice};
 *       see {@link #RECEIPT_FIELDS}). An amount from a field the receipt repeats (two tax lines) is their sum.
 *   <li>{@value #TEMPLATE} — Template OCR: the names your template gives its fields ({@code 공급가액합계}),
 *       compared without spaces or case. The built-in table has none: a Template page becomes an expense only
 *       when a rule names one of its fields.
 * </ul>
 *
 * <p>The built-in table is the rule file {@code mapping-expense-fields.drl}; your rule file changes it, once, when
 * the engine is built ({@link io.docstruct.rules.unit.ExpenseFieldTable}):
 *
 * <pre>{@code
 * rule "Our purchase template"
 * when
 *   $fields : /expenseFields
 * then
 *   $fields.map("template", "total", "공급가액합계|합계금액");   // tried in this order
 *   $fields.map("template", "merchant.name", "상호");
 * end
 * }</pre>
 *
 * <p>{@code RuleEngine.expenseFields()} shows the table an engine uses.
 */
public final class ExpenseFields {
  /** The kind of Receipt Document OCR pages. */
  public static final String RECEIPT = "receipt";

  /** The kind of Template OCR pages. */
  public static final String TEMPLATE = "template";

  /** The expense properties a field can become, as {@code Expense} and {@code FieldEvidence} name them. */
  public static final List<String> PROPERTIES = List.of(
      "merchant.name", "merchant.branch", "merchant.businessNumber", "merchant.address", "merchant.phone",
      "date", "time",
      "payment.cardCompany", "payment.cardNumber", "payment.approvalNumber",
      "subtotal", "supplyAmount", "vat", "taxFreeAmount", "discount", "total");

  /** The field names of a Receipt Document OCR page a {@value #RECEIPT} entry may name. */
  public static final Set<String> RECEIPT_FIELDS = Set.of(
      "storeInfo.name", "storeInfo.subName", "storeInfo.bizNum", "storeInfo.movieName", "storeInfo.address",
      "storeInfo.tel", "paymentInfo.date", "paymentInfo.time", "paymentInfo.cardInfo.company",
      "paymentInfo.cardInfo.number", "paymentInfo.confirmNum", "subTotal.taxPrice", "subTotal.discountPrice",
      "totalPrice.price");

  private static final ExpenseFields EMPTY = new ExpenseFields(List.of());

  /**
   * One source of a property.
   *
   * @param kind {@value #RECEIPT} or {@value #TEMPLATE}
   * @param property one of {@link #PROPERTIES} (an {@code expense.} prefix is dropped)
   * @param field the field's name: for receipts one of {@link #RECEIPT_FIELDS}; for templates any name, kept
   *     without spaces and in lower case
   */
  public record Entry(String kind, String property, String field) {
    public Entry {
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(property, "property == null");
      Objects.requireNonNull(field, "field == null");
      kind = kind.strip().toLowerCase(Locale.ROOT);
      property = property.strip();
      if (property.startsWith("expense.")) {
        property = property.substring("expense.".length());
      }
      if (!PROPERTIES.contains(property)) {
        throw new IllegalArgumentException("no expense property '" + property + "'; one of " + PROPERTIES);
      }
      switch (kind) {
        case RECEIPT -> {
          field = field.strip();
          if (!RECEIPT_FIELDS.contains(field)) {
            throw new IllegalArgumentException(
                "no Receipt OCR field '" + field + "'; one of " + RECEIPT_FIELDS.stream().sorted().toList());
          }
        }
        case TEMPLATE -> {
          field = templateName(field);
          if (field.isEmpty()) {
            throw new IllegalArgumentException("template field name is blank");
          }
        }
        default -> throw new IllegalArgumentException(
            "no document kind '" + kind + "'; one of " + RECEIPT + ", " + TEMPLATE);
      }
    }
  }

  private final List<Entry> entries;
  private final Map<String, List<String>> byKindAndProperty = new HashMap<>();
  private final Map<String, Boolean> byKindAndField = new HashMap<>();

  /** A table of these entries, tried in this order. */
  public ExpenseFields(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry e : this.entries) {
      byKindAndProperty.computeIfAbsent(e.kind() + ' ' + e.property(), k -> new ArrayList<>()).add(e.field());
      byKindAndField.put(e.kind() + ' ' + e.field(), Boolean.TRUE);
    }
    byKindAndProperty.replaceAll((k, v) -> List.copyOf(v));
  }

  /** The built-in table, as {@code mapping-expense-fields.drl} gives it (read once per process). */
  public static ExpenseFields defaults() {
    return KnowledgeBase.builtIn().expenseFields();
  }

  /** A table that maps nothing. */
  public static ExpenseFields empty() {
    return EMPTY;
  }

  /** The entries, in the order they are tried. */
  public List<Entry> entries() {
    return entries;
  }

  /** The fields a property of a kind is taken from, in the order they are tried; empty when none. */
  public List<String> fields(String kind, String property) {
    return byKindAndProperty.getOrDefault(kind + ' ' + property, List.of());
  }

  /** Whether any of a Template page's field names is a source of some property. */
  public boolean mapsTemplateField(Collection<String> names) {
    for (String name : names) {
      if (byKindAndField.containsKey(TEMPLATE + ' ' + templateName(name))) {
        return true;
      }
    }
    return false;
  }

  /** A template field's name as the table compares it: without spaces, in lower case. */
  public static String templateName(String name) {
    return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExpenseFields other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "ExpenseFields" + entries;
  }
}
