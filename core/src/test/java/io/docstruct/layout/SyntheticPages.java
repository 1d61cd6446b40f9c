package io.docstruct.layout;

import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.Table;
import io.docstruct.document.TableCell;
import io.docstruct.document.TextLine;
import io.docstruct.document.Word;
import io.docstruct.document.WordKind;
import io.docstruct.geometry.Box;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Generates pages with a known reading order: an upright layout (single column, two columns with title and
 * footer, receipt, table among paragraphs, two columns whose baselines line up, form) drawn on a page, then
 * rotated by 0/90/180/270, skewed, jittered, with correct or axis-aligned vertex order, with or without
 * {@code lineBreak} hints, and in provider or shuffled field order. Test fixture code: the expected text is what the layout engine must produce.
 *
 * <pre>{@code
 * SyntheticPages.Layout layout = SyntheticPages.twoColumns(new SplittableRandom(7));
 * SyntheticPages.Drawn page = layout.draw(SyntheticPages.Options.upright().rotation(90));
 * assertThat(LayoutEngine.create().structure(page.page()).text()).isEqualTo(layout.expectedText());
 * }</pre>
 */
final class SyntheticPages {
  private static final String[] HANGUL = {
    "아름다운", "세상", "오늘", "우리는", "새로운", "방법으로", "문서를", "읽고", "정리합니다", "이", "글은",
    "시험", "데이터", "서울특별시", "강남구", "영수증", "결제", "금액", "고객", "감사합니다", "그리고", "다음",
    "페이지", "내용", "확인", "합니다", "정보", "처리", "결과", "보고서"
  };
  private static final String[] FORM_LABELS = {
    "성명", "주소", "전화번호", "사업자등록번호", "대표자", "업태", "종목", "상호", "생년월일", "이메일"
  };
  private static final String[] ITEMS = {
    "아메리카노", "카페라떼", "녹차", "치즈케이크", "B. 일품", "샌드위치", "생수", "쿠키", "우유", "허브티"
  };

  private SyntheticPages() {}

  /** A word in the upright layout, page pixels. */
  record GWord(String text, double left, double top, double right, double bottom, boolean lineEnd) {}

  /** A table cell in the upright layout. */
  record GCell(int row, int column, Box box, List<GWord> words) {}

  /** An upright layout: words in reading order, optional table, and the text a reader would write. */
  record Layout(
      String name, double width, double height, List<GWord> words, List<GCell> cells,
      String expectedText) {

    Drawn draw(Options o) {
      return SyntheticPages.draw(this, o);
    }
  }

  /** How a layout is put on the page. */
  record Options(
      int rotation, double skew, double jitter, boolean boxOrder, boolean hints, long shuffleSeed,
      long jitterSeed) {
    static Options upright() {
      return new Options(0, 0, 0, false, true, 0, 1);
    }

    Options rotation(int r) {
      return new Options(r, skew, jitter, boxOrder, hints, shuffleSeed, jitterSeed);
    }

    Options skew(double s) {
      return new Options(rotation, s, jitter, boxOrder, hints, shuffleSeed, jitterSeed);
    }

    Options jitter(double j, long seed) {
      return new Options(rotation, skew, j, boxOrder, hints, shuffleSeed, seed);
    }

    Options boxOrder(boolean b) {
      return new Options(rotation, skew, jitter, b, hints, shuffleSeed, jitterSeed);
    }

    Options hints(boolean h) {
      return new Options(rotation, skew, jitter, boxOrder, h, shuffleSeed, jitterSeed);
    }

    /** 0 keeps the reading order as the provider order. */
    Options shuffle(long seed) {
      return new Options(rotation, skew, jitter, boxOrder, hints, seed, jitterSeed);
    }
  }

  /** A drawn page, and the same as CLOVA General V2 JSON. */
  record Drawn(Page page, String json) {}

  // ---------------------------------------------------------------- layouts

  /** Paragraphs in one column. */
  static Layout singleColumn(SplittableRandom r) {
    Writer w = new Writer(1240, 1754, 26 + r.nextInt(8));
    w.y = 140;
    int paragraphs = 2 + r.nextInt(3);
    for (int p = 0; p < paragraphs; p++) {
      w.paragraph(r, 120, 1120, 2 + r.nextInt(4));
    }
    return w.layout("single-column");
  }

