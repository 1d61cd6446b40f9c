package io.docstruct.rules;

import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Test fixtures from {@code src/test/resources/fixtures/} and a fixed clock. */
final class Fixtures {
  /** 2024-06-01 in Seoul: every seed document is in the past and the seed IDs unexpired. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T03:00:00Z"), ZoneId.of("Asia/Seoul"));

  private Fixtures() {}

  static OcrDocument read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return ResponseReader.create().read(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
