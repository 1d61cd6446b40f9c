package io.docstruct.clova.adapt;

import io.docstruct.clova.model.Bounding;
import io.docstruct.clova.model.BoundingPoly;
import io.docstruct.clova.model.general.CellTextLine;
import io.docstruct.clova.model.general.CellWord;
import io.docstruct.clova.model.general.ClovaField;
import io.docstruct.clova.model.general.ClovaSubField;
import io.docstruct.clova.model.general.ClovaTable;
import io.docstruct.clova.model.general.ClovaTableCell;
import io.docstruct.clova.model.general.FieldType;
import io.docstruct.document.Table;
import io.docstruct.document.TableCell;
import io.docstruct.document.TemplateField;
import io.docstruct.document.TextLine;
import io.docstruct.document.Warnings;
import io.docstruct.document.Word;
import io.docstruct.document.WordKind;
import io.docstruct.geometry.Box;
import io.docstruct.geometry.Quad;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Adapts the {@code fields[]} and {@code tables[]} of a General (V1/V2) or Template OCR image to canonical
 * {@link Word}s, {@link Table}s and {@link TemplateField}s.
 *
 * <p>Each method walks its input once and allocates little beyond the output: for words, a JSON path is built
 * only when a warning needs it (tables, which are small, build one per item). Geometry goes through {@link
 * WireGeometry}. Nothing is dropped: a word without usable
 * geometry is kept with a {@code null} polygon and a warning, an empty text stays empty.
 */
final class GeneralFieldsAdapter {
  private GeneralFieldsAdapter() {}

