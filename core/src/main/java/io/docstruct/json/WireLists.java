package io.docstruct.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How wire records normalise JSON arrays: an absent array or {@code null} becomes an empty list, {@code null}
 * elements (which carry nothing) are dropped, and the result is immutable.
 *
 * <pre>{@code
 * public record BoundingPoly(List<Vertex> vertices) {
 *   public BoundingPoly { vertices = WireLists.copyOf(vertices); }
 * }
 * }</pre>
 */
public final class WireLists {
  private WireLists() {}

  /** An immutable copy of {@code list} without {@code null} elements; empty for {@code null}. */
  public static <T> List<T> copyOf(@Nullable List<? extends @Nullable T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(list.size());
    for (T item : list) {
      if (item != null) {
        out.add(item);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
