package io.docstruct.tesseract;

import io.docstruct.client.ImageSource;
import io.docstruct.tesseract.scans.Accuracy;
import io.docstruct.tesseract.scans.Dataset;
import io.docstruct.tesseract.scans.WordScore;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trials of image preparations against the plain {@code tesseract} command, on a dataset laid out as SROIE's
 * (word recall and CER, {@link WordScore}): each variant prepares the page as {@link ImagePreparation} does
 * (deskew, scale to a text height), may filter the prepared image, runs {@code tesseract} with the engine's
 * arguments, sets numbers' separators and joins Hangul as the engine does, and carries the words back to the
 * page. How the choices in
 * {@code benchmarks/README.md} ("OfflineOcrBenchmark", preparation trials) were measured.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.docstruct.tesseract.PreparationTrials SROIE_DIR '0\\d\\d' \
 *     plain th=30 th=40 f=bg psm=6 f=border
 * }</pre>
 *
 * <p>A variant is {@code plain} (the command alone, {@code -l kor+eng}) or comma-separated settings: {@code th}
 * (text height, default 30), {@code psm} (default 4), {@code l} (languages, default kor+eng), {@code deskew}
 * (1 or 0), {@code dpi} (the resolution Tesseract is told, default 300), {@code f} (filters after scaling,
 * joined by +: {@code otsu}, {@code sauvola}, {@code bg} (divided by the local background, then stretched),
 * {@code border} (dark regions touching the edge whitened), {@code sharpen}, {@code usm} (unsharp mask: the
 * image plus {@code amount} (default 1) times its difference from a Gaussian blur of {@code sigma} pixels,
 * default 1.5), {@code thicken}), {@code interp} (the scaling's interpolation: {@code bicubic}, as the
 * engine, {@code bilinear} or {@code nearest}), {@code c} (Tesseract variables, {@code name=value} joined by
 * ;), {@code uw}
 * (a user-words file) and {@code up} (a user-patterns file). {@code -DperScan=true} prints each scan's recall
 * too, {@code -Dmisses=true} each known line with a word not read, beside what was read there.
 */
public final class PreparationTrials {
  private PreparationTrials() {}

  public static void main(String[] a) throws Exception {
    List<Dataset.Entry> entries = Dataset.read(Path.of(a[0])).stream().filter(e -> e.name().matches(a[1])).toList();
    boolean perScan = Boolean.getBoolean("perScan");
    boolean misses = Boolean.getBoolean("misses");
    for (int v = 2; v < a.length; v++) {
      String spec = a[v];
      List<WordScore> scores = new ArrayList<>();
      StringBuilder per = new StringBuilder();
      long t0 = System.nanoTime();
      for (Dataset.Entry e : entries) {
        List<WordScore.ReadWord> words = spec.startsWith("plain")
            ? plain(e.image(), spec.contains("eng-only") ? "eng" : "kor+eng") : read(e.image(), parse(spec));
        WordScore s = WordScore.of(e.lines(), words);
        scores.add(s);
        if (misses) {
          WordScore.misses(e.lines(), words).forEach(m -> System.out.println("  " + e.name() + ": " + m));
        }
        per.append(String.format(Locale.ROOT, " %s:%.2f", e.name(), s.recall()));
      }
      WordScore sum = WordScore.sum(scores);
      System.out.printf(Locale.ROOT, "%-60s %d pages %d words recall %.3f CER %.3f (%.0f s)%s%n", spec, entries.size(),
          sum.truthWords(), sum.recall(), sum.cer(), (System.nanoTime() - t0) / 1e9, perScan ? per : "");
    }
  }

