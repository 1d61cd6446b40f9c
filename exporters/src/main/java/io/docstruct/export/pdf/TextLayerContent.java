package io.docstruct.export.pdf;

import io.docstruct.document.Word;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the content-stream operators of one page's invisible text layer (and, on request, the visible
 * debug overlay).
 *
 * <p>Placement, in display points (y up). For a word with vertices p0..p3 (top-left, top-right,
 * bottom-right, bottom-left of the text):
 *
 * <ul>
 *   <li>baseline direction {@code u} = unit vector of {@code (p1 − p0) + (p2 − p3)}: the mean of the top and
 *       bottom edges, so rotated text of any angle reads along its own direction;
 *   <li>up vector {@code v} = {@code ((p0 − p3) + (p1 − p2)) / 2}, the mean side edge; the font size is the
 *       height across the baseline, {@code h = u × v}; a skewed (sheared) quad keeps its shear because the
 *       text matrix's second column is {@code v / h}, not the perpendicular of {@code u};
 *   <li>origin = {@code p3 + 0.2 v}: the glyph boxes ({@link GlyphlessFont} descent −0.2, ascent 0.8 em)
 *       then fill the quad from its bottom edge to its top edge;
 *   <li>horizontal scaling {@code Tz} = 100 × width / (characters × h / 2), width being the mean edge
 *       length along {@code u};
 *   <li>between two words of a line a real space (U+0020) is shown, its {@code Tz} stretched over the gap
 *       to the next word's origin, so the selection is continuous and extraction gives one space.
 * </ul>
 *
 * <p>Text is written as 2-byte codes equal to UTF-16 code units; characters outside the BMP (and unpaired
 * surrogates) are written as U+FFFD, since the identity CMap covers the BMP only; control characters as a
 * space.
 */
final class TextLayerContent {
  /** Name of the glyph-less font in the page's resources. */
  private final String fontName;
  private final boolean debugOverlay;
  private final StringBuilder ops = new StringBuilder(16 * 1024);

  TextLayerContent(String fontName, boolean debugOverlay) {
    this.fontName = fontName;
    this.debugOverlay = debugOverlay;
  }

  /** A word placed on the page, in display points. */
  private record Placement(
      double ox, double oy, double ux, double uy, double vx, double vy, double size, double width) {

    double endX() {
      return ox + ux * width;
    }

    double endY() {
      return oy + uy * width;
    }
  }

