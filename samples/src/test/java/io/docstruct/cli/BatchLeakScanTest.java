package io.docstruct.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docstruct.client.RetryPolicy;
import io.docstruct.testing.server.Fault;
import io.docstruct.testing.server.FaultPlan;
import io.docstruct.testing.server.LocalOcrServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docstruct batch --ocr --type receipt} against the local CLOVA server, with recordings that hold a
 * full resident registration number (an ID card) and a full card number (a receipt), and injected faults
 * (500, then 429) on the first calls. Scans stdout, stderr and SLF4J output for the secret and the full
 * numbers, and the workbook's cells for the full numbers (masked by default).
 *
 * <p>Run twice: in-process (environment injected through {@link CliRun}, retries shortened,
 * {@code System.out}/{@code System.err} captured as well as the command's writers), and as a separate JVM
 * whose SLF4J provider is slf4j-simple at debug level (it logs to that process's stderr), since this JVM's
 * provider is nop and would hide whatever the client logs.
 */
class BatchLeakScanTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "leak-SECRET-7c1f3e";
  private static final String CARD = "5307123456749012";
  private static final List<String> FORBIDDEN =
      List.of(
          SECRET,
          "910623-1062372",
          "9106231062372",
          "1062372",
          CARD,
          "5307-1234-5674-9012",
          "5307 1234 5674 9012");

  @TempDir Path dir;

  private static byte[] receiptWithCard(int n) throws IOException {
    ObjectNode root = BatchFixtures.receiptTree(n);
    ObjectNode number = (ObjectNode) root.at("/images/0/receipt/result/paymentInfo/cardInfo/number");
    number.put("text", "5307-1234-5674-9012");
    ((ObjectNode) number.get("formatted")).put("value", CARD);
    return JSON.writeValueAsBytes(root);
  }

  private static void png(Path file) throws IOException {
    ImageIO.write(new BufferedImage(64, 114, BufferedImage.TYPE_BYTE_GRAY), "png", file.toFile());
  }

  /** Recordings (ID card {@code id01}, receipts {@code p01…p04} with the card number) and their photos. */
  private Path[] setUp(String name) throws IOException {
    Path recordings = Files.createDirectories(dir.resolve(name + "-recordings"));
    Path photos = Files.createDirectories(dir.resolve(name + "-photos"));
    try (InputStream id = BatchLeakScanTest.class.getResourceAsStream("leak/id-card.json")) {
      Files.write(recordings.resolve("id01.json"), id.readAllBytes());
    }
    png(photos.resolve("id01.png"));
    for (int n = 1; n <= 4; n++) {
      String base = String.format("p%02d", n);
      Files.write(recordings.resolve(base + ".json"), receiptWithCard(n));
      png(photos.resolve(base + ".png"));
    }
    assertThat(Files.readString(recordings.resolve("id01.json"), UTF_8)).contains("910623-1062372");
    return new Path[] {recordings, photos};
  }

  private static LocalOcrServer server(Path recordings) {
    return LocalOcrServer.builder()
        .secret(SECRET)
        .responses(recordings)
        .faults(FaultPlan.script(Fault.serverError(), Fault.rateLimit()))
        .start();
  }

  private static void assertNoLeak(String what, String text) {
    for (String forbidden : FORBIDDEN) {
      assertThat(text).as("%s must not contain %s", what, forbidden).doesNotContain(forbidden);
    }
  }

  /** Every cell of every sheet, as text (formulas with their cached values). */
  private static List<String> cells(Path xlsx) throws IOException {
    List<String> cells = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + cell);
          }
        }
      }
      assertThat(wb.getSheet("Identity documents")).as("the ID card reached the workbook").isNotNull();
    }
    return cells;
  }

  @Test
  void inProcessNothingLeaksToOutputsOrWorkbook() throws IOException {
    Path[] setup = setUp("a");
    Path xlsx = dir.resolve("a.xlsx");
    ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
    ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    CliRun run;
    try (LocalOcrServer server = server(setup[0])) {
      System.setOut(new PrintStream(systemOut, true, UTF_8));
      System.setErr(new PrintStream(systemErr, true, UTF_8));
      try {
        run =
            CliRun.of(
                Map.of(ClovaConfiguration.URL_VARIABLE, server.invokeUrl("receipt"), ClovaConfiguration.SECRET_VARIABLE, SECRET),
                cl -> ((BatchCommand) cl.getSubcommands().get("batch").getCommand()).retryPolicy =
                    new RetryPolicy(6, Duration.ofMillis(1), Duration.ofMillis(2), 1.0),
                "batch", setup[1].toString(), "--ocr", "--type", "receipt", "--xlsx", xlsx.toString(),
                "--concurrency", "1");
      } finally {
        System.setOut(out);
        System.setErr(err);
      }
      assertThat(server.faultsInjected()).contains(Fault.serverError(), Fault.rateLimit());
    }

    assertThat(run.out()).startsWith("batch: 5 done, ");
    assertNoLeak("stdout", run.out());
    assertNoLeak("stderr", run.err());
    assertNoLeak("System.out", systemOut.toString(UTF_8));
    assertNoLeak("System.err", systemErr.toString(UTF_8));
    List<String> cells = cells(xlsx);
    assertThat(cells).isNotEmpty().allSatisfy(cell -> assertNoLeak("workbook cell " + cell, cell));
    assertThat(cells).contains("Identity documents!E2=910623-1******", "Expenses!N2=5307-****-****-9012");
  }

  @Test
  void aSeparateJvmLogsNothingThatLeaksThroughSlf4j() throws Exception {
    Path[] setup = setUp("b");
    Path xlsx = dir.resolve("b.xlsx");
    Path stdout = dir.resolve("b.out");
    Path stderr = dir.resolve("b.err");
    try (LocalOcrServer server = server(setup[0])) {
      ProcessBuilder pb =
          new ProcessBuilder(
              System.getProperty("java.home") + "/bin/java",
              "-XX:TieredStopAtLevel=1",
              "-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider",
              "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
              "-cp",
              System.getProperty("java.class.path"),
              "io.docstruct.cli.DocStructCommand",
              "batch", setup[1].toString(), "--ocr", "--type", "receipt", "--xlsx", xlsx.toString(),
              "--concurrency", "1");
      pb.environment().put(ClovaConfiguration.URL_VARIABLE, server.invokeUrl("receipt"));
      pb.environment().put(ClovaConfiguration.SECRET_VARIABLE, SECRET);
      pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
      Process process = pb.start();
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("batch did not finish within 180 s");
      }
      assertThat(server.faultsInjected()).contains(Fault.serverError(), Fault.rateLimit());
    }

    String out = Files.readString(stdout, UTF_8);
    String err = Files.readString(stderr, UTF_8);
    assertThat(out).as(err).startsWith("batch: 5 done, ");
    assertThat(err).as("slf4j-simple was the provider and logged").contains("DEBUG");
    assertNoLeak("stdout", out);
    assertNoLeak("stderr and SLF4J", err);
    List<String> cells = cells(xlsx);
    assertThat(cells).allSatisfy(cell -> assertNoLeak("workbook cell " + cell, cell));
    assertThat(err).as("the retry lines (which carry the server's messages) were logged and scanned")
        .contains("attempt 1 failed", "attempt 2 failed");
    assertThat(cells)
        .contains("Identity documents!E2=910623-1******")
        .filteredOn(c -> c.startsWith("Expenses!N"))
        .contains("Expenses!N2=5307-****-****-9012");
    System.out.println("BatchLeakScanTest: child logged " + err.lines().count() + " lines; masked cells: "
        + cells.stream().filter(c -> c.contains("*")).toList());
  }
}
