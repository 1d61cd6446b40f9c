package io.docstruct.layout;

import io.docstruct.document.Table;
import io.docstruct.document.Word;
import io.docstruct.geometry.Box;
import org.jspecify.annotations.Nullable;

/**
 * A word with a polygon, or a table, while the page is being laid out: its upright box and its position in
 * the provider's order.
 */
final class Item {
  final int order;
  final Word word;
  final @Nullable Table table;
  double left;
  double top;
  double right;
  double bottom;

  Item(int order, Word word) {
    this.order = order;
    this.word = word;
    this.table = null;
  }

  Item(int order, Word placeholder, Table table, Box box) {
    this.order = order;
    this.word = placeholder;
    this.table = table;
    place(box);
  }

  void place(Box b) {
    left = b.left();
    top = b.top();
    right = b.right();
    bottom = b.bottom();
  }

  double height() {
    return bottom - top;
  }

  double width() {
    return right - left;
  }

  double cx() {
    return (left + right) / 2;
  }

  double cy() {
    return (top + bottom) / 2;
  }

  Box box() {
    return new Box(left, top, right, bottom);
  }

  /** Vertical overlap with another item, in pixels (negative when apart). */
  double verticalOverlap(double otherTop, double otherBottom) {
    return Math.min(bottom, otherBottom) - Math.max(top, otherTop);
  }
}
