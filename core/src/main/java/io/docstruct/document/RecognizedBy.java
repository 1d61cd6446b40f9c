package io.docstruct.document;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which OCR engine made a response, when the response says so. CLOVA's answers do not; DocStruct's offline
 * engine (Tesseract) answers in CLOVA General V2's shape and marks the answer with a top-level key {@value
 * #KEY} that CLOVA never sends and every CLOVA reader ignores, so a saved answer still says where its words
 * came from when it is read again. Rules and applications use it to treat an offline engine's words with the
 * care their confidence asks for (send a document to review when its words are unsure).
 *
 * <pre>{@code
 * OcrDocument doc = ResponseReader.create().read(Path.of("receipt.json"));
 * RecognizedBy by = doc.recognizedBy();              // null for CLOVA's and NHN's own answers
 * if (by != null && doc.meanWordConfidence().orElse(0) < 0.8) review(doc);
 * }</pre>
 *
 * <p>On the wire: {@code "docstructEngine": {"engine": "tesseract", "version": "5.3.0", "languages":
 * ["kor", "eng"]}}.
 *
 * @param engine the engine's name, lower case: {@code tesseract}
 * @param version the engine's own version, or {@code null} when it did not say
 * @param languages the language models it read with, in the order given to it; empty when not said
 */
public record RecognizedBy(String engine, @Nullable String version, List<String> languages) {
  /** The top-level key of a CLOVA-shaped answer that holds the mark. */
  public static final String KEY = "docstructEngine";

  /** The name of DocStruct's Tesseract engine. */
  public static final String TESSERACT = "tesseract";

  /**
   * @throws IllegalArgumentException when {@code engine} is blank
   */
  public RecognizedBy {
    Objects.requireNonNull(engine, "engine == null");
    if (engine.isBlank()) {
      throw new IllegalArgumentException("engine is blank");
    }
    languages = List.copyOf(languages);
  }

  /** For messages: {@code tesseract 5.3.0 (kor+eng)}. */
  public String describe() {
    return engine + (version == null ? "" : " " + version)
        + (languages.isEmpty() ? "" : " (" + String.join("+", languages) + ")");
  }
}
