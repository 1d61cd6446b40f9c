package io.docstruct.nhn.model;

import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The NHN envelope's {@code result}: texts and boxes in two parallel lists of groups. Group {@code i} of
 * {@code listOfInferTexts} belongs with group {@code i} of {@code listOfBoundingBoxes}, and text {@code j}
 * with box {@code j} inside them.
 *
 * @param fileType {@code jpg} or {@code png}
 * @param listOfInferTexts recognised texts, grouped
 * @param listOfBoundingBoxes their boxes, grouped the same way
 * @param slicesImages how many slices the cropping API cut the image into; absent for {@code /general}
 */
public record NhnResult(
    @Nullable String fileType,
    List<InferTextGroup> listOfInferTexts,
    List<BoundingBoxGroup> listOfBoundingBoxes,
    @Nullable Integer slicesImages) {

  public NhnResult {
    listOfInferTexts = WireLists.copyOf(listOfInferTexts);
    listOfBoundingBoxes = WireLists.copyOf(listOfBoundingBoxes);
  }
}
