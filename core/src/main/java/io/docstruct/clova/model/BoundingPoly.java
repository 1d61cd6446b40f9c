package io.docstruct.clova.model;

import io.docstruct.json.WireLists;
import java.util.List;

/** {@code boundingPoly}: a polygon, normally of four vertices. */
public record BoundingPoly(List<Vertex> vertices) {
  public BoundingPoly {
    vertices = WireLists.copyOf(vertices);
  }
}