  /** A full-width title, two text columns and a page-number footer. */
  static Layout twoColumns(SplittableRandom r) {
    Writer w = new Writer(1240, 1754, 24 + r.nextInt(6));
    double h = w.h;
    w.y = 120;
    w.centered(r, "시험 보고서 " + (1 + r.nextInt(9)), 1.9 * h);
    w.gap(1.5);
    double gutter = 2.5 * h + r.nextInt(20);
    double colWidth = (1240 - 240 - gutter) / 2;
    double top = w.y;
    int left = 2 + r.nextInt(2);
    for (int p = 0; p < left; p++) {
      w.paragraph(r, 120, 120 + colWidth, 3 + r.nextInt(4));
    }
    double bottomLeft = w.y;
    w.y = top;
    int right = 2 + r.nextInt(2);
    for (int p = 0; p < right; p++) {
      w.paragraph(r, 120 + colWidth + gutter, 1120, 3 + r.nextInt(4));
    }
    w.y = Math.max(w.y, bottomLeft);
    w.y = 1754 - 0.035 * 1754;
    w.centered(r, "- " + (1 + r.nextInt(20)) + " -", h * 0.9);
    return w.layout("two-columns");
  }

  /**
   * Two text columns whose baselines line up exactly, row for row, as a typesetter sets them with one
   * font and one leading: paragraphs start with an indent, not a blank line, so nothing but the gutter
   * separates the left line of a row from the right one. Lines are ragged right, or justified (spaces
   * stretched to at most 1.5 times their width, as a typesetter would before it hyphenates); the gutter is
   * anywhere from a little over twice the widest word spacing to three word heights; optionally a
   * full-width title above, as close as 0.4 word heights, and a right column that ends before the left
   * one.
   */
  static Layout alignedColumns(SplittableRandom r) {
    Writer w = new Writer(1240, 1754, 22 + r.nextInt(9));
    double h = w.h;
    boolean title = r.nextBoolean();
    boolean justified = r.nextInt(3) == 0;
    double space = (justified ? 1.5 : 1) * 0.4 * h;
    boolean shortRight = r.nextBoolean();
    w.y = 120;
    if (title) {
      w.centered(r, "두 단 보고서 " + (1 + r.nextInt(9)), 1.8 * h);
      w.gap(r.nextDouble() * 1.7 - 0.5); // a blank band of 0.4 to 2.1 word heights below the title
    }
    double gutter = (2.2 * space) + r.nextDouble() * (3 * h - 2.2 * space);
    double colWidth = (1000 - gutter) / 2;
    int rows = 10 + r.nextInt(25);
    int rightRows = shortRight ? rows - 2 - r.nextInt(rows / 2) : rows;
    double top = w.y;
    w.column(r, 120, 120 + colWidth, rows, justified);
    w.y = top;
    w.column(r, 120 + colWidth + gutter, 1120, rightRows, justified);
    return w.layout("aligned-columns");
  }

  /**
   * A form: a label of one or two words on each row and its value, one to four words, all values starting
   * at one x a little over twice the word spacing to 1.4 word heights right of the longest label, so that
   * a white river runs down between labels and values as between two columns; each row must stay one line.
   */
  static Layout form(SplittableRandom r) {
    Writer w = new Writer(1240, 1754, 22 + r.nextInt(9));
    double h = w.h;
    w.y = 160;
    w.startBlock();
    int rows = 6 + r.nextInt(9);
    List<List<String>> labels = new ArrayList<>();
    double widest = 0;
    for (int i = 0; i < rows; i++) {
      List<String> label = new ArrayList<>(List.of(FORM_LABELS[r.nextInt(FORM_LABELS.length)]));
      if (r.nextInt(3) == 0) {
        label.add(FORM_LABELS[r.nextInt(FORM_LABELS.length)]);
      }
      labels.add(label);
      double width = -0.4 * h;
      for (String t : label) {
        width += w.textWidth(t, h) + 0.4 * h;
      }
      widest = Math.max(widest, width);
    }
    double valueX = 120 + widest + 0.9 * h + r.nextDouble() * 0.5 * h;
    for (List<String> label : labels) {
      List<String> value = new ArrayList<>();
      int n = 1 + r.nextInt(4);
      for (int k = 0; k < n; k++) {
        value.add(HANGUL[r.nextInt(HANGUL.length)]);
      }
      List<String> texts = new ArrayList<>();
      double x = 120;
      for (String t : label) {
        double tw = w.textWidth(t, h);
        w.words.add(new GWord(t, x, w.y, x + tw, w.y + h, false));
        texts.add(t);
        x += tw + 0.4 * h;
      }
      x = valueX;
      for (int k = 0; k < value.size(); k++) {
        String t = value.get(k);
        double tw = w.textWidth(t, h);
        w.words.add(new GWord(t, x, w.y, x + tw, w.y + h, k == value.size() - 1));
        texts.add(t);
        x += tw + 0.4 * h;
      }
      w.block.add(String.join(" ", texts));
      w.y += 1.5 * h;
    }
    return w.layout("form");
  }

