package io.docstruct.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.TableCell;
import io.docstruct.document.TextLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the grid builder. Layouts come from a seed so that a failure can be replayed: valid layouts
 * are random tilings of a grid by spanning cells; damaged ones are random indexes and spans, including
 * missing, negative, huge, overlapping and duplicate cells.
 */
class TableGridProperties {

  /** A grid the size of the layout, in the provider's input order. */
  record Layout(int rows, int columns, List<TableCell> cells) {}

  @Property
  void shufflingTheCellsOfAValidLayoutLeavesTheGridUnchanged(
      @ForAll @IntRange(min = 1, max = 8) int rows,
      @ForAll @IntRange(min = 1, max = 8) int columns,
      @ForAll long seed) {
    Layout layout = tiling(rows, columns, new Random(seed));
    List<TableCell> shuffled = new ArrayList<>(layout.cells());
    Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));

    TableGrid original = TableGrids.build(Cells.table(layout.cells()));
    TableGrid reordered = TableGrids.build(Cells.table(shuffled));

    assertThat(original.rowCount()).isEqualTo(rows);
    assertThat(original.columnCount()).isEqualTo(columns);
    assertThat(shape(reordered)).isEqualTo(shape(original));
    assertThat(reordered.matrix()).isEqualTo(original.matrix());
    assertThat(reordered.headerRows()).isEqualTo(original.headerRows());
    assertThat(reordered.headerColumns()).isEqualTo(original.headerColumns());
    assertThat(reordered.warnings()).hasSameSizeAs(original.warnings());
    for (TableCell c : layout.cells()) {
      if (!c.text().isEmpty()) {
        assertThat(original.cells()).filteredOn(g -> g.text().equals(c.text())).hasSize(1);
      }
      for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
        for (int k = c.column(); k < c.column() + c.columnSpan(); k++) {
          assertThat(original.matrix().get(r).get(k)).isEqualTo(c.text());
        }
      }
    }
  }

  @Property
  void damagedInputNeverThrowsAndKeepsEveryText(@ForAll long seed) {
    Random random = new Random(seed);
    List<TableCell> cells = damaged(random);

    TableGrid grid = TableGrids.build(Cells.table(cells));

    assertInvariants(grid);
    List<String> lines = new ArrayList<>();
    for (GridCell g : grid.cells()) {
      g.lines().forEach(l -> lines.add(l.text()));
    }
    for (TableCell c : cells) {
      for (TextLine line : c.lines()) {
        long inInput = cells.stream().filter(x -> x.text().equals(c.text())).count();
        assertThat(Collections.frequency(lines, line.text()))
            .as("%s in %s", line.text(), grid.warnings())
            .isBetween(1, (int) inInput);
      }
    }
  }

  /** Every position is owned by a cell covering it, and the cells tile the grid exactly. */
  private static void assertInvariants(TableGrid grid) {
    long area = 0;
    for (GridCell c : grid.cells()) {
      assertThat(c.rowSpan()).isPositive();
      assertThat(c.columnSpan()).isPositive();
      assertThat(c.lastRow()).isLessThan(grid.rowCount());
      assertThat(c.lastColumn()).isLessThan(grid.columnCount());
      area += (long) c.rowSpan() * c.columnSpan();
    }
    assertThat(area).isEqualTo((long) grid.rowCount() * grid.columnCount());
    for (int r = 0; r < grid.rowCount(); r++) {
      for (int k = 0; k < grid.columnCount(); k++) {
        assertThat(grid.cellAt(r, k).covers(r, k)).isTrue();
      }
    }
  }

  private static List<String> shape(TableGrid grid) {
    return grid.cells().stream()
        .map(c -> c.row() + "," + c.column() + " " + c.rowSpan() + "x" + c.columnSpan() + " "
            + c.header() + " " + c.text())
        .toList();
  }

  /** A random tiling of rows × columns by spanning cells, with unique texts (some numeric, some empty). */
  static Layout tiling(int rows, int columns, Random random) {
    boolean[][] taken = new boolean[rows][columns];
    List<TableCell> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (taken[r][c]) {
          continue;
        }
        int maxWidth = 0;
        while (c + maxWidth < columns && !taken[r][c + maxWidth]) {
          maxWidth++;
        }
        int width = random.nextInt(3) == 0 ? 1 + random.nextInt(maxWidth) : 1;
        int maxHeight = 0;
        while (r + maxHeight < rows && free(taken, r + maxHeight, c, width)) {
          maxHeight++;
        }
        int height = random.nextInt(3) == 0 ? 1 + random.nextInt(maxHeight) : 1;
        for (int i = r; i < r + height; i++) {
          for (int j = c; j < c + width; j++) {
            taken[i][j] = true;
          }
        }
        int k = cells.size();
        String text =
            switch (random.nextInt(5)) {
              case 0 -> String.format("%,d", 1000 + k);
              case 1 -> "t" + k + "\nline " + k;
              case 2 -> "B. t" + k;
              case 3 -> random.nextInt(3) == 0 ? "" : "t" + k;
              default -> "t" + k;
            };
        cells.add(Cells.cell(r, c, height, width, text));
      }
    }
    return new Layout(rows, columns, cells);
  }

  private static boolean free(boolean[][] taken, int row, int column, int width) {
    for (int j = column; j < column + width; j++) {
      if (taken[row][j]) {
        return false;
      }
    }
    return true;
  }

  /** Up to 40 cells with random, often invalid, indexes and spans, and some copies of earlier cells. */
  static List<TableCell> damaged(Random random) {
    int n = random.nextInt(41);
    List<TableCell> cells = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      if (!cells.isEmpty() && random.nextInt(10) == 0) {
        cells.add(cells.get(random.nextInt(cells.size())));
        continue;
      }
      String text = random.nextInt(8) == 0 ? "" : random.nextInt(4) == 0 ? "w" + k + "\nv" + k : "w" + k;
      cells.add(Cells.cell(index(random), index(random), span(random), span(random), text));
    }
    return cells;
  }

  private static Integer index(Random random) {
    return switch (random.nextInt(20)) {
      case 0 -> null;
      case 1 -> -1 - random.nextInt(3);
      case 2 -> 2_000_000_000;
      case 3 -> Integer.MIN_VALUE;
      default -> random.nextInt(8);
    };
  }

  private static Integer span(Random random) {
    return switch (random.nextInt(20)) {
      case 0 -> null;
      case 1 -> 0;
      case 2 -> -2;
      case 3 -> Integer.MAX_VALUE;
      default -> 1 + (random.nextInt(3) == 0 ? random.nextInt(4) : 0);
    };
  }
}
