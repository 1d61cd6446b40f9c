package io.docstruct.clova.adapt;

import io.docstruct.testing.Fixtures;
import static io.docstruct.testing.Fixtures.clova;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.clova.model.Bounding;
import io.docstruct.clova.model.BoundingPoly;
import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.Vertex;
import io.docstruct.clova.model.general.CellTextLine;
import io.docstruct.clova.model.general.CellWord;
import io.docstruct.clova.model.general.ClovaField;
import io.docstruct.clova.model.general.ClovaSubField;
import io.docstruct.clova.model.general.ClovaTable;
import io.docstruct.clova.model.general.ClovaTableCell;
import io.docstruct.clova.model.general.FieldType;
import io.docstruct.clova.model.general.ValueType;
import io.docstruct.document.Table;
import io.docstruct.document.TableCell;
import io.docstruct.document.TemplateField;
import io.docstruct.document.TextLine;
import io.docstruct.document.Warning;
import io.docstruct.document.Warnings;
import io.docstruct.document.Word;
import io.docstruct.document.WordKind;
import io.docstruct.geometry.Box;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneralFieldsAdapterTest {

  private static final String IMAGE = "$.images[0]";

  private final Warnings warnings = new Warnings();

  private static ClovaImage image(String fixture) {
    return clova(fixture).images().get(0);
  }

  private static BoundingPoly poly(double... xy) {
    List<Vertex> vertices = new ArrayList<>();
    for (int i = 0; i < xy.length; i += 2) {
      vertices.add(new Vertex(xy[i], xy[i + 1]));
    }
    return new BoundingPoly(vertices);
  }

  @Test
  void v2FieldsBecomeOneWordEachWithTextConfidencePolygonAndLineBreak() {
    List<Word> words = GeneralFieldsAdapter.words(image("general/general-v2-response.json").fields(), IMAGE, warnings);

    assertThat(words).extracting(Word::text).containsExactly("아름다운", "이", "세상");
    assertThat(words).extracting(Word::lineBreak).containsExactly(true, false, false);
    assertThat(words).extracting(Word::kind).containsOnly(WordKind.TEXT);
    Word first = words.get(0);
    assertThat(first.confidence()).isEqualTo(0.99992156);
    assertThat(first.polygon())
        .isEqualTo(
            new Quad(
                new Point(2713.7295, 1277.0492),
                new Point(2713.7295, 977.7408),
                new Point(2841.4343, 977.7408),
                new Point(2841.4343, 1277.0492)));
    assertThat(first.checked()).isNull();
    assertThat(warnings.isEmpty()).isTrue();
  }

  @Test
  void kindComesFromTypeAndCheckedIsKeptOnlyForCheckBoxes() {
    List<Word> words = GeneralFieldsAdapter.words(image("general/v2-quirks-response.json").fields(), IMAGE, warnings);

    assertThat(words)
        .extracting(Word::kind)
        .containsExactly(WordKind.TEXT, WordKind.TEXT, WordKind.MULTI_BOX, WordKind.CHECKBOX, WordKind.UNKNOWN);
    assertThat(words).extracting(Word::checked).containsExactly(null, null, null, true, null);
  }

  @Test
  void integerConfidenceIsOneMissingConfidenceIsNullAndMissingLineBreakIsNull() {
    List<Word> words = GeneralFieldsAdapter.words(image("general/v2-quirks-response.json").fields(), IMAGE, warnings);

    assertThat(words.get(0).confidence()).isEqualTo(1.0);
    assertThat(words.get(0).polygon().p2()).isEqualTo(new Point(30, 44));
    assertThat(words.get(2).confidence()).isNull();
    assertThat(words.get(1).lineBreak()).isNull();
    assertThat(words.get(1).text()).isEqualTo("계:");
  }

  @Test
  void fieldWithoutGeometryIsKeptWithNullPolygonAndAWarning() {
    List<Word> words = GeneralFieldsAdapter.words(image("general/v2-quirks-response.json").fields(), IMAGE, warnings);

    assertThat(words).hasSize(5);
    Word odd = words.get(4);
    assertThat(odd.text()).isEmpty();
    assertThat(odd.confidence()).isEqualTo(0.5);
    assertThat(odd.polygon()).isNull();
    assertThat(warnings.toList())
        .extracting(Warning::path)
        .containsExactly("$.images[0].fields[4].boundingPoly");
  }

  @Test
  void v1BoundingBecomesTheWordPolygonAndLineBreakIsNull() {
    List<Word> words = GeneralFieldsAdapter.words(image("general/v1-response.json").fields(), IMAGE, warnings);

    assertThat(words).extracting(Word::text).containsExactly("영수증", "합계");
    assertThat(words.get(0).polygon()).isEqualTo(Quad.of(new Box(100.5, 12, 180.5, 42.25)));
    assertThat(words.get(1).confidence()).isEqualTo(1.0);
    assertThat(words).extracting(Word::lineBreak).containsOnlyNulls();
    assertThat(words).extracting(Word::kind).containsOnly(WordKind.TEXT);
    assertThat(warnings.isEmpty()).isTrue();
  }

  @Test
  void polygonWithThreeVerticesBecomesItsBoundingBoxWithAWarningNamingTheField() {
    ClovaField skewed = ClovaField.word("x", 0.9, poly(0, 0, 10, 0, 10, 5), true);
    ClovaField fine = ClovaField.word("y", 0.9, poly(0, 0, 1, 0, 1, 1, 0, 1), false);

    List<Word> words = GeneralFieldsAdapter.words(List.of(fine, skewed), "$.images[2]", warnings);

    assertThat(words.get(1).polygon()).isEqualTo(Quad.of(new Box(0, 0, 10, 5)));
    assertThat(warnings.toList())
        .singleElement()
        .extracting(Warning::path)
        .isEqualTo("$.images[2].fields[1].boundingPoly");
  }

  @Test
  void unusableBoundingPolyFallsBackToBounding() {
    ClovaField both =
        new ClovaField(
            null, ValueType.ALL, "z", null, poly(), new Bounding(1.0, 2.0, 3.0, 4.0), FieldType.NORMAL, null, null, List.of());

    List<Word> words = GeneralFieldsAdapter.words(List.of(both), IMAGE, warnings);

    assertThat(words.get(0).polygon()).isEqualTo(Quad.of(Box.ofSize(2, 1, 3, 4)));
    assertThat(warnings.toList()).extracting(Warning::path).containsExactly("$.images[0].fields[0].boundingPoly");
  }

  @Test
  void templateWordsAreTheSubFieldsOrTheFieldItselfWhenItHasNone() {
    List<Word> words = GeneralFieldsAdapter.words(image("template/template-response.json").fields(), IMAGE, warnings);

    assertThat(words)
        .extracting(Word::text)
        .containsExactly("서울시", "강남구", "101호", "", "V", "2024.01.05");
    assertThat(words)
        .extracting(Word::lineBreak)
        .containsExactly(false, true, false, null, null, null);
    assertThat(words.get(2).confidence()).isEqualTo(0.8568);
    assertThat(words.get(2).polygon()).isEqualTo(Quad.of(new Box(102, 245, 150, 275)));
    assertThat(words.get(3).confidence()).isEqualTo(0.0);
    assertThat(words.get(4).kind()).isEqualTo(WordKind.CHECKBOX);
    assertThat(words.get(4).checked()).isTrue();
    assertThat(warnings.isEmpty()).isTrue();
  }

  @Test
  void subFieldWithoutGeometryIsWarnedUnderItsOwnPath() {
    ClovaField field =
        new ClovaField(
            "f",
            null,
            "a",
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(new ClovaSubField("a", 0.7, null, null, null)));

    List<Word> words = GeneralFieldsAdapter.words(List.of(field), "$.images[1]", warnings);

    assertThat(words).singleElement().satisfies(w -> {
      assertThat(w.text()).isEqualTo("a");
      assertThat(w.polygon()).isNull();
    });
    assertThat(warnings.toList())
        .extracting(Warning::path)
        .containsExactly("$.images[1].fields[0].subFields[0].boundingPoly");
  }

  @Test
  void templateFieldsKeepNameMultiLineTextConfidenceAndRegion() {
    List<TemplateField> fields =
        GeneralFieldsAdapter.templateFields(image("template/template-response.json").fields(), IMAGE, warnings);

    assertThat(fields).extracting(TemplateField::name).containsExactly("address", "logo", "agree", "signed-on");
    TemplateField address = fields.get(0);
    assertThat(address.text()).isEqualTo("서울시 강남구\n101호");
    assertThat(address.confidence()).isEqualTo(0.9456);
    assertThat(address.polygon()).isEqualTo(Quad.of(new Box(100, 200, 400, 280)));
    assertThat(address.kind()).isEqualTo(WordKind.TEXT);
    assertThat(fields.get(1).text()).isEmpty();
    assertThat(fields.get(1).confidence()).isEqualTo(0.0);
    assertThat(fields.get(2).kind()).isEqualTo(WordKind.CHECKBOX);
    assertThat(fields.get(2).checked()).isTrue();
    assertThat(warnings.isEmpty()).isTrue();
  }

  @Test
  void templateFieldWithoutItsOwnRegionTakesTheBoundsOfItsSubFields() {
    List<TemplateField> fields =
        GeneralFieldsAdapter.templateFields(image("template/template-response.json").fields(), IMAGE, warnings);

    assertThat(fields.get(3).polygon()).isEqualTo(Quad.of(new Box(600, 950, 700, 975)));
  }

  @Test
  void v1TemplateFieldRegionComesFromBounding() {
    List<TemplateField> fields =
        GeneralFieldsAdapter.templateFields(
            image("template/template-v1-title-string-response.json").fields(), IMAGE, warnings);

    assertThat(fields).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo("bizNo");
      assertThat(f.text()).isEqualTo("123-45-67890");
      assertThat(f.polygon()).isEqualTo(Quad.of(new Box(10, 40, 210, 64)));
    });
  }

  @Test
  void generalFieldsHaveNoTemplateFields() {
    assertThat(GeneralFieldsAdapter.templateFields(image("general/v2-quirks-response.json").fields(), IMAGE, warnings))
        .isEmpty();
    assertThat(GeneralFieldsAdapter.templateFields(List.of(), IMAGE, warnings)).isEmpty();
  }

  @Test
  void geometryProblemsOfAFieldWithoutSubFieldsAreReportedOnceByWordsNotAgain() {
    ClovaField broken =
        new ClovaField("n", null, "t", null, poly(1, 1, 2, 2, 3, 3), null, null, null, null, List.of());

    GeneralFieldsAdapter.words(List.of(broken), IMAGE, warnings);
    List<TemplateField> fields = GeneralFieldsAdapter.templateFields(List.of(broken), IMAGE, warnings);

    assertThat(fields.get(0).polygon()).isEqualTo(Quad.of(new Box(1, 1, 3, 3)));
    assertThat(warnings.toList()).hasSize(1);
  }

  @Test
  void tableCellsKeepRawIndexesSpansAndLines() {
    List<Table> tables = GeneralFieldsAdapter.tables(image("general/table-response.json").tables(), IMAGE, warnings);

    assertThat(tables).hasSize(1);
    Table table = tables.get(0);
    assertThat(table.confidence()).isEqualTo(0.998);
    assertThat(table.polygon()).isEqualTo(Quad.of(new Box(0, 0, 400, 1000)));
    assertThat(table.cells()).extracting(TableCell::rowSpan).containsExactly(2, 8, 10);
    assertThat(table.cells()).extracting(TableCell::column).containsExactly(0, 1, 2);
    assertThat(table.cells()).extracting(TableCell::row).containsExactly(0, 0, 0);
    assertThat(table.cells()).extracting(TableCell::columnSpan).containsExactly(1, 1, 1);
    assertThat(table.rowExtent()).isEqualTo(10);
    assertThat(table.columnExtent()).isEqualTo(3);
    assertThat(warnings.isEmpty()).isTrue();
  }

  @Test
  void cellTextJoinsLinesByNewlineAndKeepsASpaceInsideAWord() {
    Table table = GeneralFieldsAdapter.tables(image("general/table-response.json").tables(), IMAGE, warnings).get(0);

    TableCell menu = table.cells().get(1);
    assertThat(menu.text()).isEqualTo("B. 일품\n9,500 원");
    assertThat(menu.confidence()).isEqualTo(0.97);
    TextLine first = menu.lines().get(0);
    assertThat(first.confidence()).isEqualTo(0.97);
    assertThat(first.polygon()).isEqualTo(Quad.of(new Box(105, 5, 195, 30)));
    assertThat(first.words()).singleElement().satisfies(w -> {
      assertThat(w.text()).isEqualTo("B. 일품");
      assertThat(w.lineBreak()).isNull();
      assertThat(w.polygon()).isEqualTo(Quad.of(new Box(105, 5, 195, 30)));
    });
    TextLine second = menu.lines().get(1);
    assertThat(second.polygon()).isNull();
    assertThat(second.words().get(1).confidence()).isNull();
  }

  @Test
  void emptyCellHasNoLinesEmptyTextAndItsZeroConfidence() {
    Table table = GeneralFieldsAdapter.tables(image("general/table-response.json").tables(), IMAGE, warnings).get(0);

    TableCell empty = table.cells().get(2);
    assertThat(empty.lines()).isEmpty();
    assertThat(empty.text()).isEmpty();
    assertThat(empty.confidence()).isEqualTo(0.0);
    assertThat(empty.polygon()).isEqualTo(Quad.of(new Box(200, 0, 400, 1000)));
  }

  @Test
  void cellWordWithoutGeometryIsKeptAndWarnedUnderItsFullPath() {
    CellWord word =
        new CellWord(null, 0.8, "값");
    ClovaTableCell cell =
        new ClovaTableCell(
            null, List.of(new CellTextLine(null, null, List.of(word))), null, null, null, null, null);
    ClovaTable wire =
        new ClovaTable(null, null, null, List.of(cell));

    Table table = GeneralFieldsAdapter.tables(List.of(wire), IMAGE, warnings).get(0);

    TableCell only = table.cells().get(0);
    assertThat(only.row()).isNull();
    assertThat(only.rowSpan()).isNull();
    assertThat(only.text()).isEqualTo("값");
    assertThat(table.polygon()).isNull();
    assertThat(warnings.toList())
        .extracting(Warning::path)
        .containsExactly("$.images[0].tables[0].cells[0].cellTextLines[0].cellWords[0].boundingPoly");
  }

  @Test
  void noFieldsAndNoTablesGiveEmptyResults() {
    assertThat(GeneralFieldsAdapter.words(List.of(), IMAGE, warnings)).isEmpty();
    assertThat(GeneralFieldsAdapter.tables(List.of(), IMAGE, warnings)).isEmpty();
    assertThat(warnings.isEmpty()).isTrue();
  }

  @Test
  void manyFieldsAdaptToAsManyWordsInOrder() {
    List<ClovaField> fields = new ArrayList<>(5_000);
    for (int i = 0; i < 5_000; i++) {
      fields.add(ClovaField.word("w" + i, 0.99, poly(i, 0, i + 1, 0, i + 1, 1, i, 1), i % 10 == 9));
    }

    List<Word> words = GeneralFieldsAdapter.words(fields, IMAGE, warnings);

    assertThat(words).hasSize(5_000);
    assertThat(words.get(4_999).text()).isEqualTo("w4999");
    assertThat(words.get(4_999).lineBreak()).isTrue();
    assertThat(warnings.isEmpty()).isTrue();
  }
}