  /** A receipt: store name, address, item rows with right-aligned unit price, count and amount, totals. */
  static Layout receipt(SplittableRandom r) {
    Writer w = new Writer(640, 1400, 20 + r.nextInt(6));
    double h = w.h;
    w.y = 60;
    w.centered(r, "행복 카페", 1.6 * h);
    w.gap(0.6);
    w.startBlock();
    w.line(40, 600, List.of("서울특별시", "강남구", "테헤란로", String.valueOf(100 + r.nextInt(400))));
    w.line(40, 600, List.of("2024-03-" + (10 + r.nextInt(18)), (10 + r.nextInt(12)) + ":" + (10 + r.nextInt(49))));
    w.gap(1.2);
    w.startBlock();
    w.columns(List.of(new Col("품명", 40, false), new Col("단가", 360, true), new Col("수량", 440, true),
        new Col("금액", 600, true)));
    int items = 3 + r.nextInt(6);
    long total = 0;
    for (int i = 0; i < items; i++) {
      String name = ITEMS[r.nextInt(ITEMS.length)];
      int price = (10 + r.nextInt(60)) * 100;
      int count = 1 + r.nextInt(3);
      total += (long) price * count;
      w.columns(List.of(new Col(name, 40, false), new Col(money(price), 360, true),
          new Col(String.valueOf(count), 440, true), new Col(money((long) price * count), 600, true)));
    }
    w.gap(1.2);
    w.startBlock();
    w.columns(List.of(new Col("합계", 40, false), new Col(money(total), 600, true)));
    w.columns(List.of(new Col("부가세", 40, false), new Col(money(total / 11), 600, true)));
    w.gap(1.2);
    w.centered(r, "감사합니다", h);
    return w.layout("receipt");
  }

  /** A paragraph, a 3-column table whose words are also page words, and another paragraph. */
  static Layout tableAmongParagraphs(SplittableRandom r) {
    Writer w = new Writer(1240, 1754, 26 + r.nextInt(6));
    w.y = 140;
    w.paragraph(r, 120, 1120, 2 + r.nextInt(3));
    w.table(r, 120, 1120, 3 + r.nextInt(3), 3);
    w.gap(1.5);
    w.paragraph(r, 120, 1120, 2 + r.nextInt(3));
    return w.layout("table-among-paragraphs");
  }

