package io.docstruct.clova.model.general;

import io.docstruct.testing.Fixtures;
import static io.docstruct.testing.Fixtures.parse;
import static io.docstruct.testing.Fixtures.clova;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.Vertex;
import org.junit.jupiter.api.Test;

class ClovaTableReadingTest {

  private final ClovaImage image = clova("general/table-response.json").images().get(0);
  private final ClovaTable table = image.tables().get(0);

  @Test
  void tableKeepsItsTextConfidenceAndOutline() {
    assertThat(image.tables()).hasSize(1);
    assertThat(table.inferText()).isEqualTo("메뉴 B. 일품");
    assertThat(table.inferConfidence()).isEqualTo(0.998);
    assertThat(table.boundingPoly().vertices().get(2)).isEqualTo(new Vertex(400.0, 1000.0));
    assertThat(table.cells()).hasSize(3);
  }

  @Test
  void cellsKeepRawIndexesAndRowSpansOfTwoEightAndTen() {
    assertThat(table.cells()).extracting(ClovaTableCell::rowSpan).containsExactly(2, 8, 10);
    assertThat(table.cells()).extracting(ClovaTableCell::columnIndex).containsExactly(0, 1, 2);
    assertThat(table.cells()).extracting(ClovaTableCell::rowIndex).containsExactly(0, 0, 0);
    assertThat(table.cells()).extracting(ClovaTableCell::columnSpan).containsExactly(1, 1, 1);
  }

  @Test
  void emptyCellHasNoLinesAndKeepsAZeroConfidence() {
    ClovaTableCell empty = table.cells().get(2);

    assertThat(empty.cellTextLines()).isEmpty();
    assertThat(empty.inferConfidence()).isEqualTo(0.0);
  }

  @Test
  void cellWordMayContainASpace() {
    CellTextLine line = table.cells().get(1).cellTextLines().get(0);

    assertThat(line.inferConfidence()).isEqualTo(0.97);
    assertThat(line.cellWords()).singleElement().satisfies(w -> {
      assertThat(w.inferText()).isEqualTo("B. 일품");
      assertThat(w.inferConfidence()).isEqualTo(0.97);
      assertThat(w.boundingPoly().vertices().get(0)).isEqualTo(new Vertex(105.0, 5.0));
    });
  }

  @Test
  void lineWithoutPolygonAndWordWithoutConfidenceReadAsNull() {
    CellTextLine second = table.cells().get(1).cellTextLines().get(1);

    assertThat(second.boundingPoly()).isNull();
    assertThat(second.inferConfidence()).isEqualTo(1.0);
    assertThat(second.cellWords()).extracting(CellWord::inferText).containsExactly("9,500", "원");
    assertThat(second.cellWords().get(1).inferConfidence()).isNull();
  }

  @Test
  void whenEmptyDeserialized_tableCellAndLineHaveEmptyListsAndNullIndexes() {
    ClovaTable emptyTable = parse("{}", ClovaTable.class);
    ClovaTableCell emptyCell = parse("{\"cellTextLines\":null}", ClovaTableCell.class);
    CellTextLine emptyLine = parse("{}", CellTextLine.class);

    assertThat(emptyTable.cells()).isEmpty();
    assertThat(emptyTable.inferText()).isNull();
    assertThat(emptyCell.cellTextLines()).isEmpty();
    assertThat(emptyCell.rowIndex()).isNull();
    assertThat(emptyCell.rowSpan()).isNull();
    assertThat(emptyLine.cellWords()).isEmpty();
    assertThat(parse("{}", CellWord.class).inferText()).isEmpty();
  }
}
