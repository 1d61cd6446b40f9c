package io.docstruct.spring;

import io.docstruct.testing.server.SampleResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled sample recordings and images, written into a test's folder. */
final class Samples {
  private Samples() {}

  static Path image(Path dir, SampleResponse sample) {
    try {
      return Files.write(dir.resolve(sample.imageFileName()), sample.readImage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path response(Path dir, SampleResponse sample) {
    Path file = dir.resolve(sample.fileName());
    try (InputStream in = sample.open()) {
      Files.copy(in, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
