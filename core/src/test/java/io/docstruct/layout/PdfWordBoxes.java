package io.docstruct.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a real PDF, as {@code pdftotext -bbox-layout} gives them (pages, lines in the PDF's reading
 * order, word boxes in points), turned into a CLOVA General OCR V2 answer: one {@code images[]} entry per
 * page, at {@value #DPI} dpi, one {@code fields[]} entry per word with its box as the polygon and {@code
 * lineBreak: true} on each line's last word. The lines, in order, are the text the typesetter wrote, so
 * they are what the layout engine must read back. Test fixture code.
 *
 * <pre>{@code
 * PdfWordBoxes boxes = PdfWordBoxes.parse(Files.readString(Path.of("doc.html")));
 * String json = boxes.clovaV2("doc");
 * List<String> expected = boxes.lines();
 * }</pre>
 */
final class PdfWordBoxes {
  static final int DPI = 150;
  private static final Pattern PAGE =
      Pattern.compile("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">(.*?)</page>", Pattern.DOTALL);
  private static final Pattern LINE = Pattern.compile("<line[^>]*>(.*?)</line>", Pattern.DOTALL);
  private static final Pattern WORD =
      Pattern.compile(
          "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>");

  record BoxedWord(String text, double left, double top, double right, double bottom) {}

  record BoxedPage(double width, double height, List<List<BoxedWord>> lines) {}

  private final List<BoxedPage> pages;

  private PdfWordBoxes(List<BoxedPage> pages) {
    this.pages = pages;
  }

  /** The pages of {@code pdftotext -bbox-layout} output (XHTML), coordinates in points. */
  static PdfWordBoxes parse(String xhtml) {
    List<BoxedPage> pages = new ArrayList<>();
    Matcher page = PAGE.matcher(xhtml);
    while (page.find()) {
      List<List<BoxedWord>> lines = new ArrayList<>();
      Matcher line = LINE.matcher(page.group(3));
      while (line.find()) {
        List<BoxedWord> words = new ArrayList<>();
        Matcher word = WORD.matcher(line.group(1));
        while (word.find()) {
          words.add(new BoxedWord(unescape(word.group(5)), Double.parseDouble(word.group(1)),
              Double.parseDouble(word.group(2)), Double.parseDouble(word.group(3)),
              Double.parseDouble(word.group(4))));
        }
        if (!words.isEmpty()) {
          lines.add(words);
        }
      }
      pages.add(new BoxedPage(Double.parseDouble(page.group(1)), Double.parseDouble(page.group(2)), lines));
    }
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no <page> in pdftotext -bbox-layout output");
    }
    return new PdfWordBoxes(pages);
  }

  /** Every line's words joined by one space, page after page, in the PDF's reading order. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    for (BoxedPage p : pages) {
      for (List<BoxedWord> line : p.lines()) {
        out.add(String.join(" ", line.stream().map(BoxedWord::text).toList()));
      }
    }
    return out;
  }

  /** The pages as one CLOVA General V2 answer, coordinates in pixels at {@value #DPI} dpi. */
  String clovaV2(String name) {
    double scale = DPI / 72.0;
    StringBuilder sb = new StringBuilder();
    sb.append("{\"version\":\"V2\",\"requestId\":\"typeset-").append(name)
        .append("\",\"timestamp\":1700000000000,\"images\":[\n");
    for (int i = 0; i < pages.size(); i++) {
      BoxedPage p = pages.get(i);
      sb.append("{\"uid\":\"").append(name).append('-').append(i + 1).append("\",\"name\":\"").append(name)
          .append("\",\"inferResult\":\"SUCCESS\",\"message\":\"SUCCESS\",\"convertedImageInfo\":{\"width\":")
          .append(Math.round(p.width() * scale)).append(",\"height\":").append(Math.round(p.height() * scale))
          .append(",\"pageIndex\":").append(i).append(",\"longImage\":false},\"fields\":[\n");
      boolean first = true;
      for (List<BoxedWord> line : p.lines()) {
        for (int k = 0; k < line.size(); k++) {
          BoxedWord w = line.get(k);
          double l = w.left() * scale;
          double t = w.top() * scale;
          double r = w.right() * scale;
          double b = w.bottom() * scale;
          sb.append(first ? "" : ",\n").append("{\"valueType\":\"ALL\",\"boundingPoly\":{\"vertices\":[")
              .append(vertex(l, t)).append(',').append(vertex(r, t)).append(',').append(vertex(r, b))
              .append(',').append(vertex(l, b)).append("]},\"inferText\":\"").append(jsonEscape(w.text()))
              .append("\",\"inferConfidence\":0.99,\"type\":\"NORMAL\",\"lineBreak\":")
              .append(k == line.size() - 1).append('}');
          first = false;
        }
      }
      sb.append("\n]}").append(i < pages.size() - 1 ? ",\n" : "\n");
    }
    sb.append("]}\n");
    return sb.toString();
  }

  private static String vertex(double x, double y) {
    return String.format(Locale.ROOT, "{\"x\":%.1f,\"y\":%.1f}", x, y);
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  private static String jsonEscape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
