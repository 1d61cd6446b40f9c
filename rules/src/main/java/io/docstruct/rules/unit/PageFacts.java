package io.docstruct.rules.unit;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.layout.Block;
import io.docstruct.layout.LayoutEngine;
import io.docstruct.layout.Line;
import io.docstruct.layout.StructuredPage;
import io.docstruct.rules.entity.Source;
import io.docstruct.table.PageTable;
import io.docstruct.table.TableGrid;
import io.docstruct.table.TableGrids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a document into the {@link PageFact}s the rules match: one per recognised page, with its text lines
 * in reading order from the {@link LayoutEngine} (so rotated, skewed and multi-column pages read right) and
 * the provider's tables as span-aware grids.
 *
 * <pre>{@code
 * List<PageFact> facts = PageFacts.of(doc);
 * }</pre>
 */
public final class PageFacts {
  private static final LayoutEngine LAYOUT = LayoutEngine.create();

  private PageFacts() {}

  /** One fact per page whose status is not a failure. */
  public static List<PageFact> of(OcrDocument doc) {
    Map<Integer, List<TableGrid>> tables = new HashMap<>();
    for (PageTable table : TableGrids.of(doc)) {
      if (table.source() == PageTable.Source.PROVIDER_TABLE) {
        tables.computeIfAbsent(table.page(), page -> new ArrayList<>()).add(table.grid());
      }
    }
    List<PageFact> facts = new ArrayList<>(doc.pages().size());
    for (StructuredPage structured : LAYOUT.structure(doc).pages()) {
      Page page = structured.page();
      if (page.status() == Page.PageStatus.FAILURE || page.status() == Page.PageStatus.ERROR) {
        continue;
      }
      Source source = new Source(doc.kind().label(), page.index(), page.name());
      List<String> lines = page.fields() == null ? lines(structured) : List.of();
      facts.add(new PageFact(source, page.fields(), lines, tables.getOrDefault(page.index(), List.of())));
    }
    return facts;
  }

  private static List<String> lines(StructuredPage page) {
    List<String> lines = new ArrayList<>();
    for (Block block : page.blocks()) {
      for (Line line : block.lines()) {
        String text = line.text().strip();
        if (!text.isEmpty()) {
          lines.add(text);
        }
      }
    }
    return lines;
  }
}
