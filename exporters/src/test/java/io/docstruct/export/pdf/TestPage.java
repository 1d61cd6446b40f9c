package io.docstruct.export.pdf;

import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.Word;
import io.docstruct.document.WordKind;
import io.docstruct.document.fields.DocumentFields;
import io.docstruct.geometry.Box;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic scanned page, drawn with Java2D: lines of words laid out upright, then turned by a {@link
 * Pose} (rotated by a right angle, or skewed like a photograph). Each word's polygon follows the text (p0 is
 * the text's top-left corner wherever it lands on the image), as a provider reports it.
 *
 * <pre>{@code
 * TestPage page = TestPage.of(List.of(List.of("Hello", "world")), Pose.ROTATED_90);
 * Path png = page.writePng(dir.resolve("p.png"));
 * }</pre>
 *
 * @param image the page image
 * @param page the recognised page: words in reading order, a line break after each line's last word
 * @param lines the words in reading order, as the text layer's lines
 */
record TestPage(BufferedImage image, Page page, List<TextLayerLine> lines) {
  static final int WIDTH = 900;
  static final int HEIGHT = 640;
  static final int WORD_HEIGHT = 34;
  static final int LINE_PITCH = 60;

  /** How the upright page is turned into the image: a quarter turn, a photograph's skew, or both. */
  enum Pose {
    UPRIGHT(0, Skew.NONE),
    ROTATED_90(90, Skew.NONE),
    ROTATED_180(180, Skew.NONE),
    ROTATED_270(270, Skew.NONE),
    /** Rotated by 4° clockwise and sheared by 0.12, as a page photographed at an angle. */
    SKEWED(0, Skew.FORWARD),
    /** Rotated by 4° counter-clockwise and sheared by −0.08: its lines rise to the right. */
    SKEWED_BACK(0, Skew.BACK),
    /** {@link #SKEWED}, then turned by 90°: a receipt photographed sideways at an angle. */
    ROTATED_90_SKEWED(90, Skew.FORWARD),
    /** {@link #SKEWED}, then turned by 180°. */
    ROTATED_180_SKEWED(180, Skew.FORWARD),
    /** {@link #SKEWED_BACK}, then turned by 270°. */
    ROTATED_270_SKEWED_BACK(270, Skew.BACK);

    /** The clockwise quarter turn from the upright page to the image, in degrees. */
    final int degrees;

    private final Skew skew;

    Pose(int degrees, Skew skew) {
      this.degrees = degrees;
      this.skew = skew;
    }

    int imageWidth() {
      return degrees == 90 || degrees == 270 ? HEIGHT : WIDTH;
    }

    int imageHeight() {
      return degrees == 90 || degrees == 270 ? WIDTH : HEIGHT;
    }

    /** This pose without its quarter turn: the page as shown once turned upright. */
    Pose unturned() {
      return skew == Skew.NONE ? UPRIGHT : skew == Skew.FORWARD ? SKEWED : SKEWED_BACK;
    }

    /** From upright page coordinates to image coordinates: the skew, then the quarter turn. */
    AffineTransform transform() {
      AffineTransform t = new AffineTransform();
      switch (degrees) {
        case 90 -> {
          t.translate(HEIGHT, 0);
          t.quadrantRotate(1);
        }
        case 180 -> {
          t.translate(WIDTH, HEIGHT);
          t.quadrantRotate(2);
        }
        case 270 -> {
          t.translate(0, WIDTH);
          t.quadrantRotate(3);
        }
        default -> {}
      }
      if (skew != Skew.NONE) {
        boolean back = skew == Skew.BACK;
        t.translate(WIDTH / 2.0, HEIGHT / 2.0);
        t.rotate(Math.toRadians(back ? -4 : 4));
        t.shear(back ? -0.08 : 0.12, 0);
        t.scale(0.85, 0.85);
        t.translate(-WIDTH / 2.0, -HEIGHT / 2.0);
      }
      return t;
    }
  }

  /** A photograph's skew of the upright page. */
  private enum Skew {
    NONE,
    FORWARD,
    BACK
  }

  static TestPage of(List<List<String>> lines, Pose pose) {
    return of(lines, pose, null);
  }

  static TestPage of(List<List<String>> lines, Pose pose, @Nullable DocumentFields fields) {
    return of(lines, pose, fields, 0);
  }

  /**
   * A page as a provider reports a photograph: every polygon vertex moved by up to {@code jitter} pixels
   * either way (seeded, so the page is the same on every run), as real polygons are never exact.
   */
  static TestPage photographed(List<List<String>> lines, Pose pose, double jitter) {
    return of(lines, pose, null, jitter);
  }

