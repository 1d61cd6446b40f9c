package io.docstruct.rules.unit;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.Word;
import io.docstruct.geometry.Quad;
import io.docstruct.rules.entity.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a document into the {@link PageFact}s the rules match: one per recognised page. A page's lines come
 * from the provider's line-break hints; without hints, words whose vertical centres are within half a word
 * height of each other form a line, read left to right.
 *
 * <pre>{@code
 * List<PageFact> facts = PageFacts.of(doc);
 * }</pre>
 */
public final class PageFacts {
  private PageFacts() {}

  /** One fact per page whose status is not a failure. */
  public static List<PageFact> of(OcrDocument doc) {
    List<PageFact> facts = new ArrayList<>(doc.pages().size());
    for (Page page : doc.pages()) {
      if (page.status() == Page.PageStatus.FAILURE || page.status() == Page.PageStatus.ERROR) {
        continue;
      }
      Source source = new Source(doc.kind().label(), page.index(), page.name());
      facts.add(new PageFact(source, page.fields(), page.fields() == null ? lines(page.words()) : List.of()));
    }
    return facts;
  }

  static List<String> lines(List<Word> words) {
    boolean hinted = words.stream().anyMatch(w -> w.lineBreak() != null);
    return hinted ? byHints(words) : byPosition(words);
  }

  private static List<String> byHints(List<Word> words) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Word w : words) {
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(w.text());
      if (Boolean.TRUE.equals(w.lineBreak())) {
        lines.add(line.toString().strip());
        line.setLength(0);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString().strip());
    }
    return lines;
  }

  private record Placed(Word word, double x, double y, double height) {}

  private static List<String> byPosition(List<Word> words) {
    List<Placed> placed = new ArrayList<>();
    List<String> unplaced = new ArrayList<>();
    for (Word w : words) {
      Quad q = w.polygon();
      if (q == null) {
        unplaced.add(w.text());
        continue;
      }
      var b = q.bounds();
      placed.add(new Placed(w, b.left(), b.top() + b.height() / 2, Math.max(1, b.height())));
    }
    placed.sort(Comparator.comparingDouble(Placed::y));
    List<List<Placed>> rows = new ArrayList<>();
    for (Placed p : placed) {
      List<Placed> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      if (row != null && Math.abs(row.get(0).y() - p.y()) <= row.get(0).height() / 2) {
        row.add(p);
      } else {
        List<Placed> fresh = new ArrayList<>();
        fresh.add(p);
        rows.add(fresh);
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<Placed> row : rows) {
      row.sort(Comparator.comparingDouble(Placed::x));
      lines.add(String.join(" ", row.stream().map(p -> p.word().text()).toList()));
    }
    lines.addAll(unplaced);
    return lines;
  }
}
