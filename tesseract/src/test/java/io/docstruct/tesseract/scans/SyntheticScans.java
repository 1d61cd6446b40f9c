package io.docstruct.tesseract.scans;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Receipts and prose pages of our own making, with the text a perfect OCR would read: Korean and English
 * receipts and a page of prose each, drawn with Java2D in NanumGothic at phone-photo resolution (a receipt
 * about 700 pixels wide, 22-pixel type), some turned by a few degrees, some noisy, blurred and scaled down to
 * the resolution of a low-quality scan. Each page's lines are known with their boxes, transformed with the
 * page, and receipts know their total and date.
 *
 * <pre>{@code
 * SyntheticScans.write(Path.of("tesseract/src/test/resources/scans"));   // img/, box/, key/ as SROIE has them
 * }</pre>
 *
 * <p>Deterministic for a given font and JDK. The committed images were made by {@link #main} once; the tests
 * read those files, so a different font rendering never changes what the tests see.
 */
public final class SyntheticScans {
  private static final Path NANUM = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
  private static final DecimalFormat WON = new DecimalFormat("#,##0");
  private static final DecimalFormat RINGGIT = new DecimalFormat("0.00");

  private final Font base;

  private SyntheticScans(Font base) {
    this.base = base;
  }

  /** Writes every page into {@code dir} ({@code img/NAME.jpg}, {@code box/NAME.csv}, {@code key/NAME.json}). */
  public static void main(String[] args) throws Exception {
    write(Path.of(args.length > 0 ? args[0] : "tesseract/src/test/resources/scans"));
  }

  /** Draws every page and writes the dataset into {@code dir}. */
  public static List<Scan> write(Path dir) throws IOException, FontFormatException {
    SyntheticScans scans = new SyntheticScans(Font.createFont(Font.TRUETYPE_FONT, NANUM.toFile()));
    List<Scan> all = scans.all();
    for (Scan scan : all) {
      scan.write(dir);
    }
    return all;
  }

  private List<Scan> all() {
    List<Scan> all = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      Degradation d = i <= 4 ? Degradation.CLEAN : i <= 7 ? Degradation.SKEWED : Degradation.LOW_RES_NOISY;
      all.add(koreanReceipt(String.format("ko-receipt-%02d", i), i, d));
    }
    for (int i = 1; i <= 4; i++) {
      Degradation d = i <= 2 ? Degradation.CLEAN : i == 3 ? Degradation.SKEWED : Degradation.LOW_RES_NOISY;
      all.add(englishReceipt(String.format("en-receipt-%02d", i), 100 + i, d));
    }
    all.add(prose("ko-prose-01", KOREAN_PROSE, Degradation.CLEAN, 7));
    all.add(prose("en-prose-01", ENGLISH_PROSE, Degradation.SKEWED, 8));
    return all;
  }

  /** What happens to a page between the printer and the OCR engine. */
  enum Degradation {
    /** A flat, sharp photo. */
    CLEAN,
    /** Photographed a few degrees off, with a little noise. */
    SKEWED,
    /** Scaled down to 70% (15-pixel type), softened and noisy, saved as a poor JPEG: a low-resolution scan. */
    LOW_RES_NOISY
  }

  // ---- pages ----------------------------------------------------------------------------------------------

  private static final String[] KO_STORES = {"행복마트 역삼점", "우리편의점 강남점", "맛있는 김밥천국", "한빛문구 본점",
      "푸른약국", "새벽베이커리", "다온식당", "미래서점 종로점", "하나로마트 양재점", "초록카페"};
  private static final String[] KO_OWNERS = {"김민수", "이서연", "박지훈", "최유진", "정하늘"};
  private static final String[] KO_ADDRESSES = {"서울특별시 강남구 테헤란로 123", "서울특별시 종로구 세종대로 45",
      "경기도 성남시 분당구 판교로 77", "부산광역시 해운대구 센텀로 9", "대전광역시 서구 둔산로 210"};
  private static final String[] KO_ITEMS = {"신라면 멀티팩", "서울우유 1L", "바나나우유", "참치김밥", "라면",
      "생수 2L", "볼펜 세트", "공책", "아메리카노", "카페라떼", "크루아상", "소금빵", "비타민C", "두통약", "제육덮밥",
      "된장찌개", "계란 10구", "사과 1봉", "두부", "김치찌개"};
  private static final String[] KO_CARDS = {"신한카드", "국민카드", "삼성카드", "현대카드", "비씨카드"};

  private static final String[] EN_STORES = {"SUNRISE MART SDN BHD", "GREEN LEAF BOOKSTORE", "CITY HARDWARE TRADING",
      "OCEAN BAKERY CAFE"};
  private static final String[] EN_ITEMS = {"MILO 1KG", "BREAD WHITE", "EGGS GRADE A", "MINERAL WATER",
      "NOTEBOOK A5", "BALL PEN BLUE", "CROISSANT", "LATTE", "SCREW SET", "PAINT BRUSH", "RICE 5KG", "SUGAR 1KG"};

  private static final String KOREAN_PROSE =
      "광학 문자 인식은 종이에 인쇄된 글자를 컴퓨터가 읽을 수 있는 문자로 바꾸는 기술이다. 회계 부서에서는 매달 수백 장의 "
          + "영수증을 손으로 입력하는데, 이 작업을 자동으로 처리하면 시간과 비용을 크게 줄일 수 있다. 그러나 인터넷에 연결되지 "
          + "않은 망분리 환경에서는 클라우드 서비스를 쓸 수 없으므로, 내부에서 동작하는 인식 엔진이 필요하다. 오픈 소스 엔진은 "
          + "한글 단어를 음절 단위로 나누어 읽는 경우가 많아서, 글자 사이의 간격을 보고 단어를 다시 이어 붙여야 한다.";
  private static final String ENGLISH_PROSE =
      "Optical character recognition turns the printed letters on a page into text that a computer can search, "
          + "copy and check. An accounting team that types hundreds of receipts every month can save days of work "
          + "when the totals, dates and store names are read automatically. Networks that are separated from the "
          + "internet cannot send images to a cloud service, so the engine has to run inside the building, and its "
          + "answers must still be checked before anyone trusts them with money.";

  private Scan koreanReceipt(String name, long seed, Degradation d) {
    Random r = new Random(seed);
    Canvas c = new Canvas(base, 700, 22);
    c.center(KO_STORES[(int) (seed - 1) % KO_STORES.length], 30);
    c.left("사업자번호 " + (100 + r.nextInt(800)) + "-" + (10 + r.nextInt(80)) + "-" + (10000 + r.nextInt(89999)));
    c.left("대표자 " + KO_OWNERS[r.nextInt(KO_OWNERS.length)] + " TEL 02-" + (200 + r.nextInt(700)) + "-"
        + (1000 + r.nextInt(8999)));
    c.left(KO_ADDRESSES[r.nextInt(KO_ADDRESSES.length)]);
    LocalDate date = LocalDate.of(2024, 1 + r.nextInt(12), 1 + r.nextInt(28));
    c.left("판매일 " + date + " " + String.format("%02d:%02d", 9 + r.nextInt(12), r.nextInt(60)));
    c.rule();
    c.columns("상품명", "수량", "금액");
    c.rule();
    int items = 3 + r.nextInt(4);
    long total = 0;
    List<String> names = new ArrayList<>(List.of(KO_ITEMS));
    for (int i = 0; i < items; i++) {
      String item = names.remove(r.nextInt(names.size()));
      int count = 1 + r.nextInt(3);
      long price = (5 + r.nextInt(60)) * 100L * count;
      total += price;
      c.columns(item, String.valueOf(count), WON.format(price));
    }
    c.rule();
    long vat = Math.round(total / 11.0);
    c.pair("과세물품가액", WON.format(total - vat));
    c.pair("부가세", WON.format(vat));
    c.pair("합계", WON.format(total));
    c.pair(KO_CARDS[r.nextInt(KO_CARDS.length)], WON.format(total));
    c.left("승인번호 " + (10000000 + r.nextInt(89999999)));
    c.center("감사합니다", 22);
    return c.finish(name, d, new Random(seed * 31), new BigDecimal(total), date);
  }

  private Scan englishReceipt(String name, long seed, Degradation d) {
    Random r = new Random(seed);
    Canvas c = new Canvas(base, 700, 22);
    c.center(EN_STORES[(int) (seed - 101) % EN_STORES.length], 28);
    c.center("(" + (100000 + r.nextInt(899999)) + "-K)", 22);
    c.center("NO. " + (1 + r.nextInt(99)) + ", JALAN MERANTI " + (1 + r.nextInt(20)) + ",", 22);
    c.center("TAMAN BUKIT INDAH, 81200 JOHOR BAHRU", 22);
    LocalDate date = LocalDate.of(2018, 1 + r.nextInt(12), 1 + r.nextInt(28));
    c.left(String.format("DATE: %02d/%02d/%d %02d:%02d", date.getDayOfMonth(), date.getMonthValue(), date.getYear(),
        9 + r.nextInt(12), r.nextInt(60)));
    c.left("INVOICE NO: CS" + (10000 + r.nextInt(89999)));
    c.rule();
    c.columns("DESCRIPTION", "QTY", "AMOUNT");
    c.rule();
    int items = 3 + r.nextInt(4);
    BigDecimal total = BigDecimal.ZERO;
    List<String> names = new ArrayList<>(List.of(EN_ITEMS));
    for (int i = 0; i < items; i++) {
      String item = names.remove(r.nextInt(names.size()));
      int count = 1 + r.nextInt(3);
      BigDecimal price = BigDecimal.valueOf((150 + r.nextInt(2000)) * count, 2);
      total = total.add(price);
      c.columns(item, String.valueOf(count), RINGGIT.format(price));
    }
    c.rule();
    c.pair("TOTAL", RINGGIT.format(total));
    BigDecimal cash = total.setScale(-1, java.math.RoundingMode.UP).max(total).add(BigDecimal.TEN);
    c.pair("CASH", RINGGIT.format(cash));
    c.pair("CHANGE", RINGGIT.format(cash.subtract(total)));
    c.center("THANK YOU, PLEASE COME AGAIN", 22);
    return c.finish(name, d, new Random(seed * 31), total, date);
  }

  private Scan prose(String name, String text, Degradation d, long seed) {
    Canvas c = new Canvas(base, 1000, 24);
    c.paragraph(text);
    c.blank();
    c.paragraph(text.substring(text.indexOf('.') + 2));
    return c.finish(name, d, new Random(seed), null, null);
  }

  // ---- drawing --------------------------------------------------------------------------------------------

  /** A page being laid out: lines are placed top to bottom and drawn at the end. */
  private static final class Canvas {
    private final Font base;
    private final int width;
    private final int size;
    private final List<TruthLine> lines = new ArrayList<>();
    private final BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    private int y = 40;
    private final int margin = 36;

    Canvas(Font base, int width, int size) {
      this.base = base;
      this.width = width;
      this.size = size;
    }

    private FontMetrics metrics(int fontSize) {
      Graphics2D g = probe.createGraphics();
      try {
        return g.getFontMetrics(base.deriveFont(Font.PLAIN, fontSize));
      } finally {
        g.dispose();
      }
    }

    /** One line made of pieces at given x positions, its truth the pieces joined by spaces. */
    private void line(int fontSize, List<String> texts, List<Integer> xs) {
      FontMetrics m = metrics(fontSize);
      int baseline = y + m.getAscent();
      int left = Integer.MAX_VALUE;
      int right = 0;
      for (int i = 0; i < texts.size(); i++) {
        left = Math.min(left, xs.get(i));
        right = Math.max(right, xs.get(i) + m.stringWidth(texts.get(i)));
      }
      int top = baseline - (int) Math.round(m.getAscent() * 0.8);
      int bottom = baseline + m.getDescent() / 2;
      lines.add(new TruthLine(String.join(" ", texts),
          new double[] {left, top, right, top, right, bottom, left, bottom}));
      pieces.add(new Piece(fontSize, List.copyOf(texts), List.copyOf(xs), baseline));
      y += (int) Math.round(m.getHeight() * 1.35);
    }

    private final List<Piece> pieces = new ArrayList<>();
    private final List<Integer> rules = new ArrayList<>();

    private record Piece(int fontSize, List<String> texts, List<Integer> xs, int baseline) {}

    void center(String text, int fontSize) {
      int w = metrics(fontSize).stringWidth(text);
      line(fontSize, List.of(text), List.of((width - w) / 2));
    }

    void left(String text) {
      line(size, List.of(text), List.of(margin));
    }

    void columns(String item, String count, String amount) {
      FontMetrics m = metrics(size);
      line(size, List.of(item, count, amount),
          List.of(margin, (int) (width * 0.62) - m.stringWidth(count) / 2, width - margin - m.stringWidth(amount)));
    }

    void pair(String label, String amount) {
      FontMetrics m = metrics(size);
      line(size, List.of(label, amount), List.of(margin, width - margin - m.stringWidth(amount)));
    }

    void rule() {
      rules.add(y + size / 3);
      y += size;
    }

    void blank() {
      y += size;
    }

    void paragraph(String text) {
      FontMetrics m = metrics(size);
      StringBuilder current = new StringBuilder();
      for (String word : text.split(" ")) {
        String tryLine = current.length() == 0 ? word : current + " " + word;
        if (m.stringWidth(tryLine) > width - 2 * margin && current.length() > 0) {
          left(current.toString());
          current = new StringBuilder(word);
        } else {
          current = new StringBuilder(tryLine);
        }
      }
      if (current.length() > 0) {
        left(current.toString());
      }
    }

    Scan finish(String name, Degradation d, Random r, BigDecimal total, LocalDate date) {
      int height = y + 40;
      BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = page.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(250, 249, 245));
      g.fillRect(0, 0, width, height);
      g.setColor(new Color(40, 40, 45));
      for (Piece p : pieces) {
        g.setFont(base.deriveFont(Font.PLAIN, p.fontSize()));
        for (int i = 0; i < p.texts().size(); i++) {
          g.drawString(p.texts().get(i), p.xs().get(i), p.baseline());
        }
      }
      g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
      for (int ry : rules) {
        g.drawLine(margin, ry, width - margin, ry);
      }
      g.dispose();
      return degrade(name, page, lines, d, r, total, date);
    }
  }

  private static Scan degrade(
      String name, BufferedImage page, List<TruthLine> lines, Degradation d, Random r, BigDecimal total,
      LocalDate date) {
    double angle = d == Degradation.CLEAN ? 0 : (r.nextBoolean() ? 1 : -1) * (1.5 + r.nextDouble() * 2.0);
    double scale = d == Degradation.LOW_RES_NOISY ? 0.7 : 1.0;
    int w = (int) Math.round(page.getWidth() * scale);
    int h = (int) Math.round(page.getHeight() * scale);
    AffineTransform t = new AffineTransform();
    t.scale(scale, scale);
    t.rotate(Math.toRadians(angle), page.getWidth() / 2.0, page.getHeight() / 2.0);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setColor(new Color(205, 200, 190)); // the table the receipt lies on
    g.fillRect(0, 0, w, h);
    g.drawImage(page, t, null);
    g.dispose();
    if (d == Degradation.LOW_RES_NOISY) {
      float[] soft = {0.0625f, 0.125f, 0.0625f, 0.125f, 0.25f, 0.125f, 0.0625f, 0.125f, 0.0625f};
      out = new ConvolveOp(new Kernel(3, 3, soft), ConvolveOp.EDGE_NO_OP, null).filter(out, null);
    }
    int noise = d == Degradation.CLEAN ? 4 : d == Degradation.SKEWED ? 10 : 14;
    for (int py = 0; py < h; py++) {
      for (int px = 0; px < w; px++) {
        int rgb = out.getRGB(px, py);
        int n = (int) Math.round(r.nextGaussian() * noise);
        int red = clamp(((rgb >> 16) & 0xFF) + n);
        int green = clamp(((rgb >> 8) & 0xFF) + n);
        int blue = clamp((rgb & 0xFF) + n);
        out.setRGB(px, py, (red << 16) | (green << 8) | blue);
      }
    }
    List<TruthLine> moved = new ArrayList<>(lines.size());
    for (TruthLine line : lines) {
      double[] q = new double[8];
      for (int i = 0; i < 8; i += 2) {
        Point2D p = t.transform(new Point2D.Double(line.quad()[i], line.quad()[i + 1]), null);
        q[i] = Math.round(p.getX());
        q[i + 1] = Math.round(p.getY());
      }
      moved.add(new TruthLine(line.text(), q));
    }
    float quality = d == Degradation.LOW_RES_NOISY ? 0.7f : 0.85f;
    return new Scan(name, out, quality, moved, total, date);
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  /** Writes the image as a JPEG of the given quality. */
  static void writeJpeg(BufferedImage image, float quality, Path file) throws IOException {
    javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
    javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality);
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    try (javax.imageio.stream.ImageOutputStream out = javax.imageio.ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