  /** The operators for {@code lines} on a page of {@code frame}, ASCII. */
  byte[] write(PageFrame frame, List<TextLayerLine> lines) {
    ops.setLength(0);
    ops.append("q\n");
    if (!frame.isIdentity()) {
      double[] m = frame.toUser();
      num(m[0]).num(m[1]).num(m[2]).num(m[3]).num(m[4]).num(m[5]).ops.append("cm\n");
    }
    List<Placement> debug = debugOverlay ? new ArrayList<>() : List.of();
    ops.append("BT\n3 Tr\n");
    double currentSize = -1;
    for (TextLayerLine line : lines) {
      List<Word> words = new ArrayList<>();
      List<Placement> placements = new ArrayList<>();
      for (Word word : line.words()) {
        Placement p = place(frame, word);
        if (p != null) {
          words.add(word);
          placements.add(p);
        }
      }
      for (int i = 0; i < words.size(); i++) {
        Placement p = placements.get(i);
        String text = words.get(i).text();
        int units = codeUnits(text);
        if (p.size != currentSize) {
          ops.append('/').append(fontName).append(' ');
          num(p.size).ops.append("Tf\n");
          currentSize = p.size;
        }
        num(100 * p.width / (units * p.size / 2)).ops.append("Tz\n");
        num(p.ux).num(p.uy).num(p.vx / p.size).num(p.vy / p.size).num(p.ox).num(p.oy);
        ops.append("Tm\n");
        hex(text).append(" Tj\n");
        if (i + 1 < words.size()) {
          Placement next = placements.get(i + 1);
          double gap = (next.ox - p.endX()) * p.ux + (next.oy - p.endY()) * p.uy;
          double spaceWidth = Math.max(gap, p.size * 0.05);
          num(100 * spaceWidth / (p.size / 2)).ops.append("Tz\n<0020> Tj\n");
        }
        if (debugOverlay) {
          debug.add(p);
        }
      }
    }
    ops.append("ET\n");
    if (debugOverlay) {
      writeDebug(frame, lines, debug);
    }
    ops.append("Q\n");
    return ops.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Red word outlines and blue baselines, 1 pt wide. */
  private void writeDebug(PageFrame frame, List<TextLayerLine> lines, List<Placement> placements) {
    ops.append("1 w\n1 0 0 RG\n");
    for (TextLayerLine line : lines) {
      for (Word word : line.words()) {
        Quad q = word.polygon();
        if (q == null || !q.allFinite()) {
          continue;
        }
        point(frame, q.p0()).ops.append("m\n");
        point(frame, q.p1()).ops.append("l\n");
        point(frame, q.p2()).ops.append("l\n");
        point(frame, q.p3()).ops.append("l\nh S\n");
      }
    }
    ops.append("0 0 1 RG\n");
    for (Placement p : placements) {
      num(p.ox).num(p.oy).ops.append("m\n");
      num(p.endX()).num(p.endY()).ops.append("l S\n");
    }
  }

  private TextLayerContent point(PageFrame frame, Point p) {
    return num(frame.displayX(p)).num(frame.displayY(p));
  }

  /** Where a word goes, or {@code null} when it has no text or no usable polygon. */
  static @Nullable Placement place(PageFrame frame, Word word) {
    Quad q = word.polygon();
    if (word.text().isEmpty() || q == null || !q.allFinite()) {
      return null;
    }
    double x0 = frame.displayX(q.p0());
    double y0 = frame.displayY(q.p0());
    double x1 = frame.displayX(q.p1());
    double y1 = frame.displayY(q.p1());
    double x2 = frame.displayX(q.p2());
    double y2 = frame.displayY(q.p2());
    double x3 = frame.displayX(q.p3());
    double y3 = frame.displayY(q.p3());
    double ax = (x1 - x0) + (x2 - x3);
    double ay = (y1 - y0) + (y2 - y3);
    double length = Math.hypot(ax, ay);
    double vx = ((x0 - x3) + (x1 - x2)) / 2;
    double vy = ((y0 - y3) + (y1 - y2)) / 2;
    if (length > 1e-6) {
      double ux = ax / length;
      double uy = ay / length;
      double h = ux * vy - uy * vx;
      double width = length / 2;
      if (h > 1e-3 && width > 1e-3) {
        return new Placement(x3 + 0.2 * vx, y3 + 0.2 * vy, ux, uy, vx, vy, h, width);
      }
    }
    // Degenerate or mirrored quad: an upright box over its bounds, at least 1 pt high.
    double left = Math.min(Math.min(x0, x1), Math.min(x2, x3));
    double right = Math.max(Math.max(x0, x1), Math.max(x2, x3));
    double bottom = Math.min(Math.min(y0, y1), Math.min(y2, y3));
    double top = Math.max(Math.max(y0, y1), Math.max(y2, y3));
    double h = Math.max(top - bottom, 1);
    double width = right - left > 1e-3 ? right - left : codeUnits(word.text()) * h / 2;
    return new Placement(left, bottom + 0.2 * h, 1, 0, 0, h, h, width);
  }

  /** How many 2-byte codes {@link #hex} writes for {@code text}. */
  static int codeUnits(String text) {
    return text.codePointCount(0, text.length());
  }

  private StringBuilder hex(String text) {
    ops.append('<');
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int code =
          cp > 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF)
              ? 0xFFFD
              : Character.isISOControl(cp) ? 0x20 : cp;
      ops.append(HEX[(code >> 12) & 0xF])
          .append(HEX[(code >> 8) & 0xF])
          .append(HEX[(code >> 4) & 0xF])
          .append(HEX[code & 0xF]);
    }
    return ops.append('>');
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Appends {@code value} with at most 4 decimals, and a space. */
  private TextLayerContent num(double value) {
    long scaled = Math.round(value * 10_000);
    if (scaled < 0) {
      ops.append('-');
      scaled = -scaled;
    }
    ops.append(scaled / 10_000);
    long fraction = scaled % 10_000;
    if (fraction != 0) {
      ops.append('.');
      String digits = Long.toString(fraction + 10_000).substring(1);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      ops.append(digits, 0, end);
    }
    ops.append(' ');
    return this;
  }
}
