package io.docstruct.table;

import static io.docstruct.table.Cells.cell;
import static io.docstruct.table.Cells.grid;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which rows and columns are headers, and the records keyed by them. */
class HeaderDetectionTest {

  @Test
  void textRowsAboveNumericColumnsAreTheHeader() {
    TableGrid g =
        grid(
            cell(0, 0, "상품명"), cell(0, 1, "수량"), cell(0, 2, "금액"),
            cell(1, 0, "삼각김밥"), cell(1, 1, "2"), cell(1, 2, "2,400"),
            cell(2, 0, "생수"), cell(2, 1, "1"), cell(2, 2, "950"));

    assertThat(g.headerRows()).isEqualTo(1);
    assertThat(g.headerColumns()).isEqualTo(1);
    assertThat(g.cellAt(0, 2).header()).isTrue();
    assertThat(g.cellAt(1, 0).header()).isTrue();
    assertThat(g.cellAt(1, 2).header()).isFalse();
    assertThat(g.cellAt(1, 2).number()).isEqualByComparingTo("2400");
    assertThat(g.records().get(0).values())
        .containsExactly(Map.entry("상품명", "삼각김밥"), Map.entry("수량", "2"), Map.entry("금액", "2,400"));
    assertThat(g.records().get(1).number("금액")).contains(new BigDecimal("950"));
  }

  @Test
  void spanningGroupHeaderMakesATwoRowHeaderWithJoinedNames() {
    TableGrid g =
        grid(
            cell(0, 0, 2, 1, "항목"), cell(0, 1, 1, 2, "급여"), cell(0, 3, 2, 1, "비급여"),
            cell(1, 1, "본인부담"), cell(1, 2, "공단부담"),
            cell(2, 0, "진찰료"), cell(2, 1, "1,600"), cell(2, 2, "3,000"), cell(2, 3, "0"));

    assertThat(g.headerRows()).isEqualTo(2);
    assertThat(g.headerNames()).containsExactly("항목", "급여 / 본인부담", "급여 / 공단부담", "비급여");
  }

  @Test
  void rowSpanningHeaderNeverSwallowsDataRows() {
    // docling-core #755: a header cell spanning down the whole first column made every row a header.
    TableGrid g =
        grid(
            cell(0, 0, 3, 1, "분류"), cell(0, 1, "항목"), cell(0, 2, "금액"),
            cell(1, 1, "진찰료"), cell(1, 2, "12,000"),
            cell(2, 1, "검사료"), cell(2, 2, "3,500"));

    assertThat(g.headerRows()).isEqualTo(1);
    assertThat(g.records()).hasSize(2);
    assertThat(g.records().get(1).values())
        .containsExactly(Map.entry("분류", "분류"), Map.entry("항목", "검사료"), Map.entry("금액", "3,500"));
  }

  @Test
  void titleRowIsAHeaderButNotPartOfTheNames() {
    TableGrid g =
        grid(
            cell(0, 0, 1, 2, "2024년 진료비"),
            cell(1, 0, "구분"), cell(1, 1, "금액"),
            cell(2, 0, "진찰료"), cell(2, 1, "12,000"));

    assertThat(g.headerRows()).isEqualTo(2);
    assertThat(g.titleRows()).containsExactly(0);
    assertThat(g.headerNames()).containsExactly("구분", "금액");
  }

  @Test
  void textOnlyTableTakesItsFirstRowAsHeader() {
    TableGrid g =
        grid(cell(0, 0, "이름"), cell(0, 1, "부서"), cell(1, 0, "홍길동"), cell(1, 1, "개발"),
            cell(2, 0, "김영희"), cell(2, 1, "영업"));

    assertThat(g.headerRows()).isEqualTo(1);
    assertThat(g.headerColumns()).isZero();
    assertThat(g.records()).extracting(TableRecord::row).containsExactly(1, 2);
  }

  @Test
  void numericFirstRowIsNoHeader() {
    TableGrid g = grid(cell(0, 0, "1"), cell(0, 1, "2"), cell(1, 0, "3"), cell(1, 1, "4"));

    assertThat(g.headerRows()).isZero();
    assertThat(g.headerNames()).containsExactly("column 1", "column 2");
    assertThat(g.records()).hasSize(2);
  }

  @Test
  void duplicateHeaderNamesGetSuffixes() {
    TableGrid g =
        grid(cell(0, 0, "금액"), cell(0, 1, "금액"), cell(0, 2, "금액"),
            cell(1, 0, "1"), cell(1, 1, "2"), cell(1, 2, "3"));

    assertThat(g.headerNames()).containsExactly("금액", "금액_2", "금액_3");
    assertThat(g.records().get(0).get("금액_3")).contains("3");
  }

  @Test
  void matrixRepeatsSpannedValuesAndSpanViewHoldsThemOnce() {
    TableGrid g = grid(cell(0, 0, 2, 2, "합계"), cell(0, 2, "a"), cell(1, 2, "b"));

    assertThat(g.matrix()).containsExactly(List.of("합계", "합계", "a"), List.of("합계", "합계", "b"));
    assertThat(g.cells()).extracting(GridCell::text).containsExactly("합계", "a", "b");
  }
}
