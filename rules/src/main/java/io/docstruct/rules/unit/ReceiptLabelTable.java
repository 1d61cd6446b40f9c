package io.docstruct.rules.unit;

import io.docstruct.receipt.ReceiptLabels;

/**
 * The receipt label table as rules write it, in the unit's store {@code /receiptLabels}: rules that match it add
 * labels and formats, and the engine reads them once, when it is built (the built-in ones are in {@code
 * receipt-labels.drl}, salience 100000, so that your rules, which run after them, can also remove or clear
 * them). The store is empty while documents are evaluated, so these rules never fire on a document.
 *
 * <pre>{@code
 * rule "Japanese receipt labels"
 * when
 *   $labels : /receiptLabels
 * then
 *   $labels.add("total", "ja", "合計|お会計");
 *   $labels.add("vat", "ja", "消費税|内消費税");
 *   $labels.format("ja", "currency", "JPY");
 *   $labels.format("ja", "decimals", "0");
 *   $labels.format("ja", "script", "HAN|HIRAGANA|KATAKANA");
 * end
 * }</pre>
 *
 * <p>See {@link ReceiptLabels} for the kinds and formats.
 */
public final class ReceiptLabelTable {
  private final ReceiptLabels.Builder builder;

  private ReceiptLabelTable(ReceiptLabels.Builder builder) {
    this.builder = builder;
  }

  /** A table that collects what rules add. */
  static ReceiptLabelTable collecting() {
    return new ReceiptLabelTable(ReceiptLabels.builder());
  }

  /** Adds labels of a kind in a language ({@code add("total", "ko", "합계|결제금액")}). */
  public void add(String kind, String language, String labels) {
    builder.add(kind, language, labels);
  }

  /** Removes labels of a kind in a language. */
  public void remove(String kind, String language, String labels) {
    builder.remove(kind, language, labels);
  }

  /** Removes every label of a kind in a language. */
  public void clear(String kind, String language) {
    builder.clear(kind, language);
  }

  /** Sets a language's format ({@code format("en", "dates", "DMY|YMD")}); see {@link ReceiptLabels}. */
  public void format(String language, String key, String value) {
    builder.format(language, key, value);
  }

  /** What was collected. */
  ReceiptLabels build() {
    return builder.build();
  }
}
