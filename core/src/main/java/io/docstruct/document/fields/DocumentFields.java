package io.docstruct.document.fields;

import java.util.List;

/**
 * The typed key fields of one CLOVA Document OCR result. Placeholder until the per-kind records land.
 */
public interface DocumentFields {

  /**
   * Every field that is present, flattened with a stable dotted name ({@code storeInfo.name}, {@code
   * items[0].price}) in document order: for generic tools such as {@code docstruct info}.
   */
  List<NamedField> namedFields();
}
