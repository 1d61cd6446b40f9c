package io.docstruct.export.excel;

import io.docstruct.document.OcrDocument;
import io.docstruct.export.pdf.ExternalTool;
import io.docstruct.read.ResponseReader;
import io.docstruct.rules.RuleEngine;
import io.docstruct.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The responses, rule engine and verifier the Excel tests share, and the independent reader: openpyxl run
 * by {@code xlsx_dump.py}. The clock is fixed so that rules about dates (future dates, expiry) give the same
 * answer every day.
 */
final class ExcelFixtures {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneId.of("Asia/Seoul"));
  static final RuleEngine RULES = RuleEngine.builder().clock(CLOCK).build();
  static final Verifier VERIFIER = Verifier.create(CLOCK);

  private ExcelFixtures() {}

  /** A response from this package's test resources, read into the canonical model. */
  static OcrDocument document(String name) {
    try (InputStream in =
        Objects.requireNonNull(ExcelFixtures.class.getResourceAsStream(name), name + " not found")) {
      return ResponseReader.create().read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(Objects.requireNonNull(ExcelFixtures.class.getResource(name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The workbook as openpyxl reads it, as JSON (see {@code xlsx_dump.py}); skips the test when no {@code
   * python3} with openpyxl is on the PATH, or fails when {@code DOCSTRUCT_REQUIRE_TOOLS=1}.
   */
  static String openpyxlDump(Path workbook) {
    ExternalTool python =
        ExternalTool.require("python3", "python3-openpyxl", p -> p.succeeds("-c", "import openpyxl"));
    return python.run(resource("xlsx_dump.py").toString(), workbook.toString());
  }
}
