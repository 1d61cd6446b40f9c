package io.docstruct.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 receipts into one workbook in a 256 MB heap (surefire execution {@code small-heap}, {@code
 * -Xmx256m}), read back by streaming the sheet XML. The entities are generated directly rather than by
 * running Drools 100,000 times: this test is about the writer's memory, not the rules.
 */
@Tag("small-heap")
class StreamingExportTest {
  private static final int RECEIPTS = 100_000;

  @TempDir Path dir;

  @Test
  void hundredThousandReceiptsStreamInASmallHeap() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThanOrEqualTo(300L << 20);
    Path out = dir.resolve("year.xlsx");
    List<Path> poiTempBefore = ExpenseWorkbookWriterTest.poiTempFiles();

    try (ExpenseWorkbookWriter writer = ExcelExporter.create().open(out)) {
      for (int i = 0; i < RECEIPTS; i++) {
        writer.add("receipt-" + i + ".json", receipt(i), null);
      }
      assertThat(writer.rows(ExcelSheet.EXPENSES)).isEqualTo(RECEIPTS);
    }

    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "%,d receipts: %,d bytes written, peak heap (sum of pool peaks) %,d MB of %,d MB%n",
        RECEIPTS, Files.size(out), peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);

    Map<String, Integer> rows = rowCounts(out);
    assertThat(rows)
        .containsEntry("Expenses", RECEIPTS + 1)
        .containsEntry("Items", 2 * RECEIPTS + 1)
        .containsEntry("Violations", RECEIPTS / 10 + 1);
    assertThat(ExpenseWorkbookWriterTest.poiTempFiles()).isSubsetOf(poiTempBefore);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  private static RuleResult receipt(int i) {
    Money a = Money.krw(1_000 + i % 997);
    Money b = Money.krw(500 + i % 13);
    Expense expense =
        new Expense(
            new Source("clova-receipt", 0, null),
            new Merchant("가게 " + (i % 1000), null, BusinessNumber.parse("212-81-25544"), null, null, null),
            LocalDate.of(2025, 1, 1).plusDays(i % 365),
            LocalTime.of(i % 24, i % 60),
            new Payment("신한", "4221-****-****-8666", CardBrand.VISA, String.valueOf(10_000_000 + i)),
            List.of(
                new LineItem("커피", BigDecimal.ONE, a, a),
                new LineItem("빵", BigDecimal.valueOf(2), null, b)),
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

  /** Rows per sheet, counted from the sheet XML as it streams past (no workbook in memory). */
  private static Map<String, Integer> rowCounts(Path file) throws Exception {
    Map<String, Integer> counts = new LinkedHashMap<>();
    XMLInputFactory xml = XMLInputFactory.newFactory();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          counts.put(sheets.getSheetName(), countRows(xml, in));
        }
      }
    }
    return counts;
  }

  private static int countRows(XMLInputFactory xml, InputStream in) throws XMLStreamException, IOException {
    XMLStreamReader reader = xml.createXMLStreamReader(in);
    int rows = 0;
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("row")) {
        rows++;
      }
    }
    reader.close();
    return rows;
  }
}
