package io.docstruct.export.pdf;

import io.docstruct.document.Field;
import io.docstruct.document.Page;
import io.docstruct.document.Word;
import io.docstruct.document.fields.NamedField;
import io.docstruct.geometry.Box;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The regions of one page that a {@link Redaction} blacks out, in the provider's pixel frame, and what follows
 * from them: the pixels to paint and the words to leave out.
 *
 * <pre>{@code
 * RedactionRegions regions = RedactionRegions.of(page, redaction);
 * if (!regions.isEmpty()) regions.burn(image, placement.providerToStored());
 * }</pre>
 */
final class RedactionRegions {
  private final Area area;
  private final Redaction redaction;

  private RedactionRegions(Area area, Redaction redaction) {
    this.area = area;
    this.redaction = redaction;
  }

  static RedactionRegions of(Page page, Redaction redaction) {
    Area area = new Area();
    if (page.fields() != null) {
      for (NamedField named : page.fields().namedFields()) {
        Field field = named.field();
        if (redaction.maskingPolygons()) {
          field.maskingPolygons().forEach(q -> add(area, q));
        }
        if (redaction.fields().test(named.name())) {
          field.polygons().forEach(q -> add(area, q));
          field.maskingPolygons().forEach(q -> add(area, q));
        }
      }
    }
    for (Word word : page.words()) {
      if (word.polygon() != null && redaction.words().test(word)) {
        add(area, word.polygon());
      }
    }
    return new RedactionRegions(area, redaction);
  }

  private static void add(Area area, Quad quad) {
    if (quad.allFinite()) {
      area.add(new Area(path(quad)));
      // A degenerate quad has no area: its bounds, at least a pixel wide, still hide what is under it.
      Box b = quad.bounds();
      if (b.width() < 1 || b.height() < 1) {
        area.add(new Area(atLeastOnePixel(b)));
      }
    }
  }

  private static Rectangle2D atLeastOnePixel(Box b) {
    double w = Math.max(b.width(), 1);
    double h = Math.max(b.height(), 1);
    return new Rectangle2D.Double(b.center().x() - w / 2, b.center().y() - h / 2, w, h);
  }

  private static Path2D path(Quad quad) {
    Path2D.Double path = new Path2D.Double();
    List<Point> v = quad.vertices();
    path.moveTo(v.get(0).x(), v.get(0).y());
    for (int i = 1; i < 4; i++) {
      path.lineTo(v.get(i).x(), v.get(i).y());
    }
    path.closePath();
    return path;
  }

  boolean isEmpty() {
    return area.isEmpty();
  }

  /**
   * Paints every region black into {@code image}, its pixels reached from the provider's by {@code
   * providerToImage} (a scale, and for a photo stored turned, its orientation undone): filled, and outlined
   * 2 image pixels wide so that anti-aliased edges of the text are covered too.
   */
  void burn(BufferedImage image, AffineTransform providerToImage) {
    if (area.isEmpty()) {
      return;
    }
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
      g.setColor(Color.BLACK);
      Area scaled = area.createTransformedArea(providerToImage);
      g.fill(scaled);
      g.setStroke(new BasicStroke(2f));
      g.draw(scaled);
    } finally {
      g.dispose();
    }
  }

  /**
   * Whether a word stays out of the text layer: the redaction names it, or its polygon touches a region. A
   * word without a polygon on a page with regions is left out too, since nobody can tell where it was.
   */
  boolean removes(Word word) {
    if (redaction.words().test(word)) {
      return true;
    }
    if (area.isEmpty()) {
      return false;
    }
    Quad q = word.polygon();
    if (q == null || !q.allFinite()) {
      return true;
    }
    if (!area.intersects(atLeastOnePixel(q.bounds()))) {
      return false;
    }
    Area shape = new Area(path(q));
    if (shape.isEmpty()) {
      return true; // a degenerate quad whose bounds touch a region
    }
    shape.intersect(area);
    return !shape.isEmpty();
  }

  /** {@code lines} without the words this redaction removes; lines left empty are dropped. */
  List<TextLayerLine> filter(List<TextLayerLine> lines) {
    List<TextLayerLine> kept = new ArrayList<>(lines.size());
    for (TextLayerLine line : lines) {
      List<Word> words = line.words().stream().filter(w -> !removes(w)).toList();
      if (!words.isEmpty()) {
        kept.add(words.size() == line.words().size() ? line : new TextLayerLine(words, line.polygon()));
      }
    }
    return kept;
  }
}
