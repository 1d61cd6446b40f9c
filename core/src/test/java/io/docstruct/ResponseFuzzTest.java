package io.docstruct;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.docstruct.document.OcrDocument;
import io.docstruct.layout.LayoutEngine;
import io.docstruct.layout.StructuredDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.table.PageTable;
import io.docstruct.table.TableCsv;
import io.docstruct.table.TableGrids;
import io.docstruct.table.TableMarkdown;
import io.docstruct.table.TablesJson;
import io.docstruct.verify.Verifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fuzz targets for everything that consumes a response: bytes → {@link ResponseReader} → canonical model,
 * then layout, table grids with their renderers, and verification on whatever read successfully.
 *
 * <p>The only exception a target may end in is a {@link DocStructException} (our typed failures); anything
 * else escapes and is a finding. The seed corpus is every response fixture, in {@code
 * ResponseFuzzTestInputs/} (shared by all four targets); each crash found became a file there too. See
 * FUZZING.md for fuzzing runs.
 */
class ResponseFuzzTest {
  private static final ResponseReader READER = ResponseReader.create();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Verifier VERIFIER = Verifier.create(CLOCK);
  private static final Verifier REPAIRING_VERIFIER = Verifier.create(CLOCK).withMrzRepair();

  @FuzzTest
  void readAnyResponse(byte[] data) throws IOException {
    read(data);
    try {
      READER.read(new ByteArrayInputStream(data), "fuzz.json");
    } catch (DocStructException expected) {
      // typed refusal
    }
  }

  @FuzzTest
  void layout(byte[] data) {
    OcrDocument doc = read(data);
    if (doc != null) {
      StructuredDocument s = LayoutEngine.create().structure(doc);
      s.text();
      s.markdown();
    }
  }

  @FuzzTest
  void tableGrids(byte[] data) {
    OcrDocument doc = read(data);
    if (doc != null) {
      List<PageTable> tables = TableGrids.of(doc);
      TableMarkdown.render(tables);
      TableCsv.render(tables);
      TablesJson.of(tables).toJson();
      for (PageTable t : tables) {
        t.grid().matrix();
        t.grid().records();
      }
    }
  }

  @FuzzTest
  void verifier(byte[] data) {
    OcrDocument doc = read(data);
    if (doc != null) {
      VERIFIER.verify(doc);
      REPAIRING_VERIFIER.verify(doc);
    }
  }

  /** The document, or {@code null} when the reader refused the input with a typed error. */
  private static @Nullable OcrDocument read(byte[] data) {
    try {
      return READER.read(data, "fuzz.json");
    } catch (DocStructException refused) {
      return null;
    }
  }
}