  /**
   * The words of a General or Template image, in the service's order.
   *
   * <ul>
   *   <li>General V2: one word per field, with its {@code lineBreak} hint, kind from {@code type}, and {@code
   *       checked} for a check box;
   *   <li>General V1: the polygon comes from {@code bounding}; the line-break hint is {@code null};
   *   <li>Template: the words are each field's {@code subFields} (hint {@code null} when absent, kind and
   *       {@code checked} from the field), or the field itself when it has none.
   * </ul>
   *
   * @param fields the image's {@code fields}
   * @param path the image's JSON path, e.g. {@code $.images[0]}
   * @param warnings receives geometry problems, under paths such as {@code $.images[0].fields[3].boundingPoly}
   * @return the words; immutable
   */
  static List<Word> words(List<ClovaField> fields, String path, Warnings warnings) {
    if (fields.isEmpty()) {
      return List.of();
    }
    List<Word> out = new ArrayList<>(fields.size());
    GeometryReader geometry = new GeometryReader(warnings);
    for (int i = 0; i < fields.size(); i++) {
      ClovaField field = fields.get(i);
      WordKind kind = kindOf(field.type());
      List<ClovaSubField> subFields = field.subFields();
      Boolean checked = kind == WordKind.CHECKBOX ? field.checked() : null;
      if (subFields.isEmpty()) {
        Quad polygon = geometry.word(field.boundingPoly(), field.bounding(), path, i, -1);
        out.add(
            new Word(
                field.inferText(),
                field.inferConfidence(),
                polygon,
                field.lineBreak(),
                kind,
                checked));
        continue;
      }
      for (int j = 0; j < subFields.size(); j++) {
        ClovaSubField sub = subFields.get(j);
        Quad polygon = geometry.word(sub.boundingPoly(), sub.bounding(), path, i, j);
        out.add(
            new Word(sub.inferText(), sub.inferConfidence(), polygon, sub.lineBreak(), kind, checked));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The tables of a General image, cell by cell as the service described them: indexes and spans raw
   * ({@code null} when absent), lines from {@code cellTextLines}, words from {@code cellWords}.
   *
   * @param tables the image's {@code tables}
   * @param path the image's JSON path, e.g. {@code $.images[0]}
   * @param warnings receives geometry problems, e.g. under {@code
   *     $.images[0].tables[0].cells[4].cellTextLines[0].cellWords[1].boundingPoly}
   * @return the tables; immutable
   */
  static List<Table> tables(List<ClovaTable> tables, String path, Warnings warnings) {
    if (tables.isEmpty()) {
      return List.of();
    }
    List<Table> out = new ArrayList<>(tables.size());
    for (int t = 0; t < tables.size(); t++) {
      ClovaTable table = tables.get(t);
      String tablePath = path + ".tables[" + t + "]";
      List<ClovaTableCell> wireCells = table.cells();
      List<TableCell> cells = new ArrayList<>(wireCells.size());
      for (int c = 0; c < wireCells.size(); c++) {
        cells.add(cell(wireCells.get(c), tablePath + ".cells[" + c + "]", warnings));
      }
      Quad polygon = WireGeometry.quad(table.boundingPoly(), tablePath + ".boundingPoly", warnings);
      out.add(new Table(polygon, table.inferConfidence(), cells));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The named fields of a Template image; empty for General OCR (whose fields have no {@code name}).
   *
   * <p>The polygon is the field's own ({@code boundingPoly}, else {@code bounding}); when it has none, the
   * bounding box of its subfields' polygons. Problems with a field's own geometry are reported here only
   * when the field has subfields: otherwise {@link #words} already reported them for the same path.
   *
   * @param fields the image's {@code fields}
   * @param path the image's JSON path, e.g. {@code $.images[0]}
   * @param warnings receives geometry problems
   * @return the named fields in the service's order; immutable
   */
  static List<TemplateField> templateFields(List<ClovaField> fields, String path, Warnings warnings) {
    List<TemplateField> out = null;
    Warnings reportedByWords = null;
    for (int i = 0; i < fields.size(); i++) {
      ClovaField field = fields.get(i);
      String name = field.name();
      if (name == null || name.isEmpty()) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(fields.size() - i);
      }
      Quad polygon;
      if (field.subFields().isEmpty()) {
        if (reportedByWords == null) {
          reportedByWords = new Warnings();
        }
        polygon = quad(field.boundingPoly(), field.bounding(), fieldPath(path, i), reportedByWords);
      } else {
        polygon = quad(field.boundingPoly(), field.bounding(), fieldPath(path, i), warnings);
        if (polygon == null) {
          polygon = boundsOfSubFields(field.subFields());
        }
      }
      WordKind kind = kindOf(field.type());
      out.add(
          new TemplateField(
              name,
              field.inferText(),
              field.inferConfidence(),
              polygon,
              kind,
              kind == WordKind.CHECKBOX ? field.checked() : null));
    }
    return out == null ? List.of() : Collections.unmodifiableList(out);
  }

  private static TableCell cell(ClovaTableCell cell, String cellPath, Warnings warnings) {
    List<CellTextLine> wireLines = cell.cellTextLines();
    List<TextLine> lines = new ArrayList<>(wireLines.size());
    for (int l = 0; l < wireLines.size(); l++) {
      CellTextLine line = wireLines.get(l);
      String linePath = cellPath + ".cellTextLines[" + l + "]";
      List<CellWord> wireWords = line.cellWords();
      List<Word> words = new ArrayList<>(wireWords.size());
      for (int w = 0; w < wireWords.size(); w++) {
        CellWord word = wireWords.get(w);
        Quad polygon =
            wordQuad(word.boundingPoly(), null, linePath + ".cellWords[" + w + "]", warnings);
        words.add(Word.of(word.inferText(), word.inferConfidence(), polygon));
      }
      Quad linePolygon =
          WireGeometry.quad(line.boundingPoly(), linePath + ".boundingPoly", warnings);
      lines.add(new TextLine(words, linePolygon, line.inferConfidence()));
    }
    Quad polygon = WireGeometry.quad(cell.boundingPoly(), cellPath + ".boundingPoly", warnings);
    return new TableCell(
        cell.rowIndex(),
        cell.columnIndex(),
        cell.rowSpan(),
        cell.columnSpan(),
        lines,
        cell.inferConfidence(),
        polygon);
  }

  /** A word's polygon; a word with no geometry at all is kept, and that is worth a warning. */
  private static @Nullable Quad wordQuad(
      @Nullable BoundingPoly poly, @Nullable Bounding bounding, String itemPath, Warnings warnings) {
    if (poly == null && bounding == null) {
      warnings.add(
          itemPath + ".boundingPoly", "no boundingPoly or bounding; word kept without a polygon");
      return null;
    }
    return quad(poly, bounding, itemPath, warnings);
  }

  /** {@code boundingPoly} when usable, else V1 {@code bounding}; {@code null} when neither gives a quad. */
  private static @Nullable Quad quad(
      @Nullable BoundingPoly poly, @Nullable Bounding bounding, String itemPath, Warnings warnings) {
    Quad quad = null;
    if (poly != null) {
      quad = WireGeometry.quad(poly, itemPath + ".boundingPoly", warnings);
    }
    if (quad == null && bounding != null) {
      quad = WireGeometry.quad(bounding, itemPath + ".bounding", warnings);
    }
    return quad;
  }

  private static @Nullable Quad boundsOfSubFields(List<ClovaSubField> subFields) {
    Box union = null;
    Warnings ignored = new Warnings(); // words() reports subfield geometry; do not repeat it
    for (ClovaSubField sub : subFields) {
      Quad q = quad(sub.boundingPoly(), sub.bounding(), "", ignored);
      if (q != null && q.allFinite()) {
        union = union == null ? q.bounds() : union.union(q.bounds());
      }
    }
    return union == null ? null : Quad.of(union);
  }

  /**
   * Reads word geometry without building a JSON path for every word: the path is only needed for a warning,
   * so a polygon is first converted against a scratch {@link Warnings}, and only when that reports something
   * is it converted again with the real path into the caller's warnings. Good polygons, the common case, cost
   * no string at all.
   */
  private static final class GeometryReader {
    private final Warnings warnings;
    private Warnings scratch = new Warnings();

    GeometryReader(Warnings warnings) {
      this.warnings = warnings;
    }

    /** The polygon of field {@code field} (or of its subfield {@code sub} when {@code sub >= 0}). */
    @Nullable Quad word(
        @Nullable BoundingPoly poly, @Nullable Bounding bounding, String imagePath, int field, int sub) {
      if (poly != null) {
        // Four usable vertices, the common case: no scratch path, list or warning to look at.
        Quad exact = WireGeometry.exact(poly);
        if (exact != null) {
          return exact;
        }
      }
      if (poly != null || bounding != null) {
        Quad quad = quad(poly, bounding, "", scratch);
        if (scratch.isEmpty()) {
          return quad;
        }
        scratch = new Warnings();
      }
      String itemPath = fieldPath(imagePath, field);
      if (sub >= 0) {
        itemPath = itemPath + ".subFields[" + sub + "]";
      }
      return wordQuad(poly, bounding, itemPath, warnings);
    }
  }

  private static String fieldPath(String imagePath, int index) {
    return imagePath + ".fields[" + index + "]";
  }

  private static WordKind kindOf(@Nullable FieldType type) {
    if (type == null) {
      return WordKind.TEXT;
    }
    return switch (type) {
      case NORMAL -> WordKind.TEXT;
      case MULTI_BOX -> WordKind.MULTI_BOX;
      case CHECKBOX -> WordKind.CHECKBOX;
      case UNKNOWN -> WordKind.UNKNOWN;
    };
  }
}
