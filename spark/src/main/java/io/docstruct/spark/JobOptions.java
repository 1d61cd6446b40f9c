package io.docstruct.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one run of {@link DocStructJob} does, made on the driver and broadcast to the executors: the inputs, the
 * output folder and format, PDFs and workbooks, the user's rules (their bytes, read once on the driver), the time
 * zone that "today" is in, and OCR. Executors build their {@code DocStruct} from it, once per JVM for each {@link
 * #fingerprint()} ({@link ExecutorPipelines}). {@link #toString()} never shows the OCR secret.
 *
 * <pre>{@code
 * JobOptions options = JobOptions.parse("--input", "s3a://bucket/receipts/2026-05", "--output", "s3a://bucket/out",
 *     "--pdfs", "--workbooks", "month");
 * }</pre>
 *
 * @param inputs folders (their own files, as {@code docstruct batch} reads a folder) or glob patterns
 * @param output the output folder: {@code documents}, {@code expenses}, {@code items}, {@code violations}, {@code
 *     failures}, {@code pdfs}, {@code answers}, {@code workbooks}
 * @param format how the tables are written
 * @param partitions how many partitions the inputs are split into, or {@code null} for Spark's default parallelism
 * @param pdfs whether each document with an image gets a searchable PDF, {@code pdfs/<content hash>.pdf}
 * @param workbooks how workbooks are split, or {@code null} for none
 * @param workbookRows the most data rows a workbook sheet gets before the next part starts
 * @param rules the user's rule files, added to the built-in rules
 * @param zone the time zone of "today" for verification and the rules
 * @param ocr how images are read, or {@code null}: images without a response are then failures
 * @param cardStatements card statements (CSV or XLSX, read on the driver) to reconcile the receipts with
 */
public record JobOptions(
    List<String> inputs,
    String output,
    Format format,
    @Nullable Integer partitions,
    boolean pdfs,
    @Nullable WorkbookKey workbooks,
    int workbookRows,
    List<RuleFile> rules,
    String zone,
    @Nullable OcrSettings ocr,
    List<String> cardStatements)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Excel's last row is 1,048,576; one is the header. */
  public static final int MAX_SHEET_ROWS = 1_048_575;

  /** How tables are written. */
  public enum Format {
    /** Apache Parquet, one folder per table. */
    PARQUET,
    /** JSON Lines, one folder per table. */
    JSON
  }

  /** How workbooks are split, besides by the row limit. */
  public enum WorkbookKey {
    /** One workbook per month of the expense date ({@code 2026-05}); documents without one in {@code undated}. */
    MONTH,
    /** One workbook per input folder's name (a department's folder, say). */
    FOLDER,
    /** One workbook, split by the row limit only. */
    NONE
  }

  /**
   * A rule file, its bytes read on the driver so that executors need no access to it.
   *
   * @param name the file's name, which messages about it show
   * @param content its bytes (DRL text or a decision table)
   */
  public record RuleFile(String name, byte[] content) implements Serializable {
    private static final long serialVersionUID = 1L;

    public RuleFile {
      Objects.requireNonNull(name, "name == null");
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }

    @Override
    public String toString() {
      return name + " (" + content.length + " bytes)";
    }
  }

  /**
   * CLOVA OCR for images without a response.
   *
   * @param model what images are read as ({@code receipt})
   * @param invokeUrl the domain's invoke URL
   * @param secret the domain's secret
   * @param callsPerExecutor the most calls one executor JVM has in flight: the job's quota divided by the
   *     executors, so that all of them together stay within it
   */
  public record OcrSettings(String model, String invokeUrl, String secret, int callsPerExecutor)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    public OcrSettings {
      Objects.requireNonNull(model, "model == null");
      Objects.requireNonNull(invokeUrl, "invokeUrl == null");
      Objects.requireNonNull(secret, "secret == null");
      if (callsPerExecutor < 1) {
        throw new IllegalArgumentException("callsPerExecutor must be at least 1: " + callsPerExecutor);
      }
    }

    @Override
    public String toString() {
      return "OcrSettings[model=" + model + ", invokeUrl=" + invokeUrl + ", secret=(hidden), callsPerExecutor="
          + callsPerExecutor + "]";
    }
  }

  public JobOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output == null");
    Objects.requireNonNull(format, "format == null");
    rules = List.copyOf(rules);
    cardStatements = List.copyOf(cardStatements);
    ZoneId.of(zone);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no --input given");
    }
    if (partitions != null && partitions < 1) {
      throw new IllegalArgumentException("--partitions must be at least 1: " + partitions);
    }
    if (workbookRows < 1 || workbookRows > MAX_SHEET_ROWS) {
      throw new IllegalArgumentException(
          "--workbook-rows must be between 1 and " + MAX_SHEET_ROWS + ": " + workbookRows);
    }
  }

  /**
   * What decides how an executor's {@code DocStruct} is built (rules, zone, OCR), as one SHA-256: executors keep
   * one pipeline per fingerprint, so a second job with the same settings in the same JVM reuses it.
   */
  public String fingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, zone);
      for (RuleFile rule : rules) {
        update(sha, rule.name());
        sha.update(rule.content);
      }
      if (ocr != null) {
        update(sha, ocr.model());
        update(sha, ocr.invokeUrl());
        update(sha, ocr.secret());
        update(sha, Integer.toString(ocr.callsPerExecutor()));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static void update(MessageDigest sha, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sha.update((byte) bytes.length);
    sha.update(bytes);
    sha.update((byte) 0);
  }
}
