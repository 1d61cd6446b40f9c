package io.docstruct.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.cli.DocStructCommand;
import io.docstruct.export.pdf.ExternalTool;
import io.docstruct.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue #22's bar: one folder through {@code docstruct batch} and through the Spark job gives the same entities,
 * violations and failures, the same workbook cell for cell, and PDFs with the same text.
 */
class JobMatchesBatchTest {
  @TempDir Path dir;

  /**
   * Real responses of every kind (core's corpus: receipts, ID cards, passports, licenses, cards, with checks that
   * fail), the sample recordings with their images (PDFs), and broken files.
   */
  static Path folder(Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Fixtures.copyFolder("fixtures/corpus/valid", in);
    Fixtures.copyFolder("fixtures/corpus/corrupt", in);
    Fixtures.copyFolder("io/docstruct/testing/samples", in);
    Files.deleteIfExists(in.resolve("README.md"));
    Files.writeString(in.resolve("broken-not-json.json"), "receipt total 12,000", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("broken-truncated.json"), "{\"version\":\"V2\",\"images\":[{\"uid\":", StandardCharsets.UTF_8);
    Files.write(in.resolve("broken-empty.json"), new byte[0]);
    Files.writeString(in.resolve("broken-clova-error.json"),
        "{\"code\":\"0011\",\"message\":\"Request invalid.\"}", StandardCharsets.UTF_8);
    return in;
  }

