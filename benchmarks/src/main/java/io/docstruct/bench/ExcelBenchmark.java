package io.docstruct.bench;

import io.docstruct.export.excel.ExcelExporter;
import io.docstruct.export.excel.ExpenseWorkbookWriter;
import io.docstruct.rules.RuleResult;
import io.docstruct.rules.ValidationReport;
import io.docstruct.rules.Violation;
import io.docstruct.rules.entity.AccountCategory;
import io.docstruct.rules.entity.BusinessNumber;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.LineItem;
import io.docstruct.rules.entity.Merchant;
import io.docstruct.rules.entity.Money;
import io.docstruct.rules.entity.Payment;
import io.docstruct.rules.entity.Source;
import io.docstruct.verify.Severity;
import io.docstruct.verify.number.CardBrand;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the Excel export costs against POI's streaming writer doing the bare minimum.
 *
 * <ul>
 *   <li>{@code exportReceipts}: {@link ExpenseWorkbookWriter} writes {@code receipts} generated receipts (two
 *       line items each, a violation for every tenth) to a file: typed cells, shared styles, SUMIF formulas
 *       with cached values, frozen headers, autofilters, atomic move.
 *   <li>{@code rawSxssf} (baseline): an {@code SXSSFWorkbook} with the same window writes the same number of
 *       cells per sheet (same values as plain numbers and strings, no styles, no formulas) to a file.
 * </ul>
 *
 * <p>Both are single-shot per workbook; divide the rate by {@code receipts} for receipts per second. Goal:
 * {@code exportReceipts} at least 0.7 × {@code rawSxssf}.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ExcelBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = "-Xmx256m")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
public class ExcelBenchmark {
  @Param("2000")
  public int receipts;

  private final List<RuleResult> results = new ArrayList<>();
  private Path dir;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("excel-bench");
    results.clear();
    for (int i = 0; i < receipts; i++) {
      results.add(receipt(i));
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public long exportReceipts() throws IOException {
    Path out = dir.resolve("export.xlsx");
    try (ExpenseWorkbookWriter writer = ExcelExporter.create().open(out)) {
      for (int i = 0; i < results.size(); i++) {
        writer.add("receipt-" + i + ".json", results.get(i), null);
      }
    }
    return Files.size(out);
  }

  @Benchmark
  public long rawSxssf() throws IOException {
    Path out = dir.resolve("raw.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      SXSSFSheet expenses = wb.createSheet("Expenses");
      SXSSFSheet items = wb.createSheet("Items");
      SXSSFSheet violations = wb.createSheet("Violations");
      header(expenses, 19);
      header(items, 6);
      header(violations, 5);
      int itemRow = 1;
      int violationRow = 1;
      for (int i = 0; i < results.size(); i++) {
        Expense e = results.get(i).expenses().get(0);
        Row row = expenses.createRow(i + 1);
        // The same 16 cells the exporter writes for such a receipt (no supply amount, tax-free or discount).
        row.createCell(0).setCellValue(i + 1);
        row.createCell(1).setCellValue("receipt-" + i + ".json");
        row.createCell(2).setCellValue(1);
        row.createCell(3).setCellValue(e.merchant().name());
        row.createCell(4).setCellValue(e.merchant().businessNumber().value());
        row.createCell(5).setCellValue(e.date().toEpochDay());
        row.createCell(6).setCellValue(e.time().toSecondOfDay() / 86_400d);
        row.createCell(8).setCellValue(e.vat().amount().doubleValue());
        row.createCell(11).setCellValue(e.total().amount().doubleValue());
        row.createCell(12).setCellValue(e.payment().cardCompany());
        row.createCell(13).setCellValue(e.payment().maskedCardNumber());
        row.createCell(14).setCellValue(e.payment().approvalNumber());
        row.createCell(15).setCellValue(e.category().name());
        row.createCell(16).setCellValue("not verified");
        row.createCell(17).setCellValue(e.itemsSum().amount().doubleValue());
        row.createCell(18).setCellValue(0);
        int line = 0;
        for (LineItem item : e.items()) {
          Row r = items.createRow(itemRow++);
          r.createCell(0).setCellValue(i + 1);
          r.createCell(1).setCellValue(++line);
          r.createCell(2).setCellValue(item.name());
          r.createCell(3).setCellValue(item.quantity().doubleValue());
          if (item.unitPrice() != null) {
            r.createCell(4).setCellValue(item.unitPrice().amount().doubleValue());
          }
          r.createCell(5).setCellValue(item.amount().amount().doubleValue());
        }
        for (Violation v : results.get(i).violations()) {
          Row r = violations.createRow(violationRow++);
          r.createCell(0).setCellValue("receipt-" + i + ".json");
          r.createCell(1).setCellValue(v.rule());
          r.createCell(2).setCellValue(v.severity().name());
          r.createCell(3).setCellValue(v.field());
          r.createCell(4).setCellValue(v.message());
        }
      }
      try (OutputStream os = Files.newOutputStream(out)) {
        wb.write(os);
      }
      wb.dispose();
    }
    return Files.size(out);
  }

  private static void header(SXSSFSheet sheet, int columns) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < columns; c++) {
      row.createCell(c).setCellValue("column " + c);
    }
  }

  static RuleResult receipt(int i) {
    Money a = Money.krw(1_000 + i % 997);
    Money b = Money.krw(500 + i % 13);
    Expense expense =
        new Expense(
            new Source("clova-receipt", 0, null),
            new Merchant("가게 " + (i % 1000), null, BusinessNumber.parse("212-81-25544"), null, null, null),
            LocalDate.of(2025, 1, 1).plusDays(i % 365),
            LocalTime.of(i % 24, i % 60),
            new Payment("신한", "4221-****-****-8666", CardBrand.VISA, String.valueOf(10_000_000 + i)),
            List.of(new LineItem("커피", BigDecimal.ONE, a, a), new LineItem("빵", BigDecimal.valueOf(2), null, b)),
            null,
            Money.krw((a.amount().longValue() + b.amount().longValue()) / 11),
            null,
            null,
            a.plus(b),
            AccountCategory.MEALS);
    List<Violation> violations =
        i % 10 == 0
            ? List.of(new Violation("weekend meal", Severity.WARNING, "paid on a weekend", "expense.date"))
            : List.of();
    return new RuleResult(
        List.of(expense), List.of(), List.of(), List.of(), List.of(), List.of(),
        new ValidationReport(violations), List.of());
  }
}
