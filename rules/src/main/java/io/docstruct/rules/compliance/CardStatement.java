package io.docstruct.rules.compliance;

import java.util.List;

/**
 * A card statement as read: its transactions, and what was skipped or doubtful, with the row.
 *
 * @param rows the transactions, in file order
 * @param warnings rows skipped and why ({@code card.csv row 45: no date (a total line?): skipped})
 */
public record CardStatement(List<CardTransaction> rows, List<String> warnings) {
  public CardStatement {
    rows = List.copyOf(rows);
    warnings = List.copyOf(warnings);
  }
}
