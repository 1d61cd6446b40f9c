package io.docstruct.layout;

import io.docstruct.document.Table;
import io.docstruct.document.Word;
import io.docstruct.geometry.Box;
import org.jspecify.annotations.Nullable;

/**
 * A word with a polygon, or a table, while the page is being laid out: its upright box, its position in
 * the provider's order and, for a word, the number of its outline among the page's {@link Outlines}.
 */
final class Item {
  final int order;
  final Word word;
  final @Nullable Table table;
  /** The number of the word's outline on the page among the page's {@link Outlines}; -1 for a table. */
  final int outline;
  /**
   * The word's text length in UTF-16 units, and whether it has two or more characters once stripped (see
   * {@link OrientationEstimator#twoOrMoreCharacters}): read once, while the text is at hand.
   */
  final int textLength;
  final boolean twoOrMoreCharacters;
  /** Whether the word has a {@code lineBreak=true} hint. */
  final boolean lineBreak;
  /** The word's position in the last sweep that chained it ({@link LineChainer#LEFT_TO_RIGHT} order). */
  int sweep = -1;
  double left;
  double top;
  double right;
  double bottom;

  /** A word item, whose polygon is outline number {@code outline} of the page's {@link Outlines}. */
  Item(int order, Word word, int outline) {
    this.order = order;
    this.word = word;
    this.table = null;
    this.outline = outline;
    this.textLength = word.text().length();
    this.twoOrMoreCharacters = OrientationEstimator.twoOrMoreCharacters(word.text());
    this.lineBreak = Boolean.TRUE.equals(word.lineBreak());
  }

  Item(int order, Word placeholder, Table table, Box box) {
    this.order = order;
    this.word = placeholder;
    this.table = table;
    this.outline = -1;
    this.textLength = 0;
    this.twoOrMoreCharacters = false;
    this.lineBreak = false;
    place(box.left(), box.top(), box.right(), box.bottom());
  }

  void place(double left, double top, double right, double bottom) {
    this.left = left;
    this.top = top;
    this.right = right;
    this.bottom = bottom;
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
