package io.docstruct.rules.unit;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.Table;
import io.docstruct.document.TableCell;
import io.docstruct.document.TextLine;
import io.docstruct.document.Word;
import io.docstruct.rules.entity.LineItem;
import io.docstruct.rules.entity.Money;
import io.docstruct.table.TableGrid;
import io.docstruct.table.TableGrids;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line items of a General OCR receipt from the tables the provider detected. */
class GeneralReceiptTest {
  /** A grid from rows of cell texts, the first row the header. */
  private static TableGrid grid(String[]... rows) {
    List<TableCell> cells = new ArrayList<>();
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        List<TextLine> lines = rows[r][c].isEmpty()
            ? List.of()
            : List.of(new TextLine(List.of(Word.of(rows[r][c], 0.99, null)), null, null));
        cells.add(new TableCell(r, c, 1, 1, lines, 0.99, null));
      }
    }
    return TableGrids.build(new Table(null, null, cells));
  }

  @Test
  void itemsTakeNameQuantityUnitPriceAndAmountByTheirHeaders() {
    TableGrid table = grid(
        new String[] {"No", "품명", "단가", "수량", "금액"},
        new String[] {"1", "아메리카노", "4,500", "2", "9,000"},
        new String[] {"2", "치즈 케이크", "6,800", "1", "6,800"},
        new String[] {"", "할인", "", "", "-1,000"},
        new String[] {"", "합 계", "", "", "14,800"});

    assertThat(GeneralReceipt.items(List.of(table)))
        .containsExactly(
            new LineItem("아메리카노", new BigDecimal("2"), Money.krw(4500), Money.krw(9000)),
            new LineItem("치즈 케이크", new BigDecimal("1"), Money.krw(6800), Money.krw(6800)),
            new LineItem("할인", null, null, Money.krw(-1000)));
  }

  @Test
  void aTableWithoutAnItemOrAnAmountColumnGivesNoItems() {
    TableGrid schedule = grid(new String[] {"요일", "시간"}, new String[] {"월", "09:00"});
    TableGrid noAmount = grid(new String[] {"상품명", "수량"}, new String[] {"생수", "1"});

    assertThat(GeneralReceipt.items(List.of(schedule, noAmount))).isEmpty();
    assertThat(GeneralReceipt.items(List.of())).isEmpty();
  }

  @Test
  void theFirstTableThatQualifiesIsTheOneRead() {
    TableGrid schedule = grid(new String[] {"요일", "시간"}, new String[] {"월", "09:00"});
    TableGrid items = grid(new String[] {"메뉴", "가격"}, new String[] {"김밥", "3,000"}, new String[] {"", ""});

    assertThat(GeneralReceipt.items(List.of(schedule, items)))
        .containsExactly(new LineItem("김밥", null, null, Money.krw(3000)));
  }
}
