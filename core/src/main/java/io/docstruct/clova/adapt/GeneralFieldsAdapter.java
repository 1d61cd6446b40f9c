package io.docstruct.clova.adapt;

import io.docstruct.clova.model.general.ClovaField;
import io.docstruct.clova.model.general.ClovaTable;
import io.docstruct.document.Table;
import io.docstruct.document.TemplateField;
import io.docstruct.document.Warnings;
import io.docstruct.document.Word;
import java.util.List;

/** Placeholder: adapts General/Template fields and tables. */
final class GeneralFieldsAdapter {
  private GeneralFieldsAdapter() {}

  /** Words of a General (or Template) image; {@code path} is the JSON path of the image. */
  static List<Word> words(List<ClovaField> fields, String path, Warnings warnings) {
    return List.of();
  }

  static List<Table> tables(List<ClovaTable> tables, String path, Warnings warnings) {
    return List.of();
  }

  static List<TemplateField> templateFields(List<ClovaField> fields, String path, Warnings warnings) {
    return List.of();
  }
}
