package io.docstruct.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Test fixtures from {@code src/test/resources/fixtures/} and a fixed clock. */
final class Fixtures {
  /** 2024-06-01 in Seoul: every seed document is in the past and the seed IDs unexpired. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T03:00:00Z"), ZoneId.of("Asia/Seoul"));

  private Fixtures() {}

  /**
   * A General OCR fixture as if the page had been photographed turned by 90° clockwise, with the provider's
   * line-break hints removed and its words shuffled: only geometry can put it back in order.
   */
  static OcrDocument turnedWithoutLineBreaks(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      ObjectMapper json = new ObjectMapper();
      JsonNode root = json.readTree(in);
      double height = 0;
      for (JsonNode y : root.findValues("y")) {
        height = Math.max(height, y.asDouble());
      }
      for (JsonNode vertices : root.findValues("vertices")) {
        for (JsonNode v : vertices) {
          double x = v.get("x").asDouble();
          double y = v.get("y").asDouble();
          ((ObjectNode) v).put("x", height - y).put("y", x);
        }
      }
      for (JsonNode image : root.get("images")) {
        ArrayNode fields = (ArrayNode) image.get("fields");
        List<JsonNode> shuffled = new ArrayList<>();
        fields.forEach(f -> shuffled.add(((ObjectNode) f).without("lineBreak")));
        Collections.shuffle(shuffled, new Random(20_261_122L));
        fields.removeAll().addAll(shuffled);
      }
      return ResponseReader.create().read(json.writeValueAsBytes(root), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OcrDocument read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return ResponseReader.create().read(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