  static Map<String, String> parse(String spec) {
    Map<String, String> m =
        new LinkedHashMap<>(Map.of("th", "30", "psm", "4", "f", "none", "l", "kor+eng", "deskew", "1", "dpi", "300",
            "sigma", "1.5", "amount", "1"));
    for (String kv : spec.split(",")) {
      if (kv.isBlank()) continue;
      int eq = kv.indexOf('=');
      m.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    return m;
  }

  static List<WordScore.ReadWord> plain(Path image, String l) throws IOException {
    return Accuracy.readPlain(image, l);
  }

  static List<WordScore.ReadWord> read(Path image, Map<String, String> o) throws Exception {
    BufferedImage page = PageImages.read(ImageSource.of(image), 300).get(0);
    ImagePreparation prep = new ImagePreparation(o.get("deskew").equals("1"), Integer.parseInt(o.get("th")), false);
    ImagePreparation.Prepared p = prep.prepare(page);
    BufferedImage img = o.containsKey("interp") ? redrawn(page, p, o.get("interp")) : p.image();
    for (String f : o.get("f").split("\\+")) {
      img = switch (f) {
        case "none" -> img;
        case "otsu" -> otsu(img);
        case "sauvola" -> ImagePreparation.sauvola(img, Math.max(15, (int) (Integer.parseInt(o.get("th")) * 1.5)));
        case "bg" -> background(img, Math.max(31, Integer.parseInt(o.get("th")) * 2));
        case "border" -> border(img);
        case "sharpen" -> sharpen(img);
        case "usm" -> unsharp(img, Double.parseDouble(o.get("sigma")), Double.parseDouble(o.get("amount")));
        case "thicken" -> thicken(img);
        default -> throw new IllegalArgumentException(f);
      };
    }
    List<String> cmd = new ArrayList<>(
        List.of("tesseract", "stdin", "stdout", "-l", o.get("l"), "--psm", o.get("psm"), "--dpi", o.get("dpi")));
    if (o.containsKey("c")) for (String c : o.get("c").split(";")) { cmd.add("-c"); cmd.add(c); }
    if (o.containsKey("uw")) { cmd.add("--user-words"); cmd.add(o.get("uw")); }
    if (o.containsKey("up")) { cmd.add("--user-patterns"); cmd.add(o.get("up")); }
    cmd.add("tsv"); cmd.add("txt");
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process proc = pb.start();
    byte[] in = ImagePreparation.pgm(img);
    Thread w = new Thread(() -> {
      try (OutputStream os = proc.getOutputStream()) {
        os.write(in);
      } catch (IOException ex) {
        // tesseract stopped reading: its output says why
      }
    });
    w.start();
    String out;
    try (InputStream is = proc.getInputStream()) { out = new String(is.readAllBytes(), StandardCharsets.UTF_8); }
    proc.waitFor();
    w.join();
    List<WordScore.ReadWord> words = new ArrayList<>();
    for (List<TsvWord> line : TsvWord.lines(out)) {
      List<TsvWord> printed = NumberSeparators.asPrinted(line, p.image());
      for (TsvWord t : HangulJoiner.join(printed)) {
        Point2D c = p.toPage().transform(new Point2D.Double(t.left() + t.width() / 2.0, t.top() + t.height() / 2.0),
            null);
        words.add(new WordScore.ReadWord(t.text(), c.getX(), c.getY()));
      }
    }
    return words;
  }

  static BufferedImage copy(BufferedImage g) {
    BufferedImage o = new BufferedImage(g.getWidth(), g.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    o.getRaster().setRect(g.getRaster());
    return o;
  }

  static BufferedImage otsu(BufferedImage g) {
    BufferedImage o = copy(g);
    byte[] px = ImagePreparation.pixels(o);
    int[] h = new int[256];
    for (byte b : px) h[b & 0xFF]++;
    int t = ImagePreparation.otsu(h);
    for (int i = 0; i < px.length; i++) px[i] = (px[i] & 0xFF) < t ? 0 : (byte) 255;
    return o;
  }

  /** Divide by the local background (max filter), then stretch the darkest 1% to black. */
  static BufferedImage background(BufferedImage g, int win) {
    int w = g.getWidth(), h = g.getHeight();
    BufferedImage o = copy(g);
    byte[] px = ImagePreparation.pixels(o);
    int[] bg = new int[w * h];
    int[] tmp = new int[w * h];
    for (int i = 0; i < px.length; i++) tmp[i] = px[i] & 0xFF;
    maxFilter(tmp, bg, w, h, win, true);
    maxFilter(bg, tmp, w, h, win, false);
    int[] hist = new int[256];
    int[] norm = new int[w * h];
    for (int i = 0; i < px.length; i++) {
      int b = Math.max(1, tmp[i]);
      int v = Math.min(255, (px[i] & 0xFF) * 255 / b);
      norm[i] = v; hist[v]++;
    }
    long acc = 0; int dark = 0;
    for (int v = 0; v < 256; v++) { acc += hist[v]; if (acc >= px.length / 100) { dark = v; break; } }
    dark = Math.min(dark, 200);
    for (int i = 0; i < px.length; i++) {
      int v = (norm[i] - dark) * 255 / (255 - dark);
      px[i] = (byte) Math.max(0, Math.min(255, v));
    }
    return o;
  }

  static void maxFilter(int[] src, int[] dst, int w, int h, int win, boolean rows) {
    int r = win / 2;
    int n = rows ? w : h, m = rows ? h : w;
    int[] dq = new int[n];
    for (int k = 0; k < m; k++) {
      int head = 0, tail = 0;
      int next = 0;
      for (int i = 0; i < n; i++) {
        int hi = Math.min(n - 1, i + r);
        while (next <= hi) {
          int v = src[rows ? k * w + next : next * w + k];
          while (tail > head && src[rows ? k * w + dq[tail - 1] : dq[tail - 1] * w + k] <= v) tail--;
          dq[tail++] = next++;
        }
        while (dq[head] < i - r) head++;
        dst[rows ? k * w + i : i * w + k] = src[rows ? k * w + dq[head] : dq[head] * w + k];
      }
    }
  }

  /** Whiten dark regions connected to the image's edge (scanner bed, shadows). */
  /** The page turned and scaled as {@code p}, drawn again with another interpolation (bilinear, nearest, bicubic). */
  static BufferedImage redrawn(BufferedImage page, ImagePreparation.Prepared p, String interpolation) throws Exception {
    BufferedImage out = new BufferedImage(p.image().getWidth(), p.image().getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = out.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, switch (interpolation) {
        case "bilinear" -> java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR;
        case "nearest" -> java.awt.RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR;
        case "bicubic" -> java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC;
        default -> throw new IllegalArgumentException(interpolation);
      });
      g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(ImagePreparation.grey(page), p.toPage().createInverse(), null);
    } finally {
      g.dispose();
    }
    return out;
  }

  static BufferedImage border(BufferedImage g) {
    int w = g.getWidth(), h = g.getHeight();
    BufferedImage o = copy(g);
    byte[] px = ImagePreparation.pixels(o);
    int[] hist = new int[256];
    for (byte b : px) hist[b & 0xFF]++;
    int t = ImagePreparation.otsu(hist);
    boolean[] seen = new boolean[w * h];
    ArrayDeque<Integer> q = new ArrayDeque<>();
    for (int x = 0; x < w; x++) { q.add(x); q.add((h - 1) * w + x); }
    for (int y = 0; y < h; y++) { q.add(y * w); q.add(y * w + w - 1); }
    while (!q.isEmpty()) {
      int i = q.poll();
      if (seen[i] || (px[i] & 0xFF) >= t) continue;
      seen[i] = true;
      px[i] = (byte) 255;
      int x = i % w, y = i / w;
      if (x > 0) {
        q.add(i - 1);
      }
      if (x < w - 1) {
        q.add(i + 1);
      }
      if (y > 0) {
        q.add(i - w);
      }
      if (y < h - 1) {
        q.add(i + w);
      }
    }
    return o;
  }

  static BufferedImage sharpen(BufferedImage g) {
    int w = g.getWidth(), h = g.getHeight();
    BufferedImage o = copy(g);
    byte[] s = ImagePreparation.pixels(g), px = ImagePreparation.pixels(o);
    for (int y = 1; y < h - 1; y++) for (int x = 1; x < w - 1; x++) {
      int i = y * w + x;
      int blur =
          ((s[i - 1] & 0xFF) + (s[i + 1] & 0xFF) + (s[i - w] & 0xFF) + (s[i + w] & 0xFF) + 4 * (s[i] & 0xFF)) / 8;
      int v = (s[i] & 0xFF) + ((s[i] & 0xFF) - blur);
      px[i] = (byte) Math.max(0, Math.min(255, v));
    }
    return o;
  }

  /** The image plus {@code amount} times its difference from its Gaussian blur of {@code sigma} pixels. */
  static BufferedImage unsharp(BufferedImage g, double sigma, double amount) {
    int w = g.getWidth(), h = g.getHeight();
    int r = Math.max(1, (int) Math.ceil(3 * sigma));
    double[] k = new double[2 * r + 1];
    double sum = 0;
    for (int i = -r; i <= r; i++) { k[i + r] = Math.exp(-i * i / (2 * sigma * sigma)); sum += k[i + r]; }
    for (int i = 0; i < k.length; i++) k[i] /= sum;
    byte[] s = ImagePreparation.pixels(g);
    double[] across = new double[w * h];
    for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
      double v = 0;
      for (int i = -r; i <= r; i++) v += k[i + r] * (s[y * w + Math.max(0, Math.min(w - 1, x + i))] & 0xFF);
      across[y * w + x] = v;
    }
    BufferedImage o = copy(g);
    byte[] px = ImagePreparation.pixels(o);
    for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
      double blur = 0;
      for (int i = -r; i <= r; i++) blur += k[i + r] * across[Math.max(0, Math.min(h - 1, y + i)) * w + x];
      int v0 = s[y * w + x] & 0xFF;
      px[y * w + x] = (byte) Math.max(0, Math.min(255, (int) Math.round(v0 + amount * (v0 - blur))));
    }
    return o;
  }

  static BufferedImage thicken(BufferedImage g) {
    int w = g.getWidth(), h = g.getHeight();
    BufferedImage o = copy(g);
    byte[] s = ImagePreparation.pixels(g), px = ImagePreparation.pixels(o);
    for (int y = 1; y < h - 1; y++) for (int x = 1; x < w - 1; x++) {
      int i = y * w + x, m = 255;
      for (int d : new int[] {0, -1, 1, -w, w}) m = Math.min(m, s[i + d] & 0xFF);
      px[i] = (byte) m;
    }
    return o;
  }
}