  static String money(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  private record Col(String text, double x, boolean alignRight) {}

  /** Lays text out top to bottom, recording the expected text. */
  private static final class Writer {
    final double width;
    final double height;
    final double h;
    double y;
    final List<GWord> words = new ArrayList<>();
    final List<GCell> cells = new ArrayList<>();
    final List<List<String>> blocks = new ArrayList<>();
    List<String> block;

    Writer(double width, double height, double h) {
      this.width = width;
      this.height = height;
      this.h = h;
    }

    double textWidth(String t, double size) {
      double w = 0;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        w += c >= 0xAC00 ? 0.95 * size : c == ' ' ? 0.3 * size : 0.55 * size;
      }
      return w;
    }

    void gap(double lines) {
      y += lines * h;
    }

    void startBlock() {
      block = new ArrayList<>();
      blocks.add(block);
    }

    /** Words placed left to right from x; returns the line's text. */
    String place(List<String> texts, double x, double size) {
      double space = 0.4 * size;
      for (int i = 0; i < texts.size(); i++) {
        String t = texts.get(i);
        double tw = textWidth(t, size);
        words.add(new GWord(t, x, y, x + tw, y + size, i == texts.size() - 1));
        x += tw + space;
      }
      return String.join(" ", texts);
    }

    void paragraph(SplittableRandom r, double left, double right, int lines) {
      startBlock();
      for (int l = 0; l < lines; l++) {
        List<String> line = new ArrayList<>();
        double x = left;
        boolean last = l == lines - 1;
        double limit = last ? left + (right - left) * (0.3 + 0.5 * r.nextDouble()) : right;
        while (true) {
          String t = HANGUL[r.nextInt(HANGUL.length)];
          double tw = textWidth(t, h);
          if (x + tw > limit && !line.isEmpty()) {
            break;
          }
          if (x + tw > right) {
            break;
          }
          line.add(t);
          x += tw + 0.4 * h;
        }
        block.add(place(line, left, h));
        y += 1.5 * h;
      }
      y += 1.3 * h;
    }

    /**
     * One column of {@code rows} lines at the standard pitch, paragraphs of two lines or more marked by a
     * first-line indent of one word height; a justified line stretches its spaces to meet the right edge when that keeps them
     * within 1.5 times their width.
     */
    void column(SplittableRandom r, double left, double right, int rows, boolean justified) {
      startBlock();
      boolean paragraphStart = true;
      int inParagraph = 0;
      for (int l = 0; l < rows; l++) {
        double start = paragraphStart ? left + h : left;
        boolean paragraphEnd = l == rows - 1 || ++inParagraph >= 2 && r.nextInt(5) == 0;
        double limit = paragraphEnd ? start + (right - start) * (0.3 + 0.6 * r.nextDouble()) : right;
        List<String> line = new ArrayList<>();
        double x = start;
        double inked = 0;
        while (true) {
          String t = HANGUL[r.nextInt(HANGUL.length)];
          double tw = textWidth(t, h);
          if (x + tw > limit && !line.isEmpty() || x + tw > right) {
            break;
          }
          line.add(t);
          inked += tw;
          x += tw + 0.4 * h;
        }
        double space = 0.4 * h;
        if (justified && !paragraphEnd && line.size() > 1) {
          double stretched = (right - start - inked) / (line.size() - 1);
          if (stretched <= 1.5 * space) {
            space = stretched;
          }
        }
        x = start;
        for (int i = 0; i < line.size(); i++) {
          String t = line.get(i);
          double tw = textWidth(t, h);
          words.add(new GWord(t, x, y, x + tw, y + h, i == line.size() - 1));
          x += tw + space;
        }
        block.add(String.join(" ", line));
        y += 1.5 * h;
        paragraphStart = paragraphEnd;
        if (paragraphEnd) {
          inParagraph = 0;
        }
      }
    }

    void centered(SplittableRandom r, String text, double size) {
      startBlock();
      List<String> texts = List.of(text.split(" "));
      double tw = textWidth(text, size);
      block.add(place(texts, (width - tw) / 2, size));
      y += 1.5 * size;
    }

    void line(double left, double right, List<String> texts) {
      block.add(place(texts, left, h));
      y += 1.5 * h;
    }

    void columns(List<Col> cols) {
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < cols.size(); i++) {
        Col c = cols.get(i);
        double tw = textWidth(c.text(), h);
        double x = c.alignRight() ? c.x() - tw : c.x();
        words.add(new GWord(c.text(), x, y, x + tw, y + h, i == cols.size() - 1));
        texts.add(c.text());
      }
      block.add(String.join(" ", texts));
      y += 1.5 * h;
    }

    @Override
    public String toString() {
      return blocks.toString();
    }

