package io.docstruct.testing.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Renders the sample images ({@code testing/src/main/resources/io/docstruct/testing/samples/}) from the sample
 * responses beside them: a white page with every word's text drawn in its polygon, and table cells outlined.
 * A CLOVA page has its response's {@code convertedImageInfo} size; an NHN page, which reports no size, the
 * boxes' extent plus a margin, and is written as the JPEG its {@code fileType} names. It is a one-off tool,
 * not a test, and the normal build never runs it; the images are committed. Rerun it after changing a
 * response, naming the images to redraw (all when none is named):
 *
 * <pre>{@code
 * ./mvnw -q -B -o -pl testing -am test-compile
 * java -cp "testing/target/test-classes:testing/target/classes:$(./mvnw -q -o -pl testing \
 *     dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" io.docstruct.testing.server.SampleImageGenerator \
 *     testing/src/main/resources/io/docstruct/testing/samples nhn-general-statement.jpg
 * }</pre>
 *
 * <p>Text is drawn with the JVM's logical {@code SansSerif} font. Where no installed font has Korean glyphs,
 * words that the font cannot display are drawn as their box outline only; Latin letters and digits always
 * render. The local server finds a recording by the image's name, not by its pixels, so the images only have
 * to look plausible.
 */
public final class SampleImageGenerator {
  /** Margin around an NHN page's boxes, in pixels. */
  private static final int NHN_MARGIN = 40;

  private static final Color INK = new Color(0x22, 0x22, 0x22);
  private static final Color OUTLINE = new Color(0xB0, 0xB0, 0xB0);

  private SampleImageGenerator() {}

  /** Writes the images named after the directory (every sample's when none is named) into that directory. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: SampleImageGenerator OUTPUT_DIR [IMAGE_FILE_NAME...]");
    }
    Path dir = Path.of(args[0]);
    List<String> wanted = List.of(args).subList(1, args.length);
    Files.createDirectories(dir);
    ObjectMapper json = new ObjectMapper();
    for (SampleResponse sample : SampleResponse.values()) {
      if (!wanted.isEmpty() && !wanted.contains(sample.imageFileName())) {
        continue;
      }
      JsonNode response;
      try (InputStream in = sample.open()) {
        response = json.readTree(in);
      }
      Path target = dir.resolve(sample.imageFileName());
      boolean nhn = response.has("header");
      try (OutputStream out = Files.newOutputStream(target)) {
        ImageIO.write(nhn ? renderNhn(response.path("result")) : render(response.path("images").path(0)),
            nhn ? "jpg" : "png", out);
      }
      System.out.println("wrote " + target + " (" + Files.size(target) + " bytes)");
    }
  }

  /**
   * An NHN page: white, the boxes' extent plus {@value #NHN_MARGIN} pixels, every text drawn in its box (text
   * {@code j} of group {@code i} in box {@code j} of group {@code i}).
   */
  static BufferedImage renderNhn(JsonNode result) {
    JsonNode texts = result.path("listOfInferTexts");
    JsonNode boxes = result.path("listOfBoundingBoxes");
    int width = 0;
    int height = 0;
    for (JsonNode group : boxes) {
      for (JsonNode box : group.path("boundingBoxes")) {
        width = Math.max(width, Math.max(box.path("x2").asInt(), box.path("x3").asInt()));
        height = Math.max(height, Math.max(box.path("y3").asInt(), box.path("y4").asInt()));
      }
    }
    BufferedImage page =
        new BufferedImage(width + NHN_MARGIN, height + NHN_MARGIN, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, page.getWidth(), page.getHeight());
      for (int i = 0; i < texts.size() && i < boxes.size(); i++) {
        JsonNode groupTexts = texts.get(i).path("inferTexts");
        JsonNode groupBoxes = boxes.get(i).path("boundingBoxes");
        for (int j = 0; j < groupTexts.size() && j < groupBoxes.size(); j++) {
          JsonNode b = groupBoxes.get(j);
          Polygon p = new Polygon();
          for (int v = 1; v <= 4; v++) {
            p.addPoint(b.path("x" + v).asInt(), b.path("y" + v).asInt());
          }
          word(g, p, groupTexts.get(j).path("value").asText());
        }
      }
    } finally {
      g.dispose();
    }
    return page;
  }

  /** One page: white, the size of {@code convertedImageInfo}, every word and cell of the image drawn. */
  static BufferedImage render(JsonNode image) {
    JsonNode info = image.path("convertedImageInfo");
    int width = info.path("width").asInt(720);
    int height = info.path("height").asInt(1280);
    BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      draw(g, image);
    } finally {
      g.dispose();
    }
    return page;
  }

  /**
   * Walks the JSON: General words ({@code boundingPoly} + {@code inferText}), table cells ({@code boundingPoly}
   * alone, outlined) and Document OCR values ({@code boundingPolys} + {@code text}).
   */
  private static void draw(Graphics2D g, JsonNode node) {
    if (node.isObject()) {
      JsonNode poly = node.get("boundingPoly");
      JsonNode polys = node.get("boundingPolys");
      if (poly != null && node.has("inferText")) {
        word(g, polygon(poly), node.get("inferText").asText());
      } else if (poly != null) {
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(1f));
        g.draw(polygon(poly));
      }
      if (polys != null && node.has("text") && polys.isArray()) {
        for (JsonNode p : polys) {
          word(g, polygon(p), node.get("text").asText());
        }
      }
    }
    for (JsonNode child : node) {
      draw(g, child);
    }
  }

  /** The text fitted into the polygon's bounds, or the outline when the font has no glyphs for it. */
  private static void word(Graphics2D g, Polygon polygon, String text) {
    Rectangle box = polygon.getBounds();
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, (int) (box.height * 0.8)));
    if (font.canDisplayUpTo(text) != -1) {
      g.setColor(OUTLINE);
      g.setStroke(new BasicStroke(2f));
      g.draw(polygon);
      return;
    }
    FontMetrics metrics = g.getFontMetrics(font);
    int textWidth = metrics.stringWidth(text);
    if (textWidth > box.width && textWidth > 0) {
      font = font.deriveFont(font.getSize2D() * box.width / textWidth);
      metrics = g.getFontMetrics(font);
    }
    g.setFont(font);
    g.setColor(INK);
    int baseline = box.y + (box.height + metrics.getAscent() - metrics.getDescent()) / 2;
    g.drawString(text, box.x, baseline);
  }

  private static Polygon polygon(JsonNode poly) {
    Polygon p = new Polygon();
    for (JsonNode v : poly.path("vertices")) {
      p.addPoint((int) Math.round(v.path("x").asDouble()), (int) Math.round(v.path("y").asDouble()));
    }
    return p;
  }
}
