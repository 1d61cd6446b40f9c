package io.docstruct.testing;

import io.docstruct.document.Page;
import io.docstruct.document.Word;
import io.docstruct.layout.Block;
import io.docstruct.layout.Line;
import io.docstruct.layout.PlacedWord;
import io.docstruct.layout.StructuredPage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scanned receipt of the SROIE data set ({@code box/NNN.csv}: one annotated text line per row, its four
 * corners in image pixels, then the text people typed) turned into the CLOVA General V2 answer a perfect OCR
 * would give: one {@code fields[]} word per space-separated token, its box cut from the line's box along the
 * top and bottom edges in proportion to the characters before and in it (a space counts as one), {@code
 * lineBreak: true} on each annotated line's last word, and a {@code convertedImageInfo} of the receipt's
 * extent. {@link Receipt#score} then says how the layout engine kept the annotated lines. Shared test code (in
 * core's test jar): the layout tests, the rules' receipt tests and the accuracy benchmark all make their CLOVA
 * answers here.
 *
 * <pre>{@code
 * SroieReceipts.Receipt r = SroieReceipts.parse(Files.readString(csv), "000");
 * Page page = ResponseReader.create().read(r.clovaV2().getBytes(UTF_8), "000").pages().get(0);
 * SroieReceipts.Score s = r.score(page, LayoutEngine.create().structure(page));
 * }</pre>
 */
public final class SroieReceipts {
  private SroieReceipts() {}

  /** One annotated line: its corners (top-left, top-right, bottom-right, bottom-left) and its words. */
  public record Annotated(double[] corners, List<String> words) {
    public double top() {
      return Math.min(corners[1], corners[3]);
    }

    public double bottom() {
      return Math.max(corners[5], corners[7]);
    }
  }

  /**
   * How the engine kept a receipt's annotated lines.
   *
   * @param lines annotated lines with at least one word
   * @param linesBroken annotated lines whose words are not one run, in order, within one output line
   * @param rowPairs pairs of annotated lines on one row (overlapping vertically by half the smaller height)
   * @param rowPairsSplit such pairs that ended up on different output lines
   * @param outputLines output lines
   * @param outputLinesAcrossRows output lines holding words of annotated lines that do not overlap vertically
   */
  public record Score(
      int lines, int linesBroken, int rowPairs, int rowPairsSplit, int outputLines,
      int outputLinesAcrossRows) {
    public Score plus(Score o) {
      return new Score(lines + o.lines, linesBroken + o.linesBroken, rowPairs + o.rowPairs,
          rowPairsSplit + o.rowPairsSplit, outputLines + o.outputLines,
          outputLinesAcrossRows + o.outputLinesAcrossRows);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "annotated lines %d, broken %d; same-row pairs %d, split %d; output lines %d, across rows %d",
          lines, linesBroken, rowPairs, rowPairsSplit, outputLines, outputLinesAcrossRows);
    }
  }

  /** A receipt's annotated lines, from its {@code box/NNN.csv} text. */
  public static Receipt parse(String csv, String name) {
    List<Annotated> lines = new ArrayList<>();
    for (String row : csv.lines().toList()) {
      String[] parts = row.split(",", 9);
      if (parts.length < 9) {
        continue;
      }
      double[] corners = new double[8];
      for (int i = 0; i < 8; i++) {
        corners[i] = Double.parseDouble(parts[i].strip());
      }
      List<String> words = List.of(parts[8].strip().split(" +"));
      if (!parts[8].isBlank()) {
        lines.add(new Annotated(corners, words));
      }
    }
    return new Receipt(name, lines);
  }

  /** A receipt: its name and annotated lines. */
  public record Receipt(String name, List<Annotated> lines) {

    /**
     * A receipt of printed lines, one line per row (34 px apart, 14 px a character), words split at spaces:
     * what tests write by hand.
     */
    public static Receipt ofLines(String name, String... lines) {
      List<Annotated> annotated = new java.util.ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        double top = 40 + 34 * i;
        double right = 40 + 14 * lines[i].length();
        annotated.add(new Annotated(
            new double[] {40, top, right, top, right, top + 24, 40, top + 24}, List.of(lines[i].split(" "))));
      }
      return new Receipt(name, annotated);
    }

    /** The receipt as a CLOVA General V2 answer, words in the annotators' order. */
    public String clovaV2() {
      double width = 0;
      double height = 0;
      for (Annotated a : lines) {
        for (int i = 0; i < 8; i += 2) {
          width = Math.max(width, a.corners()[i]);
          height = Math.max(height, a.corners()[i + 1]);
        }
      }
      StringBuilder sb = new StringBuilder();
      sb.append("{\"version\":\"V2\",\"requestId\":\"sroie-").append(name)
          .append("\",\"timestamp\":1700000000000,\"images\":[{\"uid\":\"").append(name)
          .append("\",\"name\":\"").append(name)
          .append("\",\"inferResult\":\"SUCCESS\",\"message\":\"SUCCESS\",\"convertedImageInfo\":{\"width\":")
          .append((long) Math.ceil(width)).append(",\"height\":").append((long) Math.ceil(height))
          .append(",\"pageIndex\":0,\"longImage\":false},\"fields\":[\n");
      boolean first = true;
      for (Annotated a : lines) {
        double[] c = a.corners();
        int chars = String.join(" ", a.words()).length();
        int at = 0;
        for (int k = 0; k < a.words().size(); k++) {
          String w = a.words().get(k);
          double f0 = (double) at / chars;
          double f1 = (double) (at + w.length()) / chars;
          at += w.length() + 1;
          sb.append(first ? "" : ",\n").append("{\"valueType\":\"ALL\",\"boundingPoly\":{\"vertices\":[")
              .append(vertex(c[0], c[1], c[2], c[3], f0)).append(',')
              .append(vertex(c[0], c[1], c[2], c[3], f1)).append(',')
              .append(vertex(c[6], c[7], c[4], c[5], f1)).append(',')
              .append(vertex(c[6], c[7], c[4], c[5], f0)).append("]},\"inferText\":\"")
              .append(w.replace("\\", "\\\\").replace("\"", "\\\""))
              .append("\",\"inferConfidence\":0.99,\"type\":\"NORMAL\",\"lineBreak\":")
              .append(k == a.words().size() - 1).append('}');
          first = false;
        }
      }
      sb.append("\n]}]}\n");
      return sb.toString();
    }

    /**
     * How {@code structured} (the engine's reading of {@code page}, which was read from {@link
     * #clovaV2()}) kept the annotated lines.
     */
    public Score score(Page page, StructuredPage structured) {
      Map<Word, int[]> source = new IdentityHashMap<>();
      int k = 0;
      for (int l = 0; l < lines.size(); l++) {
        for (int i = 0; i < lines.get(l).words().size(); i++) {
          source.put(page.words().get(k++), new int[] {l, i});
        }
      }
      int[] outputLineOf = new int[lines.size()];
      java.util.Arrays.fill(outputLineOf, -1);
      boolean[] broken = new boolean[lines.size()];
      int[] seen = new int[lines.size()];
      int output = 0;
      int acrossRows = 0;
      for (Block b : structured.blocks()) {
        for (Line line : b.lines()) {
          int previousLine = -1;
          int previousIndex = -1;
          List<Integer> here = new ArrayList<>();
          for (PlacedWord w : line.words()) {
            int[] s = source.get(w.word());
            if (s == null) {
              continue;
            }
            int l = s[0];
            if (outputLineOf[l] >= 0 && outputLineOf[l] != output
                || previousLine == l && s[1] != previousIndex + 1
                || previousLine != l && seen[l] > 0) {
              broken[l] = true;
            }
            if (outputLineOf[l] < 0) {
              outputLineOf[l] = output;
              here.add(l);
            }
            seen[l]++;
            previousLine = l;
            previousIndex = s[1];
          }
          if (acrossRows(here)) {
            acrossRows++;
          }
          output++;
        }
      }
      int brokenCount = 0;
      for (int l = 0; l < lines.size(); l++) {
        if (broken[l] || seen[l] != lines.get(l).words().size()) {
          brokenCount++;
        }
      }
      int pairs = 0;
      int split = 0;
      for (int a = 0; a < lines.size(); a++) {
        for (int b = a + 1; b < lines.size(); b++) {
          if (sameRow(lines.get(a), lines.get(b))) {
            pairs++;
            if (outputLineOf[a] != outputLineOf[b]) {
              split++;
            }
          }
        }
      }
      return new Score(lines.size(), brokenCount, pairs, split, output, acrossRows);
    }

    private boolean acrossRows(List<Integer> here) {
      for (int i = 0; i < here.size(); i++) {
        for (int j = i + 1; j < here.size(); j++) {
          Annotated a = lines.get(here.get(i));
          Annotated b = lines.get(here.get(j));
          if (Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top()) <= 0) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean sameRow(Annotated a, Annotated b) {
      double overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
      double smaller = Math.min(a.bottom() - a.top(), b.bottom() - b.top());
      return overlap >= 0.5 * smaller;
    }
  }

  private static String vertex(double x0, double y0, double x1, double y1, double f) {
    return String.format(Locale.ROOT, "{\"x\":%.1f,\"y\":%.1f}", x0 + (x1 - x0) * f, y0 + (y1 - y0) * f);
  }
}
