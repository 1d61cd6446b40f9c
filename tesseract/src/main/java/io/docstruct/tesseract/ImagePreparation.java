package io.docstruct.tesseract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;

/**
 * What is done to a page before Tesseract reads it, for the low-resolution, tilted and noisy scans it reads
 * poorly as they are: the page is turned level (deskew: the angle within ±{@value #MAX_SKEW}° at which its
 * rows of ink line up best), scaled up until its lines of text are about {@code textHeight} pixels tall
 * (Tesseract reads 10-pixel text badly and 20–30-pixel text well; scaled further, a noisy page's grain grows
 * into marks it reads as text), and, when asked, binarised with a threshold
 * that follows the local brightness (Sauvola), for shadows and grey tables around a receipt.
 *
 * <pre>{@code
 * TesseractOcrEngine.builder().preparation(ImagePreparation.defaults()).build();   // the default
 * TesseractOcrEngine.builder().preparation(ImagePreparation.none()).build();       // as the tesseract command
 * }</pre>
 *
 * <p>The answer's polygons are always in the pixels of the page as given (upright), never in the prepared
 * image's: each word's box is carried back through the inverse of the scaling and turning, so a deskewed word
 * comes back as the tilted quadrilateral it is on the page.
 *
 * @param deskew whether to turn the page level first
 * @param textHeight the height, in pixels, the page's lines of text are scaled up to; 0 to never scale. Pages
 *     whose text is taller already are left as they are
 * @param binarise whether to binarise with a local threshold (otherwise Tesseract's own global one applies)
 */
public record ImagePreparation(boolean deskew, int textHeight, boolean binarise) {
  /** The largest skew looked for, in degrees either way. */
  public static final double MAX_SKEW = 8;

  /** The most a page is scaled up. */
  static final double MAX_SCALE = 4;

  /** The most pixels a page is scaled up to. */
  static final double MAX_PREPARED_PIXELS = 40_000_000;

  /**
   * @throws IllegalArgumentException unless 0 ≤ {@code textHeight} ≤ 200
   */
  public ImagePreparation {
    if (textHeight < 0 || textHeight > 200) {
      throw new IllegalArgumentException("textHeight must be between 0 and 200 pixels: " + textHeight);
    }
  }

  /**
   * Deskew and scale text up to 24 pixels; no binarisation of our own (Tesseract's global threshold read the
   * real SROIE scans better than Sauvola's local one: see {@code benchmarks/README.md}).
   */
  public static ImagePreparation defaults() {
    return new ImagePreparation(true, 24, false);
  }

  /** Nothing: the page goes to Tesseract as it is, as with the {@code tesseract} command. */
  public static ImagePreparation none() {
    return new ImagePreparation(false, 0, false);
  }

  /** A page ready for Tesseract, and the map from its pixels back to the page's. */
  record Prepared(BufferedImage image, AffineTransform toPage, double scale, double skewDegrees) {}

