package io.docstruct.clova.adapt;

import io.docstruct.clova.model.Bounding;
import io.docstruct.clova.model.BoundingPoly;
import io.docstruct.clova.model.Vertex;
import io.docstruct.document.Warnings;
import io.docstruct.geometry.Box;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns CLOVA's polygons ({@code boundingPoly}, V1 {@code bounding}) into canonical {@link Quad}s.
 *
 * <p>Rules, each one named in a warning when it applies: a polygon with four usable vertices is kept as
 * given; one with a different number of usable vertices (3, 5…) becomes the bounding box of those vertices; a
 * vertex with a missing, NaN or infinite coordinate is unusable; a polygon with no usable vertex gives {@code
 * null}.
 */
final class WireGeometry {
  private WireGeometry() {}

  static @Nullable Quad quad(@Nullable BoundingPoly poly, String path, Warnings warnings) {
    if (poly == null) {
      return null;
    }
    Quad exact = exact(poly);
    if (exact != null) {
      return exact;
    }
    List<Point> usable = new ArrayList<>(4);
    for (Vertex v : poly.vertices()) {
      Point p = pointOf(v);
      if (p != null) {
        usable.add(p);
      }
    }
    int given = poly.vertices().size();
    if (usable.size() == 4 && given == 4) {
      return Quad.of(usable);
    }
    if (usable.isEmpty()) {
      warnings.add(path, "polygon has no usable vertex (" + given + " given); geometry dropped");
      return null;
    }
    warnings.add(
        path,
        "polygon has "
            + usable.size()
            + " usable of "
            + given
            + " vertices, expected 4; using their bounding box");
    return Quad.of(boundsOf(usable));
  }

  /**
   * The quad of a polygon of exactly four usable vertices, the common case, which {@link #quad(BoundingPoly,
   * String, Warnings)} keeps as given without a warning; {@code null} for any other polygon. Builds no list
   * and needs no path, so a reader can try it on every word before paying for either.
   */
  static @Nullable Quad exact(BoundingPoly poly) {
    List<Vertex> vertices = poly.vertices();
    if (vertices.size() != 4) {
      return null;
    }
    Point p0 = pointOf(vertices.get(0));
    Point p1 = pointOf(vertices.get(1));
    Point p2 = pointOf(vertices.get(2));
    Point p3 = pointOf(vertices.get(3));
    return p0 == null || p1 == null || p2 == null || p3 == null ? null : new Quad(p0, p1, p2, p3);
  }

  /** The vertex as a point; {@code null} when a coordinate is missing, NaN or infinite (unusable). */
  private static @Nullable Point pointOf(Vertex v) {
    Double x = v.x();
    Double y = v.y();
    return x != null && y != null && Double.isFinite(x) && Double.isFinite(y) ? new Point(x, y) : null;
  }

  static @Nullable Quad quad(@Nullable Bounding bounding, String path, Warnings warnings) {
    if (bounding == null) {
      return null;
    }
    Double left = bounding.left();
    Double top = bounding.top();
    Double width = bounding.width();
    Double height = bounding.height();
    if (left == null || top == null || width == null || height == null
        || !Double.isFinite(left) || !Double.isFinite(top)
        || !Double.isFinite(width) || !Double.isFinite(height)) {
      warnings.add(path, "bounding lacks a finite top, left, width or height; geometry dropped");
      return null;
    }
    if (width < 0 || height < 0) {
      warnings.add(path, "bounding has a negative width or height; normalised");
    }
    return Quad.of(Box.ofSize(left, top, width, height));
  }

  /** The quads of a list of polygons, skipping (with a warning) those that have no usable geometry. */
  static List<Quad> quads(List<BoundingPoly> polys, String path, Warnings warnings) {
    List<Quad> out = new ArrayList<>(polys.size());
    for (int i = 0; i < polys.size(); i++) {
      Quad q = quad(polys.get(i), path + "[" + i + "]", warnings);
      if (q != null) {
        out.add(q);
      }
    }
    return out;
  }

  private static Box boundsOf(List<Point> points) {
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (Point p : points) {
      minX = Math.min(minX, p.x());
      minY = Math.min(minY, p.y());
      maxX = Math.max(maxX, p.x());
      maxY = Math.max(maxY, p.y());
    }
    return new Box(minX, minY, maxX, maxY);
  }
}
