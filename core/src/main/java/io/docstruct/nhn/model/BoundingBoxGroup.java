package io.docstruct.nhn.model;

import io.docstruct.json.WireLists;
import java.util.List;

/** One entry of {@code listOfBoundingBoxes}: {@code {"boundingBoxes": [...]}}. */
public record BoundingBoxGroup(List<NhnBoundingBox> boundingBoxes) {
  public BoundingBoxGroup {
    boundingBoxes = WireLists.copyOf(boundingBoxes);
  }
}
