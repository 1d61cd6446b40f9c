package io.docstruct.table;

/**
 * A {@link TableGrid} with where it was found: the page and its position among that page's tables.
 *
 * <pre>{@code
 * for (PageTable t : TableGrids.of(doc)) {
 *   System.out.println("page " + t.page() + ", table " + t.index() + ": " + t.grid().rowCount() + " rows");
 * }
 * }</pre>
 *
 * @param page 0-based page index ({@link io.docstruct.document.Page#index()})
 * @param index 0-based position among the page's tables: the provider's tables first, in its order, then a
 *     table built from the page's medical-receipt key/value cells
 * @param source what the grid was built from
 * @param grid the repaired grid
 */
public record PageTable(int page, int index, Source source, TableGrid grid) {

  /** What a grid was built from. */
  public enum Source {
    /** A table the provider detected ({@code tables[]} of CLOVA General OCR). */
    PROVIDER_TABLE,
    /** The key/value cells of a CLOVA medical receipt ({@code medicalReceipt.result[]}). */
    MEDICAL_RECEIPT
  }
}
