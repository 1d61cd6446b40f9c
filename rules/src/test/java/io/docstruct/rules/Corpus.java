package io.docstruct.rules;

import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import java.nio.charset.StandardCharsets;

/** The verification corpus of {@code docstruct-core}'s tests ({@code fixtures/corpus/}, see its README). */
final class Corpus {
  private Corpus() {}

  static OcrDocument valid(String name) {
    return read("fixtures/corpus/valid/" + name);
  }

  /**
   * A valid corpus file with every occurrence of each text replaced ({@code text1, replacement1, text2, …}), to
   * make one value wrong.
   */
  static OcrDocument validWith(String name, String... replacements) {
    String json = Fixtures.text("fixtures/corpus/valid/" + name);
    for (int i = 0; i + 1 < replacements.length; i += 2) {
      if (!json.contains(replacements[i])) {
        throw new IllegalArgumentException(name + " does not contain " + replacements[i]);
      }
      json = json.replace(replacements[i], replacements[i + 1]);
    }
    return ResponseReader.create().read(json.getBytes(StandardCharsets.UTF_8), name);
  }

  static OcrDocument corrupt(String name) {
    return read("fixtures/corpus/corrupt/" + name);
  }

  private static OcrDocument read(String resource) {
    return ResponseReader.create().read(Fixtures.bytes(resource), resource.substring(resource.lastIndexOf('/') + 1));
  }
}