  /** Prepares one upright page. */
  Prepared prepare(BufferedImage page) {
    BufferedImage grey = grey(page);
    Ink ink = Ink.sample(grey);
    double angle = deskew ? ink.skew() : 0;
    double lineHeight = textHeight > 0 ? ink.lineHeight(angle) : 0;
    double scale = lineHeight > 0 ? Math.max(1, Math.min(MAX_SCALE, textHeight / lineHeight)) : 1;
    if (Math.abs(angle) < 0.2) {
      angle = 0;
    }
    // A dense page of small print is not scaled past what Tesseract reads in reasonable memory and time.
    double pixels = (double) grey.getWidth() * grey.getHeight();
    scale = Math.min(scale, Math.max(1, Math.sqrt(MAX_PREPARED_PIXELS / pixels)));
    if (scale < 1.15) {
      scale = 1;
    }
    AffineTransform forward = new AffineTransform();
    BufferedImage prepared = grey;
    if (angle != 0 || scale != 1) {
      AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(-angle), grey.getWidth() / 2.0,
          grey.getHeight() / 2.0);
      AffineTransform t = AffineTransform.getScaleInstance(scale, scale);
      t.concatenate(turn);
      double[] bounds = bounds(t, grey.getWidth(), grey.getHeight());
      forward = AffineTransform.getTranslateInstance(-bounds[0], -bounds[1]);
      forward.concatenate(t);
      int w = (int) Math.ceil(bounds[2] - bounds[0]);
      int h = (int) Math.ceil(bounds[3] - bounds[1]);
      prepared = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = prepared.createGraphics();
      try {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(grey, forward, null);
      } finally {
        g.dispose();
      }
    }
    if (binarise) {
      prepared = sauvola(prepared, (int) Math.max(15, (lineHeight > 0 ? lineHeight * scale : 30) * 1.5));
    }
    try {
      return new Prepared(prepared, forward.createInverse(), scale, angle);
    } catch (NoninvertibleTransformException e) {
      throw new AssertionError("a turn and a positive scale are invertible", e);
    }
  }

  private static double[] bounds(AffineTransform t, int w, int h) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (double[] c : new double[][] {{0, 0}, {w, 0}, {w, h}, {0, h}}) {
      Point2D p = t.transform(new Point2D.Double(c[0], c[1]), null);
      minX = Math.min(minX, p.getX());
      minY = Math.min(minY, p.getY());
      maxX = Math.max(maxX, p.getX());
      maxY = Math.max(maxY, p.getY());
    }
    return new double[] {minX, minY, maxX, maxY};
  }

  /** The page in 8-bit grey, its rows packed (width bytes each). */
  static BufferedImage grey(BufferedImage page) {
    if (page.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return page;
    }
    BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = grey.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, page.getWidth(), page.getHeight());
      g.drawImage(page, 0, 0, null);
    } finally {
      g.dispose();
    }
    return grey;
  }

  static byte[] pixels(BufferedImage grey) {
    return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
  }

  /** The image as a binary PGM (netpbm P5), which Tesseract reads from standard input without a decoder. */
  static byte[] pgm(BufferedImage grey) {
    byte[] header = ("P5\n" + grey.getWidth() + " " + grey.getHeight() + "\n255\n")
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] data = pixels(grey);
    int rowBytes = grey.getWidth();
    int stride = ((java.awt.image.ComponentSampleModel) grey.getSampleModel()).getScanlineStride();
    byte[] out = new byte[header.length + rowBytes * grey.getHeight()];
    System.arraycopy(header, 0, out, 0, header.length);
    for (int y = 0; y < grey.getHeight(); y++) {
      System.arraycopy(data, y * stride, out, header.length + y * rowBytes, rowBytes);
    }
    return out;
  }

  /**
   * Sauvola's local threshold, with integral images: a pixel is ink when it is darker than {@code m (1 + k
   * (s / R − 1))} over the window around it (mean m, standard deviation s, R = 128, k = 0.2).
   */
  static BufferedImage sauvola(BufferedImage grey, int window) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    int stride = ((java.awt.image.ComponentSampleModel) grey.getSampleModel()).getScanlineStride();
    byte[] px = pixels(grey);
    long[] sum = new long[(w + 1) * (h + 1)];
    long[] squares = new long[(w + 1) * (h + 1)];
    for (int y = 0; y < h; y++) {
      long rowSum = 0;
      long rowSquares = 0;
      for (int x = 0; x < w; x++) {
        int v = px[y * stride + x] & 0xFF;
        rowSum += v;
        rowSquares += (long) v * v;
        int at = (y + 1) * (w + 1) + x + 1;
        sum[at] = sum[at - (w + 1)] + rowSum;
        squares[at] = squares[at - (w + 1)] + rowSquares;
      }
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] o = pixels(out);
    int r = window / 2;
    for (int y = 0; y < h; y++) {
      int y0 = Math.max(0, y - r);
      int y1 = Math.min(h, y + r + 1);
      for (int x = 0; x < w; x++) {
        int x0 = Math.max(0, x - r);
        int x1 = Math.min(w, x + r + 1);
        int n = (x1 - x0) * (y1 - y0);
        long s = sum[y1 * (w + 1) + x1] - sum[y0 * (w + 1) + x1] - sum[y1 * (w + 1) + x0] + sum[y0 * (w + 1) + x0];
        long q = squares[y1 * (w + 1) + x1] - squares[y0 * (w + 1) + x1] - squares[y1 * (w + 1) + x0]
            + squares[y0 * (w + 1) + x0];
        double mean = (double) s / n;
        double sd = Math.sqrt(Math.max(0, (double) q / n - mean * mean));
        double threshold = mean * (1 + 0.2 * (sd / 128 - 1));
        o[y * w + x] = (px[y * stride + x] & 0xFF) < threshold ? 0 : (byte) 255;
      }
    }
    return out;
  }

  /**
   * A sample of a page's ink: the dark pixels of a copy no larger than about 1,200 pixels a side, by a global
   * (Otsu) threshold. Enough to find the skew and the height of the lines, cheaply.
   */
  record Ink(double[] xs, double[] ys, double factor) {

    static Ink sample(BufferedImage grey) {
      int w = grey.getWidth();
      int h = grey.getHeight();
      int step = Math.max(1, (int) Math.ceil(Math.max(w, h) / 1200.0));
      int stride = ((java.awt.image.ComponentSampleModel) grey.getSampleModel()).getScanlineStride();
      byte[] px = pixels(grey);
      int[] histogram = new int[256];
      for (int y = 0; y < h; y += step) {
        for (int x = 0; x < w; x += step) {
          histogram[px[y * stride + x] & 0xFF]++;
        }
      }
      int threshold = otsu(histogram);
      List<double[]> dark = new ArrayList<>();
      for (int y = 0; y < h; y += step) {
        for (int x = 0; x < w; x += step) {
          if ((px[y * stride + x] & 0xFF) < threshold) {
            dark.add(new double[] {x / (double) step, y / (double) step});
          }
        }
      }
      double[] xs = new double[dark.size()];
      double[] ys = new double[dark.size()];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = dark.get(i)[0];
        ys[i] = dark.get(i)[1];
      }
      return new Ink(xs, ys, step);
    }

    /**
     * How far the text is turned clockwise as the page shows it, in degrees (negative: counter-clockwise): the
     * turn at which the ink falls most sharply into rows, to 0.1°.
     */
    double skew() {
      if (xs.length < 50) {
        return 0;
      }
      double best = 0;
      double bestScore = -1;
      for (double a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += 0.5) {
        double score = rowScore(a);
        if (score > bestScore) {
          bestScore = score;
          best = a;
        }
      }
      double coarse = best;
      for (double a = coarse - 0.5; a <= coarse + 0.5 + 1e-9; a += 0.1) {
        double score = rowScore(a);
        if (score > bestScore) {
          bestScore = score;
          best = a;
        }
      }
      return -best;
    }

    /** How sharply the ink falls into rows when the page is turned by {@code degrees}: the sum of squared row counts. */
    private double rowScore(double degrees) {
      // degrees is the turn applied to the page: the text's own skew is its opposite.
      int[] rows = profile(degrees);
      double score = 0;
      for (int count : rows) {
        score += (double) count * count;
      }
      return score;
    }

    private int[] profile(double degrees) {
      double sin = Math.sin(Math.toRadians(degrees));
      double cos = Math.cos(Math.toRadians(degrees));
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      double[] r = new double[xs.length];
      for (int i = 0; i < xs.length; i++) {
        // The row of the point once the page is turned by -degrees (undoing a counter-clockwise skew).
        r[i] = ys[i] * cos + xs[i] * sin;
        min = Math.min(min, r[i]);
        max = Math.max(max, r[i]);
      }
      int[] rows = new int[(int) (max - min) + 2];
      for (double v : r) {
        rows[(int) (v - min)]++;
      }
      return rows;
    }

    /**
     * The median height, in the page's pixels, of the runs of rows that hold ink once the page is levelled
     * from {@code skew}; 0 when unknown.
     */
    double lineHeight(double skew) {
      if (xs.length < 50) {
        return 0;
      }
      int[] rows = profile(-skew);
      // Rows between lines are not empty on a noisy scan: the floor is set above the quietest rows' count.
      // It is measured against a busy row of text (the 90th percentile), not the busiest row: a receipt's
      // rules and a table's edge fill a row or two with several times a line of text's ink, and a floor
      // from them drops every line of text but the densest rows.
      int[] sorted = rows.clone();
      java.util.Arrays.sort(sorted);
      int quiet = sorted[sorted.length / 10];
      int busy = sorted[sorted.length * 9 / 10];
      int floor = Math.max(1, quiet + (busy - quiet) / 5);
      List<Integer> runs = new ArrayList<>();
      int run = 0;
      for (int c : rows) {
        if (c >= floor) {
          run++;
        } else if (run > 0) {
          runs.add(run);
          run = 0;
        }
      }
      if (run > 0) {
        runs.add(run);
      }
      runs.removeIf(l -> l < 3);
      if (runs.isEmpty()) {
        return 0;
      }
      runs.sort(null);
      return runs.get(runs.size() / 2) * factor;
    }
  }

  static int otsu(int[] histogram) {
    long total = 0;
    long sum = 0;
    for (int i = 0; i < 256; i++) {
      total += histogram[i];
      sum += (long) i * histogram[i];
    }
    long background = 0;
    long sumBackground = 0;
    double best = -1;
    int threshold = 128;
    for (int t = 0; t < 256; t++) {
      background += histogram[t];
      if (background == 0) {
        continue;
      }
      long foreground = total - background;
      if (foreground == 0) {
        break;
      }
      sumBackground += (long) t * histogram[t];
      double meanB = (double) sumBackground / background;
      double meanF = (double) (sum - sumBackground) / foreground;
      double between = (double) background * foreground * (meanB - meanF) * (meanB - meanF);
      if (between > best) {
        best = between;
        threshold = t + 1;
      }
    }
    return threshold;
  }
}
