package io.docstruct.table;

import static io.docstruct.table.Cells.cell;
import static io.docstruct.table.Cells.grid;
import static io.docstruct.table.Cells.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import io.docstruct.document.TableCell;
import org.junit.jupiter.api.Test;

/** One test per kind of damage: the repaired grid and the warning that names the repair. */
class TableDamageTest {

  @Test
  void zeroAndNegativeSpansReadAsOne() {
    TableGrid g = grid(cell(0, 0, 0, 1, "a"), cell(0, 1, 1, -3, "b"), cell(1, 0, "c"), cell(1, 1, "d"));

    assertThat(rows(g)).containsExactly("a|b", "c|d");
    assertThat(g.cellAt(0, 1).columnSpan()).isEqualTo(1);
    assertThat(g.warnings())
        .containsExactly(
            "cell 0 (row 0, column 0): rowSpan 0 read as 1",
            "cell 1 (row 0, column 1): columnSpan -3 read as 1");
  }

  @Test
  void missingIndexKeepsTheCellInAnExtraRow() {
    TableGrid g = grid(cell(0, 0, "a"), cell(0, 1, "b"), cell(null, 1, 1, 1, "lost?"), cell(2, null, 1, 1, "x"));

    assertThat(rows(g)).containsExactly("a|b", "|lost?", "x|");
    assertThat(g.warnings())
        .containsExactly(
            "cell 2 (row missing, column 1): no rowIndex; kept in an extra row 1 below the table,"
                + " column 1",
            "cell 3 (row 2, column missing): no columnIndex; kept in an extra row 2 below the table,"
                + " column 0",
            "row 1, column 0: no cell covers this position; filled with an empty cell",
            "row 2, column 1: no cell covers this position; filled with an empty cell");
  }

  @Test
  void negativeIndexMovesEveryRowDown() {
    TableGrid g = grid(cell(0, 0, "a"), cell(0, 1, "b"), cell(-1, 0, 1, 2, "title"));

    assertThat(rows(g)).containsExactly("title|title", "a|b");
    assertThat(g.cellAt(0, 0).columnSpan()).isEqualTo(2);
    assertThat(g.warnings())
        .containsExactly(
            "cell 2 (row -1, column 0): negative row index; every row moved down by 1 so that it"
                + " keeps a row of its own");
  }

  @Test
  void hugeIndexIsCompactedInsteadOfAllocated() {
    TableGrid g = grid(cell(0, 0, "a"), cell(0, 1, "b"), cell(2_000_000_000, 0, "far"), cell(2_000_000_000, 1, "away"));

    assertThat(g.rowCount()).isEqualTo(2);
    assertThat(rows(g)).containsExactly("a|b", "far|away");
    assertThat(g.warnings())
        .containsExactly(
            "row indexes and spans reach 2000000001 for 2 distinct start rows (dense limit 20):"
                + " rows renumbered to the 2 indexes where cells start, empty rows between them"
                + " dropped");
  }

  @Test
  void hugeSpanIsClippedToTheLastStart() {
    TableGrid g = grid(cell(0, 0, Integer.MAX_VALUE, 1, "tall"), cell(0, 1, "a"), cell(1, 1, "b"));

    assertThat(rows(g)).containsExactly("tall|a", "tall|b");
    assertThat(g.cellAt(0, 0).rowSpan()).isEqualTo(2);
    assertThat(g.warnings())
        .containsExactly(
            "row indexes and spans reach 2147483647 for 2 distinct start rows (dense limit 20):"
                + " rows renumbered to the 2 indexes where cells start, empty rows between them"
                + " dropped",
            "cell 0 (row 0, column 0): rowSpan 2147483647 clipped to 2, past the last row where a"
                + " cell starts");
  }

  @Test
  void spanPastTheEdgeGrowsTheGrid() {
    TableGrid g = grid(cell(0, 0, "a"), cell(0, 1, 1, 3, "wide"), cell(1, 0, "b"), cell(1, 1, "c"));

    assertThat(g.columnCount()).isEqualTo(4);
    assertThat(rows(g)).containsExactly("a|wide|wide|wide", "b|c||");
    assertThat(g.warnings())
        .containsExactly(
            "cell 1 (row 0, column 1): columnSpan 3 reaches past column 1, the last column where a"
                + " cell starts; the grid grows to 4 columns to keep the span",
            "row 1, columns 2–3: no cell covers these positions; filled with empty cells");
  }

