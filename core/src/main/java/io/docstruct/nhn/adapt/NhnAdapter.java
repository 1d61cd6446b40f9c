package io.docstruct.nhn.adapt;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.ResponseKind;
import io.docstruct.document.Warnings;
import io.docstruct.document.Word;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;
import io.docstruct.nhn.model.BoundingBoxGroup;
import io.docstruct.nhn.model.InferText;
import io.docstruct.nhn.model.InferTextGroup;
import io.docstruct.nhn.model.NhnBoundingBox;
import io.docstruct.nhn.model.NhnResponse;
import io.docstruct.nhn.model.NhnResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link OcrDocument} from a successful NHN Cloud General (or cropping) response: one page, one
 * {@link Word} per text, each paired with the box at the same position of the parallel box list.
 *
 * <p>Pairing rules, each named in a warning when it applies: a text without a box is kept with a {@code null}
 * polygon (no text is lost); a box without a text is dropped (it carries nothing to read); a repeated {@code
 * inferTexts} key is merged (see {@link InferTextGroup}). NHN gives no line-break hints and no page size: the
 * size is the extent of the boxes.
 *
 * <pre>{@code
 * OcrDocument doc = NhnAdapter.adapt(response, ResponseKind.NHN_GENERAL);
 * }</pre>
 */
public final class NhnAdapter {
  private NhnAdapter() {}

  /**
   * Adapts a successful response.
   *
   * @param response a response whose header says it succeeded
   * @param kind {@link ResponseKind#NHN_GENERAL} or {@link ResponseKind#NHN_GENERAL_CROPPING}
   */
  public static OcrDocument adapt(NhnResponse response, ResponseKind kind) {
    Warnings warnings = new Warnings();
    NhnResult result = response.result();
    List<Word> words = new ArrayList<>();
    if (result == null) {
      warnings.add("$.result", "successful response without a result; no text");
    } else {
      pair(result, words, warnings);
    }
    PageSize size =
        PageSize.ofPolygonExtent(
            words.stream().map(Word::polygon).filter(Objects::nonNull).toList());
    Page page =
        new Page(
            0,
            null,
            Page.PageStatus.SUCCESS,
            response.header().resultMessage(),
            size,
            words,
            List.of(),
            List.of(),
            null);
    return new OcrDocument(kind, null, null, List.of(page), warnings.toList());
  }

  private static void pair(NhnResult result, List<Word> words, Warnings warnings) {
    List<InferTextGroup> textGroups = result.listOfInferTexts();
    List<BoundingBoxGroup> boxGroups = result.listOfBoundingBoxes();
    if (textGroups.size() != boxGroups.size()) {
      warnings.add(
          "$.result",
          "listOfInferTexts has "
              + textGroups.size()
              + " groups but listOfBoundingBoxes has "
              + boxGroups.size()
              + "; groups paired by position");
    }
    for (int g = 0; g < textGroups.size(); g++) {
      InferTextGroup group = textGroups.get(g);
      String groupPath = "$.result.listOfInferTexts[" + g + "]";
      if (group.repeatedKeys() > 0) {
        warnings.add(
            groupPath,
            "key inferTexts appears "
                + (group.repeatedKeys() + 1)
                + " times; their texts are concatenated in document order");
      }
      List<NhnBoundingBox> boxes =
          g < boxGroups.size() ? boxGroups.get(g).boundingBoxes() : List.of();
      List<InferText> texts = group.inferTexts();
      if (texts.size() != boxes.size()) {
        warnings.add(
            groupPath,
            texts.size()
                + " texts but "
                + boxes.size()
                + " boxes; "
                + (texts.size() > boxes.size()
                    ? "texts without a box are kept without geometry"
                    : "boxes without a text are dropped"));
      }
      for (int i = 0; i < texts.size(); i++) {
        InferText text = texts.get(i);
        Quad quad = null;
        if (i < boxes.size()) {
          quad =
              quad(
                  boxes.get(i),
                  "$.result.listOfBoundingBoxes[" + g + "].boundingBoxes[" + i + "]",
                  warnings);
        }
        words.add(Word.of(text.value() == null ? "" : text.value(), text.conf(), quad));
      }
    }
    for (int g = textGroups.size(); g < boxGroups.size(); g++) {
      if (!boxGroups.get(g).boundingBoxes().isEmpty()) {
        warnings.add(
            "$.result.listOfBoundingBoxes[" + g + "]",
            boxGroups.get(g).boundingBoxes().size() + " boxes without texts dropped");
      }
    }
  }

  private static @Nullable Quad quad(NhnBoundingBox b, String path, Warnings warnings) {
    Double[] c = {b.x1(), b.y1(), b.x2(), b.y2(), b.x3(), b.y3(), b.x4(), b.y4()};
    for (Double v : c) {
      if (v == null || !Double.isFinite(v)) {
        warnings.add(path, "box lacks a finite corner coordinate; geometry dropped");
        return null;
      }
    }
    return new Quad(
        new Point(c[0], c[1]), new Point(c[2], c[3]), new Point(c[4], c[5]), new Point(c[6], c[7]));
  }
}
