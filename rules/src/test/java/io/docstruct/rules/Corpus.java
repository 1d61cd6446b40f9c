package io.docstruct.rules;

import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;

/** The verification corpus of {@code docstruct-core}'s tests ({@code fixtures/corpus/}, see its README). */
final class Corpus {
  private Corpus() {}

  static OcrDocument valid(String name) {
    return read("fixtures/corpus/valid/" + name);
  }

  static OcrDocument corrupt(String name) {
    return read("fixtures/corpus/corrupt/" + name);
  }

  private static OcrDocument read(String resource) {
    return ResponseReader.create().read(Fixtures.bytes(resource), resource.substring(resource.lastIndexOf('/') + 1));
  }
}
