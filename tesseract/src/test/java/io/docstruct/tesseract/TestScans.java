package io.docstruct.tesseract;

import io.docstruct.export.pdf.ExternalTool;
import io.docstruct.tesseract.scans.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The committed scans ({@code scans/}: synthetic, {@code sroie/}: real) and the real tesseract command. */
final class TestScans {
  private TestScans() {}

  /** Skips the test without tesseract, or fails it under {@code DOCSTRUCT_REQUIRE_TOOLS=1}. */
  static void requireTesseract() {
    ExternalTool.require("tesseract", TesseractInstallation.APT_PACKAGES);
  }

  static Path folder(String name) {
    try {
      return Path.of(TestScans.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Dataset.Entry entry(String folder, String name) {
    try {
      return Dataset.read(folder(folder)).stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Dataset.Entry> all(String folder) {
    try {
      return Dataset.read(folder(folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
