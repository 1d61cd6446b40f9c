package io.docstruct.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.Field;
import io.docstruct.document.fields.MedicalReceiptFields;
import io.docstruct.document.fields.MedicalReceiptFields.KeyCell;
import io.docstruct.document.fields.MedicalReceiptFields.KeyGroup;
import io.docstruct.document.fields.MedicalReceiptFields.KeyValue;
import io.docstruct.geometry.Box;
import io.docstruct.geometry.Quad;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table a medical receipt's key/value cells form. */
class MedicalReceiptTableTest {

  private static KeyValue value(int id, String amount, double x, double y, String... keys) {
    List<KeyCell> cells = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    int depth = 1;
    for (String k : keys) {
      boolean row = k.startsWith("row:");
      String text = row ? k.substring(4) : k;
      texts.add(text);
      cells.add(new KeyCell(Field.ofText(text), row ? 1 : depth++, row ? KeyGroup.ROW : KeyGroup.COLUMN));
    }
    Field v =
        new Field(amount, null, 0.95, List.of(Quad.of(new Box(x, y, x + 80, y + 16))), null, List.of());
    return new KeyValue(id, String.join("|", texts), v, cells);
  }

  @Test
  void columnKeysBecomeSpanningHeaderRowsAndRowKeysHeaderColumns() {
    MedicalReceiptFields fields =
        new MedicalReceiptFields(
            List.of(
                value(1, "12,000", 300, 100, "급여", "본인부담금", "row:진찰료"),
                value(2, "8,000", 400, 100, "급여", "공단부담금", "row:진찰료"),
                value(3, "5,000", 500, 100, "비급여", "row:진찰료"),
                value(4, "3,000", 300, 130, "급여", "본인부담금", "row:검사료"),
                value(5, "2,000", 400, 130, "급여", "공단부담금", "row:검사료")),
            null);

    TableGrid g = TableGrids.fromMedicalReceipt(fields).orElseThrow();

    assertThat(Cells.rows(g))
        .containsExactly(
            "|급여|급여|비급여",
            "|본인부담금|공단부담금|비급여",
            "진찰료|12,000|8,000|5,000",
            "검사료|3,000|2,000|");
    assertThat(g.cellAt(0, 1).columnSpan()).isEqualTo(2);
    assertThat(g.cellAt(0, 3).rowSpan()).isEqualTo(2);
    assertThat(g.headerRows()).isEqualTo(2);
    assertThat(g.headerColumns()).isEqualTo(1);
    assertThat(g.headerNames()).containsExactly("column 1", "급여 / 본인부담금", "급여 / 공단부담금", "비급여");
    assertThat(g.records().get(1).number("급여 / 공단부담금")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("2000"));
    assertThat(g.warnings()).isEmpty();
  }

  @Test
  void keyTextPartsWithoutAKeyCellAreRowKeys() {
    KeyValue seed = value(60, "53435", 513, 195, "선택항목", "비급여");
    KeyValue withTotal = new KeyValue(60, "선택항목|비급여|계", seed.value(), seed.keyCells());

    TableGrid g = TableGrids.fromMedicalReceipt(new MedicalReceiptFields(List.of(withTotal), null)).orElseThrow();

    assertThat(Cells.rows(g)).containsExactly("|선택항목", "|비급여", "계|53435");
    assertThat(g.cellAt(2, 1).number()).isEqualByComparingTo("53435");
  }

  @Test
  void valuesWithoutKeysFormNoTable() {
    KeyValue bare = new KeyValue(1, null, Field.ofText("100"), List.of());

    assertThat(TableGrids.fromMedicalReceipt(new MedicalReceiptFields(List.of(bare), null))).isEmpty();
  }
}