  /**
   * A page whose words are laid out left to right, top to bottom, from (40, 60); a word of {@code "  "} is a
   * blank of three word gaps, as between a receipt's label and its amount.
   */
  static TestPage of(
      List<List<String>> lines, Pose pose, @Nullable DocumentFields fields, double jitter) {
    Random random = new Random(16);
    AffineTransform t = pose.transform();
    BufferedImage image =
        new BufferedImage(pose.imageWidth(), pose.imageHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(250, 248, 240));
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.transform(t);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
    g.setColor(new Color(20, 20, 60));
    List<Word> words = new ArrayList<>();
    List<TextLayerLine> textLines = new ArrayList<>();
    double y = 60;
    for (List<String> line : lines) {
      double x = 40;
      List<Word> lineWords = new ArrayList<>();
      for (int i = 0; i < line.size(); i++) {
        String text = line.get(i);
        if (text.isBlank()) {
          x += 3 * 18;
          continue;
        }
        double w = Math.max(g.getFontMetrics().stringWidth(text), 10) + 4;
        g.drawString(text, (float) x + 2, (float) (y + WORD_HEIGHT - 9));
        Quad quad =
            new Quad(
                point(t, x, y, random, jitter), point(t, x + w, y, random, jitter),
                point(t, x + w, y + WORD_HEIGHT, random, jitter),
                point(t, x, y + WORD_HEIGHT, random, jitter));
        Word word = new Word(text, 0.99, quad, i == line.size() - 1, WordKind.TEXT, null);
        lineWords.add(word);
        x += w + 18;
      }
      words.addAll(lineWords);
      textLines.add(new TextLayerLine(lineWords));
      y += LINE_PITCH;
    }
    g.dispose();
    Page page =
        new Page(
            0, "test.png", Page.PageStatus.SUCCESS, null,
            new PageSize(image.getWidth(), image.getHeight(), PageSize.Source.CONVERTED_IMAGE_INFO),
            words, List.of(), List.of(), fields);
    return new TestPage(image, page, textLines);
  }

  private static Point point(AffineTransform t, double x, double y, Random random, double jitter) {
    Point2D p = t.transform(new Point2D.Double(x, y), null);
    if (jitter == 0) {
      return new Point(p.getX(), p.getY());
    }
    return new Point(
        p.getX() + (random.nextDouble() * 2 - 1) * jitter, p.getY() + (random.nextDouble() * 2 - 1) * jitter);
  }

  Path writePng(Path file) throws IOException {
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  /** Every line's words joined by one space, in reading order. */
  List<String> lineTexts() {
    return lines.stream()
        .map(l -> String.join(" ", l.words().stream().map(Word::text).toList()))
        .toList();
  }

  /** Every word's text in reading order. */
  List<String> texts() {
    return lines.stream().flatMap(l -> l.words().stream()).map(Word::text).toList();
  }

  /**
   * Where {@code box}, in this image's pixels (one pixel one point, as at 72 DPI), is on the page shown
   * turned by {@code /Rotate rotation}: in the displayed page's points, origin top-left, as {@code pdftotext
   * -bbox} gives them.
   */
  Box shown(Box box, int rotation) {
    double w = image.getWidth();
    double h = image.getHeight();
    return switch (Math.floorMod(rotation, 360)) {
      case 90 -> new Box(h - box.bottom(), box.left(), h - box.top(), box.right());
      case 180 -> new Box(w - box.right(), h - box.bottom(), w - box.left(), h - box.top());
      case 270 -> new Box(box.top(), w - box.right(), box.bottom(), w - box.left());
      default -> box;
    };
  }

  /** The image as a page turned by {@code /Rotate rotation} shows it. */
  BufferedImage shown(int rotation) {
    int quarters = Math.floorMod(rotation, 360) / 90;
    int w = image.getWidth();
    int h = image.getHeight();
    BufferedImage turned =
        quarters % 2 == 1
            ? new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB)
            : new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = image.getRGB(x, y);
        switch (quarters) {
          case 1 -> turned.setRGB(h - 1 - y, x, rgb);
          case 2 -> turned.setRGB(w - 1 - x, h - 1 - y, rgb);
          case 3 -> turned.setRGB(y, w - 1 - x, rgb);
          default -> turned.setRGB(x, y, rgb);
        }
      }
    }
    return turned;
  }
}
