package io.docstruct.rules.entity;

import java.util.List;

/**
 * One amount cell of a medical receipt with the header keys that name it.
 *
 * <pre>{@code
 * MedicalItem i = bill.items().get(0);   // [선택항목, 비급여, 계] → 53435 KRW
 * }</pre>
 *
 * @param keys column keys then row keys, as printed ({@code [선택항목, 비급여, 계]})
 * @param amount the cell's amount
 */
public record MedicalItem(List<String> keys, Money amount) {
  public MedicalItem {
    keys = List.copyOf(keys);
  }

  /** Whether any key contains {@code text}. */
  public boolean keyed(String text) {
    for (String key : keys) {
      if (key.contains(text)) {
        return true;
      }
    }
    return false;
  }
}
