package io.docstruct.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static io.docstruct.cli.BatchFixtures.column;
import static io.docstruct.cli.BatchFixtures.receipt;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.client.ClovaEndpoint;
import io.docstruct.testing.server.Fault;
import io.docstruct.testing.server.FaultPlan;
import io.docstruct.testing.server.LocalOcrServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docstruct batch}: a folder of responses into one workbook and PDFs, failures accounted for, resumable. */
class BatchCommandTest {

  @TempDir Path dir;

  private static void png(Path file) throws IOException {
    BufferedImage image = new BufferedImage(64, 114, BufferedImage.TYPE_BYTE_GRAY);
    ImageIO.write(image, "png", file.toFile());
  }

  /**
   * {@code count} receipts {@code r01.json…} in {@code in}; every tenth from the 5th malformed, every
   * tenth from the 10th without its image.
   */
  private Path folder(int count, boolean damaged) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int n = 1; n <= count; n++) {
      String base = String.format("r%02d", n);
      boolean malformed = damaged && n % 10 == 5;
      boolean noImage = damaged && n % 10 == 0;
      Files.write(
          in.resolve(base + ".json"),
          malformed ? "{\"version\":\"V2\",\"images\":[".getBytes(UTF_8) : receipt(n));
      if (!noImage) {
        png(in.resolve(base + ".png"));
      }
    }
    return in;
  }

  private static List<Path> pdfs(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  /** Runs {@code args} and stops the run (as a failure would) once {@code documents} are finished. */
  private static CliRun interruptedAfter(int documents, String... args) {
    return CliRun.of(
        Map.of(),
        cl -> ((BatchCommand) cl.getSubcommands().get("batch").getCommand()).afterDocument =
            finished -> {
              if (finished == documents) {
                throw new IllegalStateException("simulated interruption");
              }
            },
        args);
  }

  @Test
  void fiftyResponsesWithDamageAreAllAccountedFor() throws IOException {
    Path in = folder(50, true);
    Path xlsx = dir.resolve("expenses.xlsx");
    Path pdfDir = dir.resolve("pdf");

    CliRun run = CliRun.of("batch", in.toString(), "--xlsx", xlsx.toString(), "--pdf-dir", pdfDir.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo("batch: 45 done, 5 failed, 0 skipped (" + xlsx + " and 40 PDFs written, 5 warnings)\n");
    assertThat(run.errLines())
        .hasSize(5)
        .allSatisfy(line -> assertThat(line).matches("docstruct: r\\d5\\.json: read: .+"));
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      List<String> sources = column(wb.getSheet("Expenses"), 1);
      assertThat(sources).hasSize(45).doesNotHaveDuplicates().noneMatch(s -> s.matches("r\\d5\\.json"));
      Sheet failures = wb.getSheet("Failures");
      List<String> files = column(failures, 0);
      List<String> stages = column(failures, 1);
      List<String> reasons = column(failures, 2);
      assertThat(files).hasSize(10);
      for (int i = 0; i < files.size(); i++) {
        if (files.get(i).matches("r\\d5\\.json")) {
          assertThat(stages.get(i)).isEqualTo("read");
          assertThat(reasons.get(i)).isNotBlank();
        } else {
          assertThat(files.get(i)).matches("r\\d0\\.json");
          assertThat(stages.get(i)).isEqualTo("pdf");
          assertThat(reasons.get(i)).isEqualTo("no source image");
          assertThat(sources).contains(files.get(i));
        }
      }
      // Nothing lost: every input is an expense or a failure.
      List<String> all = new ArrayList<>(sources);
      files.stream().filter(f -> f.matches("r\\d5\\.json")).forEach(all::add);
      assertThat(all).hasSize(50).doesNotHaveDuplicates();
    }
    List<Path> written = pdfs(pdfDir);
    assertThat(written).hasSize(40);
    assertThat(written).noneMatch(p -> p.getFileName().toString().matches("r\\d[05]\\.pdf"));
    assertThat(Files.readAllLines(dir.resolve("expenses.xlsx.manifest.jsonl"))).hasSize(50);
  }

  @Test
  void anInterruptedRunResumesWithEveryDocumentOnceAndNoPdfRedone() throws IOException {
    Path in = folder(12, false);
    Path xlsx = dir.resolve("expenses.xlsx");
    Path pdfDir = dir.resolve("pdf");
    String[] args = {
      "batch", in.toString(), "--xlsx", xlsx.toString(), "--pdf-dir", pdfDir.toString(), "--jobs", "1"
    };

    CliRun interrupted = interruptedAfter(5, args);

    assertThat(interrupted.exit()).isEqualTo(2);
    assertThat(xlsx).as("an interrupted run writes no workbook").doesNotExist();
    List<Path> first = pdfs(pdfDir);
    assertThat(first).hasSize(5);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    for (Path pdf : first) {
      Files.setLastModifiedTime(pdf, old);
    }

    CliRun resumed = CliRun.of(args);

    assertThat(resumed.err()).isEmpty();
    assertThat(resumed.exit()).isZero();
    assertThat(resumed.out()).startsWith("batch: 7 done, 0 failed, 5 skipped (" + xlsx + " and 7 PDFs written)");
    assertThat(pdfs(pdfDir)).hasSize(12);
    for (Path pdf : first) {
      assertThat(Files.getLastModifiedTime(pdf)).as("not redone: %s", pdf).isEqualTo(old);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(column(wb.getSheet("Expenses"), 1))
          .containsExactly(
              Stream.iterate(1, n -> n + 1).limit(12).map(n -> String.format("r%02d.json", n)).toArray(String[]::new));
    }

    CliRun again = CliRun.of(args);

    assertThat(again.out()).startsWith("batch: 0 done, 0 failed, 12 skipped");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(column(wb.getSheet("Expenses"), 1)).hasSize(12).doesNotHaveDuplicates();
    }
  }

  /** Every cell of every sheet, as text, sheet by sheet. */
  private static List<String> cells(Path xlsx) throws IOException {
    List<String> cells = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + format.formatCellValue(cell));
          }
        }
      }
    }
    return cells;
  }

  @Test
  void parallelJobsWriteTheSameWorkbookPdfsAndMessagesAsOne() throws IOException {
    Path in = folder(30, true);
    Path oneXlsx = dir.resolve("one.xlsx");
    Path manyXlsx = dir.resolve("many.xlsx");
    Path onePdf = dir.resolve("one-pdf");
    Path manyPdf = dir.resolve("many-pdf");

    CliRun one = CliRun.of(
        "batch", in.toString(), "--xlsx", oneXlsx.toString(), "--pdf-dir", onePdf.toString(), "--jobs", "1");
    CliRun many = CliRun.of(
        "batch", in.toString(), "--xlsx", manyXlsx.toString(), "--pdf-dir", manyPdf.toString(), "--jobs", "4");

    assertThat(many.exit()).isEqualTo(one.exit()).isEqualTo(1);
    assertThat(many.out().replace(manyXlsx.toString(), "OUT")).isEqualTo(one.out().replace(oneXlsx.toString(), "OUT"));
    assertThat(many.errLines()).as("failures reported in file-name order").isEqualTo(one.errLines()).hasSize(3);
    assertThat(cells(manyXlsx)).isEqualTo(cells(oneXlsx)).isNotEmpty();
    assertThat(pdfs(manyPdf).stream().map(p -> p.getFileName().toString()))
        .containsExactlyElementsOf(pdfs(onePdf).stream().map(p -> p.getFileName().toString()).toList())
        .hasSize(24);
    List<String> manifestOne = Files.readAllLines(dir.resolve("one.xlsx.manifest.jsonl"));
    List<String> manifestMany = Files.readAllLines(dir.resolve("many.xlsx.manifest.jsonl"));
    assertThat(manifestMany).as("manifest in file-name order").isEqualTo(manifestOne).hasSize(30);
  }

  @Test
  void aParallelRunInterruptedMidwayResumesWithEveryDocumentOnce() throws IOException {
    Path in = folder(20, false);
    Path xlsx = dir.resolve("expenses.xlsx");
    Path pdfDir = dir.resolve("pdf");
    String[] args = {
      "batch", in.toString(), "--xlsx", xlsx.toString(), "--pdf-dir", pdfDir.toString(), "--jobs", "3"
    };

    CliRun interrupted = interruptedAfter(7, args);

    assertThat(interrupted.exit()).isEqualTo(2);
    assertThat(xlsx).doesNotExist();
    List<String> recorded = Files.readAllLines(dir.resolve("expenses.xlsx.manifest.jsonl"));
    assertThat(recorded).as("the manifest records what was written, in order").hasSize(7);
    // Documents prepared ahead of the interruption may have their PDFs, complete; none is half-written.
    List<Path> first = pdfs(pdfDir);
    assertThat(first.size()).isBetween(7, 7 + 2 * 3);
    try (Stream<Path> all = Files.list(pdfDir)) {
      assertThat(all).as("no temporary file once the command has returned").allMatch(p -> p.toString().endsWith(".pdf"));
    }
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    for (Path pdf : first) {
      Files.setLastModifiedTime(pdf, old);
    }

    CliRun resumed = CliRun.of(args);

    assertThat(resumed.exit()).isZero();
    assertThat(resumed.out()).startsWith("batch: 13 done, 0 failed, 7 skipped (" + xlsx + " and 13 PDFs written)");
    assertThat(pdfs(pdfDir)).hasSize(20);
    for (int n = 1; n <= 7; n++) {
      Path pdf = pdfDir.resolve(String.format("r%02d.pdf", n));
      assertThat(Files.getLastModifiedTime(pdf)).as("recorded as done, not redone: %s", pdf).isEqualTo(old);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(column(wb.getSheet("Expenses"), 1))
          .containsExactly(
              Stream.iterate(1, n -> n + 1).limit(20).map(n -> String.format("r%02d.json", n)).toArray(String[]::new));
    }
  }

  @Test
  void aKilledRunsTemporaryFilesAreDeletedAndNothingElse() throws IOException {
    Path in = folder(2, false);
    Path xlsx = dir.resolve("expenses.xlsx");
    Path pdfDir = Files.createDirectories(dir.resolve("pdf"));
    // What a SIGKILL leaves: the writers' hidden temporary files beside their targets.
    List<Path> leftovers =
        List.of(
            Files.writeString(dir.resolve(".expenses.xlsx.3k9x0a1b2c.tmp"), "half a workbook"),
            Files.writeString(pdfDir.resolve(".r01.pdf.1z.tmp"), "%PDF-1.7 half"));
    // Files that only look alike, or belong to something else, stay.
    List<Path> others =
        List.of(
            Files.writeString(dir.resolve(".other.xlsx.3k9x0a1b2c.tmp"), "another program's"),
            Files.writeString(dir.resolve("expenses.xlsx.tmp"), "not hidden"),
            Files.writeString(pdfDir.resolve(".notes.txt.1z.tmp"), "not a PDF's"),
            Files.writeString(pdfDir.resolve(".r01.pdf.NOT-OURS.tmp"), "not our random part"),
            Files.writeString(in.resolve(".r01.json.1z.tmp"), "inputs are not touched without --ocr"));

    CliRun run = CliRun.of("batch", in.toString(), "--xlsx", xlsx.toString(), "--pdf-dir", pdfDir.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEqualTo("docstruct: deleted 2 temporary files left by an interrupted run\n");
    assertThat(leftovers).allSatisfy(p -> assertThat(p).doesNotExist());
    assertThat(others).allSatisfy(p -> assertThat(p).exists());
    assertThat(pdfs(pdfDir)).hasSize(2);
  }

  @Test
  void aChangedResponseIsDoneAgain() throws IOException {
    Path in = folder(3, false);
    Path xlsx = dir.resolve("out.xlsx");
    String[] args = {"batch", in.toString(), "--xlsx", xlsx.toString()};
    assertThat(CliRun.of(args).exit()).isZero();

    Files.write(in.resolve("r02.json"), receipt(99));
    Files.setLastModifiedTime(in.resolve("r02.json"), FileTime.fromMillis(2_000_000_000_000L));

    assertThat(CliRun.of(args).out()).startsWith("batch: 1 done, 0 failed, 2 skipped (" + xlsx + " written)");
  }

  @Test
  void ocrSendsEveryImageWithoutAResponseThroughFaultsAndProcessesAll() throws IOException {
    Path recordings = Files.createDirectories(dir.resolve("recordings"));
    Path in = Files.createDirectories(dir.resolve("photos"));
    for (int n = 1; n <= 40; n++) {
      String base = String.format("p%02d", n);
      Files.write(recordings.resolve(base + ".json"), receipt(n));
      png(in.resolve(base + ".png"));
    }
    Path xlsx = dir.resolve("photos.xlsx");
    try (LocalOcrServer server =
        LocalOcrServer.builder()
            .secret("s")
            .responses(recordings)
            .faults(FaultPlan.random(0.1, 42, Fault.serverError(), Fault.rateLimit()))
            .start()) {
      CliRun run =
          CliRun.of(
              Map.of(
                  ClovaConfiguration.urlVariable(ClovaEndpoint.RECEIPT), server.invokeUrl("receipt"),
                  ClovaConfiguration.secretVariable(ClovaEndpoint.RECEIPT), "s"),
              cl -> ((BatchCommand) cl.getSubcommands().get("batch").getCommand()).retryPolicy =
                  new RetryPolicy(8, Duration.ofMillis(1), Duration.ofMillis(2), 1.0),
              "batch", in.toString(), "--ocr", "--type", "receipt", "--xlsx", xlsx.toString(),
              "--pdf-dir", dir.resolve("pdf").toString());

      assertThat(run.err()).isEmpty();
      assertThat(run.exit()).isZero();
      assertThat(run.out()).startsWith("batch: 40 done, 0 failed, 0 skipped (" + xlsx + " and 40 PDFs written)");
      assertThat(server.faultsInjected()).anyMatch(f -> !f.equals(Fault.none()));
    }
    try (Stream<Path> files = Files.list(in)) {
      assertThat(files.filter(p -> p.toString().endsWith(".json"))).hasSize(40);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(column(wb.getSheet("Expenses"), 1)).hasSize(40).doesNotHaveDuplicates();
    }
    assertThat(pdfs(dir.resolve("pdf"))).hasSize(40);
  }

  @Test
  void ocrSavesEachAnswerByteForByteAndASplitPdfsCallsBesideItsMergedAnswer() throws Exception {
    Path in = Files.createDirectories(dir.resolve("scans"));
    png(in.resolve("receipt.png"));
    RawAnswers.pdf(in.resolve("statement.pdf"), 3);
    RawAnswers.ByPage pages = new RawAnswers.ByPage(0);
    Path xlsx = dir.resolve("scans.xlsx");
    CliRun run;
    try (MockWebServer clova = new MockWebServer()) {
      clova.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              return request.getBody().clone().readUtf8().contains("%PDF")
                  ? pages.dispatch(request)
                  : new MockResponse().setBody(RawAnswers.RECEIPT);
            }
          });
      run =
          CliRun.of(
              Map.of(
                  ClovaConfiguration.URL_VARIABLE, clova.url("/custom/v1/1/abc/document/receipt").toString(),
                  ClovaConfiguration.SECRET_VARIABLE, "s"),
              cl -> {},
              "batch", in.toString(), "--ocr", "--type", "receipt", "--xlsx", xlsx.toString());
    }

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("batch: 2 done, 0 failed, 0 skipped (" + xlsx + " written)");
    assertThat(Files.readString(in.resolve("receipt.json"), UTF_8)).isEqualTo(RawAnswers.RECEIPT);
    for (int page = 1; page <= 3; page++) {
      assertThat(Files.readString(in.resolve("statement.part-0" + page + ".json"), UTF_8))
          .isEqualTo(pages.sent.get(page));
    }
    assertThat(BatchFixtures.JSON.readTree(in.resolve("statement.json").toFile()).get("images")).hasSize(3);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      // the parts are the evidence of statement.json, not documents of their own
      assertThat(column(wb.getSheet("Expenses"), 1)).containsOnly("receipt.json", "statement.json");
    }
  }

  @Test
  void ocrWithoutTypeOrVariablesIsAUsageError() throws IOException {
    Path in = folder(1, false);
    String xlsx = dir.resolve("o.xlsx").toString();

    CliRun noType = CliRun.of("batch", in.toString(), "--ocr", "--xlsx", xlsx);
    Files.delete(in.resolve("r01.json"));
    CliRun noUrl = CliRun.of(Map.of(), cl -> {}, "batch", in.toString(), "--ocr", "--type", "receipt", "--xlsx", xlsx);

    assertThat(noType.exit()).isEqualTo(2);
    assertThat(noType.errLines()).containsExactly("docstruct: --ocr needs --type TYPE");
    assertThat(noUrl.exit()).isEqualTo(2);
    assertThat(noUrl.errLines()).singleElement().asString().contains("CLOVA_OCR_URL");
  }

  /** A scan fed sideways gets an upright PDF page; {@code --keep-page-rotation} keeps it as scanned. */
  @Test
  void aSidewaysScanIsShownUprightUnlessThePageRotationIsKept() throws IOException {
    Path in = Files.createDirectories(dir.resolve("side"));
    Files.write(in.resolve("card.json"), BatchFixtures.sidewaysScan());
    ImageIO.write(new BufferedImage(200, 400, BufferedImage.TYPE_BYTE_GRAY), "png", in.resolve("card.png").toFile());

    CliRun turned =
        CliRun.of("batch", in.toString(), "--xlsx", dir.resolve("a.xlsx").toString(),
            "--pdf-dir", dir.resolve("a").toString());
    CliRun keeping =
        CliRun.of("batch", in.toString(), "--xlsx", dir.resolve("b.xlsx").toString(),
            "--pdf-dir", dir.resolve("b").toString(), "--keep-page-rotation");

    assertThat(turned.exit()).as(turned.err()).isZero();
    assertThat(keeping.exit()).as(keeping.err()).isZero();
    try (PDDocument a = Loader.loadPDF(dir.resolve("a/card.pdf").toFile());
        PDDocument b = Loader.loadPDF(dir.resolve("b/card.pdf").toFile())) {
      assertThat(a.getPage(0).getRotation()).isEqualTo(270);
      assertThat(b.getPage(0).getRotation()).isZero();
    }
  }

  @Test
  void unusableArgumentsExitWithTwoAndOneLine() throws IOException {
    Path in = folder(1, false);

    CliRun notDir = CliRun.of("batch", dir.resolve("nope").toString(), "--xlsx", dir.resolve("o.xlsx").toString());
    CliRun noXlsx = CliRun.of("batch", in.toString());
    CliRun sameDir =
        CliRun.of("batch", in.toString(), "--xlsx", dir.resolve("o.xlsx").toString(), "--pdf-dir", in.toString());

    assertThat(notDir.exit()).isEqualTo(2);
    assertThat(notDir.errLines()).singleElement().asString().endsWith("nope: not a directory");
    assertThat(noXlsx.exit()).isEqualTo(2);
    assertThat(noXlsx.errLines()).singleElement().asString().contains("--xlsx");
    assertThat(sameDir.exit()).isEqualTo(2);
    assertThat(sameDir.errLines()).singleElement().asString().contains("--pdf-dir");
    CliRun noJobs = CliRun.of("batch", in.toString(), "--xlsx", dir.resolve("o.xlsx").toString(), "--jobs", "0");
    assertThat(noJobs.exit()).isEqualTo(2);
    assertThat(noJobs.errLines()).singleElement().asString().endsWith("--jobs must be between 1 and 256: 0");
    assertThat(dir.resolve("o.xlsx")).doesNotExist();
  }

  @Test
  void progressIsOneLineRedrawnInPlace() {
    java.io.StringWriter text = new java.io.StringWriter();
    BatchCommand.Progress progress = new BatchCommand.Progress(new java.io.PrintWriter(text), 4);

    progress.show(0, "a.json");
    progress.show(2, "b.json");
    progress.clear();

    assertThat(text.toString())
        .doesNotContain("\n")
        .contains("\r[..............................] 0/4 a.json", "\r[###############...............] 2/4 b.json")
        .endsWith("\r\033[K");
  }

  @Test
  void helpStatesTheExitCodes() {
    CliRun run = CliRun.of("batch", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("1 some documents failed", "manifest.jsonl");
  }

  @Test
  void aPageThatIsNotAReceiptIsListedWithItsReasonAndAReceiptFromWordsGetsReviewRows() throws IOException {
    Path in = Files.createDirectories(dir.resolve("mixed"));
    Files.write(in.resolve("minutes.json"), MapCommandTest.prose());
    try (java.io.InputStream restaurant =
        BatchCommandTest.class.getResourceAsStream("/io/docstruct/export/excel/general-v2-restaurant.json")) {
      Files.copy(restaurant, in.resolve("restaurant.json"));
    }
    Path xlsx = dir.resolve("mixed.xlsx");

    CliRun run = CliRun.of("batch", in.toString(), "--xlsx", xlsx.toString());

    assertThat(run.exit()).isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(column(wb.getSheet("Expenses"), 1)).containsExactly("restaurant.json");
      Sheet violations = wb.getSheet("Violations");
      List<String> sources = column(violations, 0);
      List<String> messages = column(violations, 4);
      assertThat(sources).contains("minutes.json");
      assertThat(messages.get(sources.indexOf("minutes.json")))
          .isEqualTo("not a receipt: no amounts or dates found (page 1)");
      assertThat(column(wb.getSheet("Review"), 1)).isNotEmpty().containsOnly("restaurant.json");
    }
  }
}
