package io.docstruct.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects {@link Warning}s while an adapter walks a response. Not thread-safe: one per adaptation.
 *
 * <pre>{@code
 * Warnings warnings = new Warnings();
 * warnings.add("$.images[0]", "convertedImageInfo absent; page size taken from the polygons");
 * List<Warning> list = warnings.toList();
 * }</pre>
 */
public final class Warnings {
  private final List<Warning> items = new ArrayList<>();

  public void add(String path, String message) {
    items.add(new Warning(path, message));
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** An immutable copy of what was collected, in the order it was added. */
  public List<Warning> toList() {
    return List.copyOf(items);
  }
}