  /** Every cell of every sheet: sheet, address, shown value and formula. */
  static List<String> cells(Path xlsx) throws Exception {
    List<String> cells = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + format.formatCellValue(cell)
                + (cell.getCellType() == CellType.FORMULA ? " {=" + cell.getCellFormula() + "}" : ""));
          }
        }
      }
    }
    return cells;
  }

  /** The rows of one sheet, each as its cells' shown values (columns {@code columns}, 0-based). */
  static List<List<String>> sheet(Path xlsx, String name, int... columns) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet sheet = wb.getSheet(name);
      if (sheet == null) {
        return rows;
      }
      for (Row row : sheet) {
        if (row.getRowNum() == 0) {
          continue;
        }
        List<String> values = new ArrayList<>();
        for (int c : columns) {
          Cell cell = row.getCell(c);
          values.add(cell == null ? "" : format.formatCellValue(cell));
        }
        rows.add(values);
      }
    }
    return rows;
  }

  static int batch(String... args) {
    CommandLine cli = DocStructCommand.newCommandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  @Test
  void theJobGivesWhatBatchGivesDocumentForDocument() throws Exception {
    Path in = folder(dir);
    Path batchPdfs = Files.createDirectories(dir.resolve("batch-pdfs"));
    Path batchXlsx = dir.resolve("batch.xlsx");
    assertThat(batch("batch", in.toString(), "--xlsx", batchXlsx.toString(), "--pdf-dir", batchPdfs.toString(),
        "--jobs", "1")).as("batch's exit code: some documents failed").isEqualTo(1);

    SparkSession spark = LocalSpark.session();
    Path out = dir.resolve("out");
    DocStructJob.JobSummary summary = DocStructJob.run(spark, DocStructJob.parse(new String[] {
        "--input", in.toString(), "--output", out.toString(), "--pdfs", "--workbooks", "none",
        "--partitions", "3"}, Map.of(), spark));

    assertThat(summary.workbooks()).singleElement().asString().endsWith("/workbooks/expenses-part1.xlsx");
    Path sparkXlsx = Path.of(java.net.URI.create(
        summary.workbooks().get(0).startsWith("file:") ? summary.workbooks().get(0)
            : "file://" + summary.workbooks().get(0)));
    assertThat(cells(sparkXlsx)).as("the job's workbook, cell for cell").isEqualTo(cells(batchXlsx));

    var read = spark.read();
    // Entities: each Expenses row of batch's workbook is a row of the expenses table.
    List<List<String>> expenses = read.parquet(out + "/expenses").orderBy("name", "expense_no").collectAsList()
        .stream().map(r -> List.of(r.<String>getAs("name"), String.valueOf(r.<String>getAs("merchant")),
            r.getAs("total") == null ? "" : r.<java.math.BigDecimal>getAs("total").stripTrailingZeros().toPlainString(),
            String.valueOf(r.<String>getAs("category"))))
        .toList();
    List<List<String>> batchExpenses = sheet(batchXlsx, "Expenses", 1, 3, 11, 15).stream()
        .map(r -> List.of(r.get(0), r.get(1).isEmpty() ? "null" : r.get(1), r.get(2).replaceAll("[^0-9-]", ""),
            r.get(3).isEmpty() ? "null" : r.get(3)))
        .sorted((a, b) -> a.get(0).compareTo(b.get(0)))
        .toList();
    assertThat(expenses).isNotEmpty().isEqualTo(batchExpenses);

    // Violations, in each document's order.
    List<List<String>> violations = new ArrayList<>();
    read.parquet(out + "/violations").collectAsList().forEach(r -> violations.add(List.of(
        r.<String>getAs("name"), r.<String>getAs("rule"), r.<String>getAs("severity"),
        r.getAs("field") == null ? "" : r.<String>getAs("field"), r.<String>getAs("message"))));
    assertThat(sortedByName(violations)).isNotEmpty()
        .isEqualTo(sortedByName(sheet(batchXlsx, "Violations", 0, 1, 2, 3, 4)));

    // Failures: the failed inputs, with the stage and reason batch gives them.
    List<List<String>> failures = new ArrayList<>();
    read.parquet(out + "/failures").collectAsList().forEach(r -> failures.add(List.of(
        r.<String>getAs("name"), r.<String>getAs("failure_stage"), r.<String>getAs("failure_reason"))));
    List<List<String>> batchFailures = sheet(batchXlsx, "Failures", 0, 1, 2).stream()
        .filter(f -> f.get(0).startsWith("broken-")).toList();
    assertThat(sortedByName(failures)).hasSize(4).isEqualTo(sortedByName(batchFailures));

    // Every input exactly once, in documents or in failures.
    List<String> names = new ArrayList<>();
    read.parquet(out + "/documents").select("name").collectAsList().forEach(r -> names.add(r.getString(0)));
    failures.forEach(f -> names.add(f.get(0)));
    List<String> inputs;
    try (Stream<Path> files = Files.list(in)) {
      inputs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
    }
    assertThat(names.stream().sorted().toList()).isEqualTo(inputs);
    assertThat(summary.inputs()).isEqualTo(inputs.size());
    assertThat(summary.failures()).isEqualTo(4);

    // PDFs: one per document with an image, named by content hash, with the text batch's has.
    Map<String, String> pdfs = new TreeMap<>();
    read.parquet(out + "/documents").where("pdf_path is not null").collectAsList()
        .forEach(r -> pdfs.put(r.<String>getAs("name"), r.<String>getAs("pdf_path")));
    try (Stream<Path> files = Files.list(batchPdfs)) {
      assertThat(pdfs.keySet().stream().map(n -> n.replace(".json", ".pdf")).toList())
          .isEqualTo(files.map(p -> p.getFileName().toString()).sorted().toList())
          .hasSize(4);
    }
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    for (Map.Entry<String, String> pdf : pdfs.entrySet()) {
      Path file = Path.of(java.net.URI.create(pdf.getValue()));
      assertThat(file.getFileName().toString()).matches("[0-9a-f]{64}\\.pdf");
      String batchText = pdftotext.run("-raw", batchPdfs.resolve(pdf.getKey().replace(".json", ".pdf")).toString(), "-");
      assertThat(pdftotext.run("-raw", file.toString(), "-")).as(pdf.getKey()).isEqualTo(batchText).isNotBlank();
    }
  }

  /**
   * Split by the sheet row limit, each part is the workbook batch writes for that part's documents, cell for cell:
   * the job writes them from the rows recorded when it read each document, not by reading them again.
   */
  @Test
  void eachPartOfASplitWorkbookIsBatchsWorkbookOfItsDocuments() throws Exception {
    Path in = folder(dir);
    SparkSession spark = LocalSpark.session();
    Path out = dir.resolve("out");
    int limit = 12;
    DocStructJob.JobSummary summary = DocStructJob.run(spark, DocStructJob.parse(new String[] {
        "--input", in.toString(), "--output", out.toString(), "--workbooks", "none", "--workbook-rows",
        String.valueOf(limit), "--partitions", "3"}, Map.of(), spark));

    List<String> inputs;
    try (Stream<Path> files = Files.list(in)) {
      inputs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
    }
    assertThat(summary.workbooks()).as("parts").hasSizeGreaterThanOrEqualTo(3);
    int next = 0;
    for (int part = 1; part <= summary.workbooks().size(); part++) {
      Path file = Path.of(java.net.URI.create(summary.workbooks().get(part - 1)));
      assertThat(file.getFileName().toString()).isEqualTo("expenses-part" + part + ".xlsx");
      for (String sheet : List.of("Expenses", "Items", "Violations", "Failures")) {
        assertThat(sheet(file, sheet, 0)).as(file + " " + sheet).hasSizeLessThanOrEqualTo(limit);
      }
      // The part's documents: the inputs its cells name, which follow the previous part's in input order.
      List<String> named = cells(file).stream().map(c -> c.substring(c.indexOf('=') + 1))
          .filter(inputs::contains).distinct().toList();
      int last = named.stream().mapToInt(inputs::indexOf).max().orElseThrow();
      assertThat(named.stream().mapToInt(inputs::indexOf).min().orElseThrow())
          .as("part %d starts where part %d ended", part, part - 1).isEqualTo(next);
      Path own = Files.createDirectories(dir.resolve("part" + part));
      for (String name : inputs.subList(next, last + 1)) {
        String stem = name.substring(0, name.length() - ".json".length());
        try (Stream<Path> files = Files.list(in)) {
          for (Path f : files.filter(f -> f.getFileName().toString().startsWith(stem + ".")).toList()) {
            Files.copy(f, own.resolve(f.getFileName()));
          }
        }
      }
      Path batchXlsx = dir.resolve("batch-part" + part + ".xlsx");
      batch("batch", own.toString(), "--xlsx", batchXlsx.toString(), "--jobs", "1");
      assertThat(cells(file)).as("part %d, cell for cell", part).isEqualTo(cells(batchXlsx));
      next = last + 1;
    }
    assertThat(next).as("every input in a part").isEqualTo(inputs.size());
  }

  private static List<List<String>> sortedByName(List<List<String>> rows) {
    List<List<String>> sorted = new ArrayList<>(rows);
    sorted.sort((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b)));
    return sorted;
  }
}
