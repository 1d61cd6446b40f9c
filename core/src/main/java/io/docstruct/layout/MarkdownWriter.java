package io.docstruct.layout;

import io.docstruct.table.TableGrids;
import io.docstruct.table.TableMarkdown;
import java.util.ArrayList;
import java.util.List;

/** Writes a {@link StructuredPage} as Markdown; see {@link StructuredPage#markdown()}. */
final class MarkdownWriter {
  private MarkdownWriter() {}

  static String page(StructuredPage page) {
    List<String> parts = new ArrayList<>();
    for (Block b : page.blocks()) {
      String md = block(b);
      if (!md.isEmpty()) {
        parts.add(md);
      }
    }
    return String.join("\n\n", parts);
  }

  private static String block(Block b) {
    if (b.kind() == BlockKind.TABLE && b.table() != null) {
      // the span-aware grid: repaired indexes, detected headers, a spanned value in every position
      String table = TableMarkdown.render(TableGrids.build(b.table())).stripTrailing();
      return table.isEmpty() ? lines(b) : table;
    }
    if (b.kind() == BlockKind.TITLE) {
      List<String> texts = new ArrayList<>();
      b.lines().forEach(l -> texts.add(escape(l.text())));
      return "# " + String.join(" ", texts);
    }
    return lines(b);
  }

  /** Lines ending in a hard break (two spaces) so that the line structure survives rendering. */
  private static String lines(Block b) {
    List<String> texts = new ArrayList<>();
    for (Line l : b.lines()) {
      String t = escape(l.text());
      if (!t.isEmpty()) {
        texts.add(t);
      }
    }
    return String.join("  \n", texts);
  }

  /** Escapes the characters that would turn OCR text into Markdown syntax. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    // A line starting with "-", "+" or "1." would become a list item.
    if (!sb.isEmpty() && (sb.charAt(0) == '-' || sb.charAt(0) == '+')) {
      sb.insert(0, '\\');
    }
    int dot = 0;
    while (dot < sb.length() && Character.isDigit(sb.charAt(dot))) {
      dot++;
    }
    if (dot > 0 && dot < sb.length() && (sb.charAt(dot) == '.' || sb.charAt(dot) == ')')
        && (dot + 1 == sb.length() || sb.charAt(dot + 1) == ' ')) {
      sb.insert(dot, '\\');
    }
    return sb.toString();
  }
}
