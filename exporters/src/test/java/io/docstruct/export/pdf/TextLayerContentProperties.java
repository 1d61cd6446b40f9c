package io.docstruct.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.docstruct.document.Word;
import io.docstruct.document.WordKind;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the text layer puts each glyph, read back with PDFBox (an independent reader of the content stream)
 * for random lines: random words, text heights and gaps, every vertex up to 1.5 pixels off (at most a
 * twentieth of the word's size, so that the noise cannot tip a word past the snapping angle), the whole
 * page turned by a quarter turn and skewed by up to 12°, within {@value TextLayerContent#SNAP_DEGREES}°.
 */
class TextLayerContentProperties {
  private static final int SIZE = 2000;
  private static final String SYLLABLES = "가나다라마바사아자차카타파하창문을합계금액원부산서울ABC0123456789,";

  /** One recognised line: its words, and the polygons' text heights. */
  record Sample(List<TextLayerLine> lines, int quarter) {}

  @Property(tries = 200)
  void everyWordStandsOnOneBaselineAlongThePageAxisOverItsPolygon(
      @ForAll @IntRange(min = 0, max = 3) int quarter,
      @ForAll @DoubleRange(min = -12, max = 12) double skew,
      @ForAll long seed)
      throws IOException {
    Sample sample = sample(quarter, skew, new Random(seed));

    List<TextPosition> glyphs = glyphs(sample.lines());

    // The glyphs come in content order: each line's words, a space between two words.
    int g = 0;
    for (TextLayerLine line : sample.lines()) {
      List<Double> sizes = new ArrayList<>();
      for (int w = 0; w < line.words().size(); w++) {
        Word word = line.words().get(w);
        List<TextPosition> run = glyphs.subList(g, g + word.text().length());
        g += word.text().length() + (w + 1 < line.words().size() ? 1 : 0);
        assertThat(run.stream().map(TextPosition::getUnicode).reduce("", String::concat))
            .isEqualTo(word.text());
        double size = fontSize(run.get(0));
        sizes.add(size);
        double[] first = axisFrame(run.get(0), quarter);
        double[] last = axisFrame(run.get(run.size() - 1), quarter);
        for (TextPosition glyph : run) {
          double[] p = axisFrame(glyph, quarter);
          assertThat(p[1]).as("baseline of %s", word.text()).isCloseTo(first[1], within(1e-3));
        }
        // The glyph box spans -0.2 to 0.8 em about the baseline and is moved at most half an em off the
        // word's place on the line; a fifth of an em more for the word's own height and noise.
        double[] centre = axisFrame(centroid(word.polygon()), quarter);
        assertThat(centre[1])
            .as("polygon centre of %s across the axis, glyph baseline at %s", word.text(), first[1])
            .isBetween(first[1] - 0.4 * size, first[1] + 1.0 * size);
        if (run.size() > 1) {
          double advance = (last[0] - first[0]) / (run.size() - 1);
          assertThat(advance).as("glyphs of %s run along the text", word.text()).isPositive();
          assertThat(centre[0]).isBetween(first[0], last[0] + advance);
        }
      }
      // One size for the line; only a word over 1.25 times as tall keeps its own.
      double lineSize = sizes.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
      assertThat(sizes).as("font sizes of a line").allSatisfy(
          size -> assertThat(Math.abs(size - lineSize) < 1e-3 || size > 1.25 * lineSize).isTrue());
    }
    assertThat(g).isEqualTo(glyphs.size());
  }

  /** A random page of 1–3 lines, turned by {@code quarter} quarter turns and {@code skew} degrees. */
  private static Sample sample(int quarter, double skew, Random random) {
    AffineTransform turn = new AffineTransform();
    turn.translate(SIZE / 2.0, SIZE / 2.0);
    turn.rotate(Math.toRadians(quarter * 90 + skew));
    turn.translate(-SIZE / 2.0, -SIZE / 2.0);
    List<TextLayerLine> lines = new ArrayList<>();
    int lineCount = 1 + random.nextInt(3);
    double y = 650;
    for (int l = 0; l < lineCount; l++) {
      double height = 18 + random.nextInt(30);
      double x = 450;
      List<Word> words = new ArrayList<>();
      int wordCount = 1 + random.nextInt(7);
      for (int w = 0; w < wordCount; w++) {
        StringBuilder text = new StringBuilder();
        int chars = 1 + random.nextInt(5);
        for (int c = 0; c < chars; c++) {
          text.append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
        }
        double width = chars * height * (0.6 + random.nextDouble() * 0.4);
        double h = height * (0.9 + random.nextDouble() * 0.2);
        double jitter = Math.min(1.5, 0.05 * Math.min(width, h));
        Quad quad =
            new Quad(
                point(turn, x, y, random, jitter), point(turn, x + width, y, random, jitter),
                point(turn, x + width, y + h, random, jitter), point(turn, x, y + h, random, jitter));
        words.add(new Word(text.toString(), 0.9, quad, w == wordCount - 1, WordKind.TEXT, null));
        x += width + height * (0.25 + random.nextDouble() * 0.75);
      }
      lines.add(new TextLayerLine(words));
      y += height * 1.6;
    }
    return new Sample(lines, quarter);
  }

  /** A vertex turned onto the page and moved by up to {@code jitter} pixels either way. */
  private static Point point(AffineTransform turn, double x, double y, Random random, double jitter) {
    Point2D p = turn.transform(new Point2D.Double(x, y), null);
    return new Point(
        p.getX() + (random.nextDouble() * 2 - 1) * jitter, p.getY() + (random.nextDouble() * 2 - 1) * jitter);
  }

  private static Point2D centroid(Quad q) {
    Point c = q.centroid();
    return new Point2D.Double(c.x(), SIZE - c.y()); // display points: y up
  }

  /** A display point as (along the text, across it) for text turned by {@code quarter} quarter turns. */
  private static double[] axisFrame(Point2D p, int quarter) {
    return switch (quarter) {
      case 0 -> new double[] {p.getX(), p.getY()};
      case 1 -> new double[] {-p.getY(), p.getX()};
      case 2 -> new double[] {-p.getX(), -p.getY()};
      default -> new double[] {p.getY(), -p.getX()};
    };
  }

  /** The length of the glyph's y axis: the font size in points, whatever the rotation. */
  private static double fontSize(TextPosition glyph) {
    return Math.hypot(glyph.getTextMatrix().getShearX(), glyph.getTextMatrix().getScaleY());
  }

  private static double[] axisFrame(TextPosition glyph, int quarter) {
    return axisFrame(
        new Point2D.Double(
            glyph.getTextMatrix().getTranslateX(), glyph.getTextMatrix().getTranslateY()),
        quarter);
  }

  /** Every glyph of the layer as PDFBox reads it, in content order. */
  private static List<TextPosition> glyphs(List<TextLayerLine> lines) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(SIZE, SIZE));
      pdf.addPage(page);
      PDResources resources = new PDResources();
      COSDictionary fonts = new COSDictionary();
      fonts.setItem("F", GlyphlessFont.embed());
      resources.getCOSObject().setItem(COSName.FONT, fonts);
      page.setResources(resources);
      byte[] ops =
          new TextLayerContent("F", false).write(PageFrame.ofImagePage(SIZE, SIZE, SIZE, SIZE), lines);
      PDStream stream = new PDStream(pdf);
      try (OutputStream out = stream.createOutputStream()) {
        out.write(ops);
      }
      page.setContents(stream);
      List<TextPosition> glyphs = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              glyphs.add(text);
            }
          };
      stripper.getText(pdf);
      return glyphs;
    }
  }
}
