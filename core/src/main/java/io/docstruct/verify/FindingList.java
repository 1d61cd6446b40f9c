package io.docstruct.verify;

import io.docstruct.document.Field;
import io.docstruct.geometry.Quad;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects findings in check order. */
final class FindingList {
  private final List<Finding> items = new ArrayList<>();

  void add(
      Check check,
      String field,
      Status status,
      Severity severity,
      @Nullable String expected,
      @Nullable String actual,
      String message,
      List<Quad> polygons) {
    items.add(new Finding(check, field, status, severity, expected, actual, message, polygons));
  }

  void add(Finding finding) {
    items.add(finding);
  }

  List<Finding> toList() {
    return List.copyOf(items);
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  static List<Quad> polygons(@Nullable Field... fields) {
    List<Quad> out = new ArrayList<>();
    for (Field f : fields) {
      if (f != null) {
        out.addAll(f.polygons());
      }
    }
    return out;
  }
}
