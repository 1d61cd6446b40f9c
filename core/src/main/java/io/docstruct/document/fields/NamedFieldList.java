package io.docstruct.document.fields;

import io.docstruct.document.Field;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects {@link NamedField}s in order, skipping absent values; lists get {@code [i]} suffixes. */
final class NamedFieldList {
  private final List<NamedField> items = new ArrayList<>();

  NamedFieldList add(String name, @Nullable Field field) {
    if (field != null) {
      items.add(new NamedField(name, field));
    }
    return this;
  }

  NamedFieldList addAll(String name, List<Field> fields) {
    for (int i = 0; i < fields.size(); i++) {
      items.add(new NamedField(name + "[" + i + "]", fields.get(i)));
    }
    return this;
  }

  NamedFieldList addNamed(List<NamedField> fields) {
    items.addAll(fields);
    return this;
  }

  List<NamedField> toList() {
    return List.copyOf(items);
  }
}