  @Test
  void overlappingSpanIsShrunkToItsFreeArea() {
    // cell 1 claims rows 0–1 of column 1 first (row 0 sorts first); cell 0 wanted columns 0–1 of row 1.
    TableGrid g = grid(cell(1, 0, 1, 2, "wide"), cell(0, 1, 2, 1, "tall"), cell(0, 0, "a"));

    assertThat(rows(g)).containsExactly("a|tall", "wide|tall");
    assertThat(g.cellAt(1, 0).columnSpan()).isEqualTo(1);
    assertThat(g.warnings())
        .containsExactly(
            "cell 0 (row 1, column 0): overlaps cell 1 at row 1, column 1; shrunk from 1 × 2 to 1 × 1"
                + " at row 1, column 0");
  }

  @Test
  void fullyCoveredCellIsMergedIntoTheOwner() {
    TableGrid g = grid(cell(0, 0, 2, 2, "big"), cell(1, 1, "inside"), cell(2, 0, "c"), cell(2, 1, "d"));

    assertThat(rows(g)).containsExactly("big\ninside|big\ninside", "big\ninside|big\ninside", "c|d");
    assertThat(g.cellAt(0, 0).sources()).containsExactly(0, 1);
    assertThat(g.warnings())
        .containsExactly(
            "cell 1 (row 1, column 1): every position it spans belongs to cell 0; its text"
                + " \"inside\" was appended to that cell");
  }

  @Test
  void exactDuplicateIsDropped() {
    TableGrid g = grid(cell(0, 0, "a"), cell(0, 1, "b"), cell(0, 1, "b"));

    assertThat(rows(g)).containsExactly("a|b");
    assertThat(g.cells()).hasSize(2);
    assertThat(g.warnings())
        .containsExactly(
            "cell 2 (row 0, column 1): same position as cell 1 and the same text \"b\"; dropped as"
                + " an exact duplicate");
  }

  @Test
  void duplicateWithOtherTextIsMerged() {
    TableGrid g = grid(cell(0, 0, "a"), cell(0, 1, "b"), cell(0, 1, "B. 일품"));

    assertThat(rows(g)).containsExactly("a|b\nB. 일품");
    assertThat(g.cellAt(0, 1).sources()).containsExactly(1, 2);
    assertThat(g.warnings())
        .containsExactly(
            "cell 2 (row 0, column 1): same position as cell 1; its text \"B. 일품\" was appended"
                + " to that cell");
  }

  @Test
  void gapsBecomeEmptyCells() {
    TableGrid g = grid(cell(0, 0, "a"), cell(0, 1, "b"), cell(0, 2, "c"), cell(1, 0, "d"), cell(3, 2, "e"));

    assertThat(rows(g)).containsExactly("a|b|c", "d||", "||", "||e");
    assertThat(g.cellAt(2, 1).sources()).isEmpty();
    assertThat(g.warnings())
        .containsExactly(
            "row 1, columns 1–2: no cell covers these positions; filled with empty cells",
            "row 2, columns 0–2: no cell covers these positions; filled with empty cells",
            "row 3, columns 0–1: no cell covers these positions; filled with empty cells");
  }

  @Test
  void tableWithoutCellsIsAnEmptyGrid() {
    TableGrid g = grid();

    assertThat(g.rowCount()).isZero();
    assertThat(g.columnCount()).isZero();
    assertThat(g.matrix()).isEmpty();
    assertThat(g.records()).isEmpty();
    assertThat(g.warnings()).containsExactly("the table has no cells");
  }

  @Test
  void tooManyPositionsBecomeAList() {
    List<TableCell> diagonal = new ArrayList<>();
    for (int i = 0; i < 1100; i++) {
      diagonal.add(cell(i, i, "d" + i));
    }
    TableGrid g = TableGrids.build(Cells.table(diagonal));

    assertThat(g.columnCount()).isEqualTo(1);
    assertThat(g.rowCount()).isEqualTo(1100);
    assertThat(g.cellAt(1099, 0).text()).isEqualTo("d1099");
    assertThat(g.warnings())
        .containsExactly(
            "the table would need 1100 × 1100 positions for 1100 cells (limit 1048576): cells"
                + " listed one per row in row, column, input order, spans dropped");
  }
}