    void table(SplittableRandom r, double left, double right, int rows, int columns) {
      startBlock();
      double rowHeight = 2.2 * h;
      double colWidth = (right - left) / columns;
      for (int row = 0; row < rows; row++) {
        List<String> rowText = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          String t = row == 0 ? "항목" + (c + 1) : c == 0 ? ITEMS[r.nextInt(ITEMS.length)]
              : money((1 + r.nextInt(99)) * 100L);
          double x = left + c * colWidth + 0.5 * h;
          double ty = y + row * rowHeight + 0.6 * h;
          GWord word = new GWord(t, x, ty, x + textWidth(t, h), ty + h, c == columns - 1);
          words.add(word);
          cells.add(new GCell(row, c, Box.of(left + c * colWidth, y + row * rowHeight,
              left + (c + 1) * colWidth, y + (row + 1) * rowHeight), List.of(word)));
          rowText.add(t);
        }
        block.add(String.join(" ", rowText));
      }
      y += rows * rowHeight;
    }

    Layout layout(String name) {
      String text = blocks.stream().map(b -> String.join("\n", b)).collect(Collectors.joining("\n\n"));
      return new Layout(name, width, height, List.copyOf(words), List.copyOf(cells), text);
    }
  }

  // ---------------------------------------------------------------- drawing

  static Drawn draw(Layout layout, Options o) {
    double w = layout.width();
    double hgt = layout.height();
    boolean swap = o.rotation() == 90 || o.rotation() == 270;
    double pw = swap ? hgt : w;
    double ph = swap ? w : hgt;
    Random jitter = new Random(o.jitterSeed());
    java.util.function.UnaryOperator<Point> place =
        p -> {
          Point q = rotate(p, o.rotation(), w, hgt);
          double s = Math.toRadians(o.skew());
          double cx = pw / 2;
          double cy = ph / 2;
          double dx = q.x() - cx;
          double dy = q.y() - cy;
          double x = cx + dx * Math.cos(s) - dy * Math.sin(s);
          double y = cy + dx * Math.sin(s) + dy * Math.cos(s);
          if (o.jitter() > 0) {
            x += (jitter.nextDouble() * 2 - 1) * o.jitter();
            y += (jitter.nextDouble() * 2 - 1) * o.jitter();
          }
          return new Point(round(x), round(y));
        };
    List<Word> words = new ArrayList<>();
    java.util.Map<GWord, Word> byWord = new java.util.IdentityHashMap<>();
    for (GWord g : layout.words()) {
      Quad q = quad(g.left(), g.top(), g.right(), g.bottom(), place, o.boxOrder());
      Word word = new Word(g.text(), 0.99, q, o.hints() ? g.lineEnd() : null, WordKind.TEXT, null);
      words.add(word);
      byWord.put(g, word);
    }
    List<Table> tables = new ArrayList<>();
    if (!layout.cells().isEmpty()) {
      List<TableCell> cells = new ArrayList<>();
      Box all = null;
      for (GCell c : layout.cells()) {
        all = all == null ? c.box() : all.union(c.box());
        List<Word> cw = new ArrayList<>();
        for (GWord g : c.words()) {
          Word src = byWord.get(g);
          cw.add(new Word(src.text(), src.confidence(), src.polygon(), null, WordKind.TEXT, null));
        }
        Quad cq = quad(c.box().left(), c.box().top(), c.box().right(), c.box().bottom(), place,
            o.boxOrder());
        cells.add(new TableCell(c.row(), c.column(), 1, 1,
            List.of(new TextLine(cw, cw.isEmpty() ? null : cw.get(0).polygon(), 0.99)), 0.99, cq));
      }
      tables.add(new Table(quad(all.left(), all.top(), all.right(), all.bottom(), place, o.boxOrder()),
          0.99, cells));
    }
    if (o.shuffleSeed() != 0) {
      Collections.shuffle(words, new Random(o.shuffleSeed()));
    }
    Page page = new Page(0, layout.name(), Page.PageStatus.SUCCESS, "SUCCESS",
        new PageSize(pw, ph, PageSize.Source.CONVERTED_IMAGE_INFO), words, tables, List.of(), null);
    return new Drawn(page, json(page, o.hints()));
  }

  private static Quad quad(double l, double t, double r, double b,
      java.util.function.UnaryOperator<Point> place, boolean boxOrder) {
    Quad q = new Quad(place.apply(new Point(l, t)), place.apply(new Point(r, t)),
        place.apply(new Point(r, b)), place.apply(new Point(l, b)));
    return boxOrder ? Quad.of(q.bounds()) : q;
  }

  /** Upright layout point to page point for a page whose text runs {@code rotation} degrees. */
  private static Point rotate(Point p, int rotation, double w, double h) {
    return switch (rotation) {
      case 0 -> p;
      case 90 -> new Point(h - p.y(), p.x());
      case 180 -> new Point(w - p.x(), h - p.y());
      case 270 -> new Point(p.y(), w - p.x());
      default -> throw new IllegalArgumentException("rotation " + rotation);
    };
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  // ---------------------------------------------------------------- CLOVA JSON

  static String json(Page page, boolean hints) {
    StringBuilder sb = new StringBuilder();
    sb.append("{\n  \"version\": \"V2\",\n  \"requestId\": \"synthetic-").append(page.name())
        .append("\",\n  \"timestamp\": 1700000000000,\n  \"images\": [\n    {\n")
        .append("      \"uid\": \"synthetic\",\n      \"name\": \"").append(page.name()).append("\",\n")
        .append("      \"inferResult\": \"SUCCESS\",\n      \"message\": \"SUCCESS\",\n")
        .append("      \"convertedImageInfo\": {\"width\": ").append(num(page.size().width()))
        .append(", \"height\": ").append(num(page.size().height()))
        .append(", \"pageIndex\": 0, \"longImage\": false},\n");
    if (!page.tables().isEmpty()) {
      sb.append("      \"tables\": [\n");
      for (int t = 0; t < page.tables().size(); t++) {
        Table table = page.tables().get(t);
        sb.append("        {\"inferConfidence\": 0.99, \"boundingPoly\": ").append(poly(table.polygon()))
            .append(", \"cells\": [\n");
        for (int c = 0; c < table.cells().size(); c++) {
          TableCell cell = table.cells().get(c);
          sb.append("          {\"rowIndex\": ").append(cell.row()).append(", \"columnIndex\": ")
              .append(cell.column()).append(", \"rowSpan\": 1, \"columnSpan\": 1, ")
              .append("\"inferConfidence\": 0.99, \"boundingPoly\": ").append(poly(cell.polygon()))
              .append(", \"cellTextLines\": [");
          for (int l = 0; l < cell.lines().size(); l++) {
            TextLine line = cell.lines().get(l);
            sb.append(l > 0 ? ", " : "").append("{\"inferConfidence\": 0.99, \"boundingPoly\": ")
                .append(poly(line.polygon())).append(", \"cellWords\": [");
            for (int k = 0; k < line.words().size(); k++) {
              Word w = line.words().get(k);
              sb.append(k > 0 ? ", " : "").append("{\"inferText\": \"").append(w.text())
                  .append("\", \"inferConfidence\": 0.99, \"boundingPoly\": ").append(poly(w.polygon()))
                  .append('}');
            }
            sb.append("]}");
          }
          sb.append("]}").append(c < table.cells().size() - 1 ? "," : "").append('\n');
        }
        sb.append("        ]}").append(t < page.tables().size() - 1 ? "," : "").append('\n');
      }
      sb.append("      ],\n");
    }
    sb.append("      \"fields\": [\n");
    for (int i = 0; i < page.words().size(); i++) {
      Word w = page.words().get(i);
      sb.append("        {\"valueType\": \"ALL\", \"boundingPoly\": ").append(poly(w.polygon()))
          .append(", \"inferText\": \"").append(w.text()).append("\", \"inferConfidence\": 0.99, ")
          .append("\"type\": \"NORMAL\"");
      if (hints && w.lineBreak() != null) {
        sb.append(", \"lineBreak\": ").append(w.lineBreak());
      }
      sb.append('}').append(i < page.words().size() - 1 ? "," : "").append('\n');
    }
    sb.append("      ]\n    }\n  ]\n}\n");
    return sb.toString();
  }

  private static String poly(Quad q) {
    return q.vertices().stream()
        .map(p -> "{\"x\": " + num(p.x()) + ", \"y\": " + num(p.y()) + "}")
        .collect(Collectors.joining(", ", "{\"vertices\": [", "]}"));
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
