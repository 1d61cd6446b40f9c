package io.docstruct.layout;

import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.Table;
import io.docstruct.document.TableCell;
import io.docstruct.document.TextLine;
import io.docstruct.document.Word;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Test transforms of a whole {@link Page}: turn its coordinates by a quarter turn (vertex order turns with
 * them) or skew them by a few degrees, shuffle its words, or move every vertex by up to a pixel.
 *
 * <pre>{@code
 * Page turned = PageTransforms.rotate(page, 90);
 * }</pre>
 */
final class PageTransforms {
  private PageTransforms() {}

  /** The page turned clockwise by {@code degrees} (90, 180, 270) about its frame. */
  static Page rotate(Page page, int degrees) {
    PageSize size = page.size();
    double w = size.width();
    double h = size.height();
    UnaryOperator<Point> turn =
        p -> switch (degrees) {
          case 90 -> new Point(h - p.y(), p.x());
          case 180 -> new Point(w - p.x(), h - p.y());
          case 270 -> new Point(p.y(), w - p.x());
          default -> p;
        };
    boolean swap = degrees == 90 || degrees == 270;
    PageSize turned = new PageSize(swap ? h : w, swap ? w : h, size.source());
    return map(page, turned, turn, page.words());
  }

  /** The page turned by {@code degrees} (clockwise, as y points down) about its centre: a skewed scan. */
  static Page skew(Page page, double degrees) {
    PageSize size = page.size();
    double cx = size.width() / 2;
    double cy = size.height() / 2;
    double cos = Math.cos(Math.toRadians(degrees));
    double sin = Math.sin(Math.toRadians(degrees));
    UnaryOperator<Point> turn =
        p -> new Point(cx + (p.x() - cx) * cos - (p.y() - cy) * sin,
            cy + (p.x() - cx) * sin + (p.y() - cy) * cos);
    return map(page, size, turn, page.words());
  }

  /** The page with its words in a random order. */
  static Page shuffle(Page page, long seed) {
    List<Word> words = new ArrayList<>(page.words());
    Collections.shuffle(words, new Random(seed));
    return map(page, page.size(), p -> p, words);
  }

  /** Every vertex moved by up to {@code pixels} in x and y. */
  static Page jitter(Page page, double pixels, long seed) {
    Random r = new Random(seed);
    return map(page, page.size(),
        p -> new Point(p.x() + (r.nextDouble() * 2 - 1) * pixels, p.y() + (r.nextDouble() * 2 - 1) * pixels),
        page.words());
  }

  private static Page map(Page page, PageSize size, UnaryOperator<Point> f, List<Word> words) {
    List<Word> mapped = new ArrayList<>();
    for (Word w : words) {
      mapped.add(word(w, f));
    }
    List<Table> tables = new ArrayList<>();
    for (Table t : page.tables()) {
      List<TableCell> cells = new ArrayList<>();
      for (TableCell c : t.cells()) {
        List<TextLine> lines = new ArrayList<>();
        for (TextLine l : c.lines()) {
          lines.add(new TextLine(l.words().stream().map(w -> word(w, f)).toList(), quad(l.polygon(), f),
              l.confidence()));
        }
        cells.add(new TableCell(c.row(), c.column(), c.rowSpan(), c.columnSpan(), lines, c.confidence(),
            quad(c.polygon(), f)));
      }
      tables.add(new Table(quad(t.polygon(), f), t.confidence(), cells));
    }
    return new Page(page.index(), page.name(), page.status(), page.message(), size, mapped, tables,
        page.templateFields(), page.fields());
  }

  private static Word word(Word w, UnaryOperator<Point> f) {
    return new Word(w.text(), w.confidence(), quad(w.polygon(), f), w.lineBreak(), w.kind(), w.checked());
  }

  private static @Nullable Quad quad(@Nullable Quad q, UnaryOperator<Point> f) {
    return q == null ? null : new Quad(f.apply(q.p0()), f.apply(q.p1()), f.apply(q.p2()), f.apply(q.p3()));
  }
}
