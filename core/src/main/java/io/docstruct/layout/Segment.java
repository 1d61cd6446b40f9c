package io.docstruct.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Words chained left to right with ordinary word spacing in the upright frame (a line, or the piece of a
 * line on one side of a wide gap), or a single table. The unit that block and column splitting moves.
 */
final class Segment {
  final List<Item> items;
  private final boolean table;
  /**
   * Where the first and last words stood in the sweep that chained them, whose order is {@link
   * LineChainer#LEFT_TO_RIGHT}; -1 for a segment not made by a sweep.
   */
  final int firstInSweep;
  final int lastInSweep;
  double left = Double.POSITIVE_INFINITY;
  double top = Double.POSITIVE_INFINITY;
  double right = Double.NEGATIVE_INFINITY;
  double bottom = Double.NEGATIVE_INFINITY;
  private int minOrder = Integer.MAX_VALUE;

  /** A segment of one item (a table, or a word). */
  Segment(Item first) {
    items = new ArrayList<>();
    table = first.table != null;
    firstInSweep = -1;
    lastInSweep = -1;
    add(first);
  }

  /**
   * A segment of words (no table) already chained, with their bounds, smallest provider order and the
   * sweep positions of its first and last words.
   */
  Segment(
      List<Item> items, double left, double top, double right, double bottom, int minOrder,
      int firstInSweep, int lastInSweep) {
    this.items = items;
    this.table = false;
    this.firstInSweep = firstInSweep;
    this.lastInSweep = lastInSweep;
    this.left = left;
    this.top = top;
    this.right = right;
    this.bottom = bottom;
    this.minOrder = minOrder;
  }

  /**
   * A piece of a chained segment: some of its words, consecutive and in the order they joined it, with
   * their bounds and sweep positions.
   */
  static Segment piece(List<Item> items) {
    double left = Double.POSITIVE_INFINITY;
    double top = Double.POSITIVE_INFINITY;
    double right = Double.NEGATIVE_INFINITY;
    double bottom = Double.NEGATIVE_INFINITY;
    int minOrder = Integer.MAX_VALUE;
    for (Item it : items) {
      left = Math.min(left, it.left);
      top = Math.min(top, it.top);
      right = Math.max(right, it.right);
      bottom = Math.max(bottom, it.bottom);
      minOrder = Math.min(minOrder, it.order);
    }
    return new Segment(new ArrayList<>(items), left, top, right, bottom, minOrder, items.get(0).sweep,
        items.get(items.size() - 1).sweep);
  }

  private void add(Item it) {
    items.add(it);
    left = Math.min(left, it.left);
    top = Math.min(top, it.top);
    right = Math.max(right, it.right);
    bottom = Math.max(bottom, it.bottom);
    minOrder = Math.min(minOrder, it.order);
  }

  boolean isTable() {
    return table;
  }

  double width() {
    return right - left;
  }

  double height() {
    return bottom - top;
  }

  double cy() {
    return (top + bottom) / 2;
  }

  /** The smallest provider order of its words: a stable tie-breaker independent of the input's field order. */
  int minOrder() {
    return minOrder;
  }
}
