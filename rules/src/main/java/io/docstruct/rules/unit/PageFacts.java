package io.docstruct.rules.unit;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.Table;
import io.docstruct.layout.Block;
import io.docstruct.layout.LayoutEngine;
import io.docstruct.layout.Line;
import io.docstruct.layout.StructuredPage;
import io.docstruct.rules.entity.Source;
import io.docstruct.table.TableGrid;
import io.docstruct.table.TableGrids;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * One fact per page whose status is not a failure (the failed ones are {@link
   * io.docstruct.document.FailedPage}s, see {@link DocumentUnit#getFailedPages()}). Only pages without fields are laid out: a Document OCR
   * page is mapped from its typed values, and its words are derived from those same values, so reading them
   * as lines too would map one receipt twice. Only provider tables become grids.
   */
  public static List<PageFact> of(OcrDocument doc) {
    List<PageFact> facts = new ArrayList<>(doc.pages().size());
    for (Page page : doc.pages()) {
      if (page.status().failed()) {
        continue;
      }
      Source source = new Source(doc.kind().label(), page.index(), page.name());
      List<String> lines = page.fields() == null && !page.words().isEmpty() ? lines(LAYOUT.structure(page)) : List.of();
      List<TableGrid> tables = new ArrayList<>(page.tables().size());
      for (Table table : page.tables()) {
        tables.add(TableGrids.build(table));
      }
      facts.add(new PageFact(source, page.fields(), lines, tables));
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
