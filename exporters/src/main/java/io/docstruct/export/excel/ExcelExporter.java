package io.docstruct.export.excel;

import io.docstruct.document.OcrDocument;
import io.docstruct.export.AtomicOutput;
import io.docstruct.rules.RuleResult;
import io.docstruct.table.PageTable;
import io.docstruct.table.TableGrids;
import io.docstruct.verify.VerificationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code .xlsx} workbooks that Excel, LibreOffice and openpyxl open without repair: business
 * entities from the rules (typed cells: money as numbers with a won format, dates as dates, times as times;
 * formulas with their values) and OCR tables with their merged cells. Output goes to a temporary file beside
 * the target and is moved into place only when complete.
 *
 * <pre>{@code
 * ExcelExporter excel = ExcelExporter.create();                       // ExcelOptions.defaults()
 *
 * // one response: entities, violations and its tables
 * excel.write(Path.of("receipt.xlsx"), "receipt.json", doc, rules.evaluate(doc), verifier.verify(doc));
 *
 * // a batch, streamed: memory stays flat however many documents are added
 * try (ExpenseWorkbookWriter out = excel.open(Path.of("2025.xlsx"))) {
 *   for (Path f : files) { OcrDocument d = reader.read(f); out.add(f.toString(), d, rules.evaluate(d), null); }
 * }
 *
 * // only the tables of a General OCR response, one sheet per table ("p1 t1", "p1 t2", …)
 * excel.writeTables(doc, Path.of("tables.xlsx"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each workbook is written by one thread.
 */
public final class ExcelExporter {
  private final ExcelOptions options;

  private ExcelExporter(ExcelOptions options) {
    this.options = Objects.requireNonNull(options, "options == null");
  }

  /** An exporter with {@link ExcelOptions#defaults()}: every sheet, personal numbers masked, Korean formats. */
  public static ExcelExporter create() {
    return new ExcelExporter(ExcelOptions.defaults());
  }

  /** An exporter with {@code options}. */
  public static ExcelExporter create(ExcelOptions options) {
    return new ExcelExporter(options);
  }

  /** This exporter's options. */
  public ExcelOptions options() {
    return options;
  }

  /**
   * Opens a streaming entities workbook for {@code target}; add documents, then close it.
   *
   * @throws IOException if the temporary file cannot be created beside {@code target}
   */
  public ExpenseWorkbookWriter open(Path target) throws IOException {
    return new ExpenseWorkbookWriter(target, options);
  }

  /**
   * Writes the entities workbook of one document (and its tables, when {@link ExcelSheet#TABLES} is chosen).
   *
   * @param source the name shown in the Source columns
   * @param verification the verification report, or {@code null} when the document was not verified
   * @throws IOException if the workbook cannot be written; {@code target} is then left as it was
   */
  public void write(
      Path target,
      String source,
      OcrDocument document,
      RuleResult result,
      @Nullable VerificationReport verification)
      throws IOException {
    try (ExpenseWorkbookWriter out = open(target)) {
      out.add(source, document, result, verification);
    }
  }

  /**
   * Records the rows {@link ExpenseWorkbookWriter#add(String, OcrDocument, RuleResult, VerificationReport)} would
   * add for one document, to be added later, elsewhere, by {@link ExpenseWorkbookWriter#add(WorkbookRows)} of a
   * writer with these options, without the document.
   *
   * @param source the name shown in the Source columns
   * @param verification the verification report, or {@code null} when the document was not verified
   */
  public WorkbookRows record(
      String source, OcrDocument document, RuleResult result, @Nullable VerificationReport verification) {
    Objects.requireNonNull(document, "document == null");
    return WorkbookRows.record(options, source, result, verification,
        options.has(ExcelSheet.TABLES) ? TableGrids.of(document) : List.of());
  }

  /**
   * Writes every table of {@code document} (provider tables and medical-receipt grids) to {@code target}, one
   * sheet per table.
   *
   * @return warnings about spans that could not be merged (none for grids from {@link TableGrids})
   * @throws IllegalArgumentException if the document has no table
   * @throws IOException if the workbook cannot be written; {@code target} is then left as it was
   */
  public List<String> writeTables(OcrDocument document, Path target) throws IOException {
    return writeTables(TableGrids.of(document), target);
  }

  /**
   * Writes {@code tables} to {@code target}: a sheet per table named {@code p<page> t<table>} (1-based),
   * header rows styled and frozen, merged regions from spans, numbers as numbers, empty cells empty.
   *
   * @return warnings about spans that could not be merged, each prefixed with its sheet name
   * @throws IllegalArgumentException if {@code tables} is empty (a workbook needs a sheet)
   * @throws IOException if the workbook cannot be written; {@code target} is then left as it was
   */
  public List<String> writeTables(List<PageTable> tables, Path target) throws IOException {
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("no tables to write");
    }
    List<String> warnings = new ArrayList<>();
    // Closing the workbook also deletes SXSSF's temporary sheet files.
    try (AtomicOutput out = AtomicOutput.create(target);
        SXSSFWorkbook workbook = new SXSSFWorkbook(options.rowWindow())) {
      StyleCache styles = new StyleCache(workbook, options.locale());
      SheetNames names = new SheetNames();
      for (PageTable table : tables) {
        SXSSFSheet sheet = workbook.createSheet(names.unique(SheetNames.table(table.page(), table.index())));
        for (String w : TableSheet.write(sheet, table.grid(), styles)) {
          warnings.add(sheet.getSheetName() + ": " + w);
        }
      }
      workbook.write(out.stream());
      out.commit();
    }
    return List.copyOf(warnings);
  }
}
