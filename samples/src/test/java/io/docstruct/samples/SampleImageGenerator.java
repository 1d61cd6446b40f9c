package io.docstruct.samples;

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
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Renders the bundled sample images ({@code samples/src/main/resources/io/docstruct/samples/images/}) from the
 * bundled CLOVA responses: a white page of the response's {@code convertedImageInfo} size with every word's
 * text drawn in its polygon, and table cells outlined. It is a one-off tool, not a test, and the normal build
 * never runs it; the images are committed. Rerun it after changing a response:
 *
 * <pre>{@code
 * ./mvnw -q -B -pl samples -am install -DskipTests
 * cd samples && ../mvnw -q -B exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.docstruct.samples.SampleImageGenerator \
 *     -Dexec.args=src/main/resources/io/docstruct/samples/images
 * }</pre>
 *
 * <p>Text is drawn with the JVM's logical {@code SansSerif} font. Where no installed font has Korean glyphs,
 * words that the font cannot display are drawn as their box outline only; Latin letters and digits always
 * render. The local server finds a recording by image name, not by pixels, so the images only have to look
 * plausible.
 */
public final class SampleImageGenerator {
  /** Image file name → the bundled response it is drawn from (same base name, so the server matches them). */
  private static final Map<String, String> IMAGES =
      Map.of(
          "clova-general-receipt.png", "clova-general-receipt.json",
          "clova-receipt.png", "clova-receipt.json",
          "clova-receipt-dinner.png", "clova-receipt-dinner.json");

  private static final Color INK = new Color(0x22, 0x22, 0x22);
  private static final Color OUTLINE = new Color(0xB0, 0xB0, 0xB0);

  private SampleImageGenerator() {}

  /** Writes every image into the directory given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SampleImageGenerator OUTPUT_DIR");
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    ObjectMapper json = new ObjectMapper();
    for (Map.Entry<String, String> e : IMAGES.entrySet()) {
      JsonNode response;
      try (InputStream in = SampleImageGenerator.class.getResourceAsStream("responses/" + e.getValue())) {
        if (in == null) {
          throw new IOException("no bundled response " + e.getValue());
        }
        response = json.readTree(in);
      }
      Path target = dir.resolve(e.getKey());
      try (OutputStream out = Files.newOutputStream(target)) {
        ImageIO.write(render(response.path("images").path(0)), "png", out);
      }
      System.out.println("wrote " + target + " (" + Files.size(target) + " bytes)");
    }
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
