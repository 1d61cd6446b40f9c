package io.docstruct.tesseract.scans;

import io.docstruct.client.ImageSource;
import io.docstruct.document.Page;
import io.docstruct.document.Word;
import io.docstruct.geometry.Point;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.Recognition;
import io.docstruct.tesseract.TesseractOcrEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Word recall and character error rate of an OCR over a {@link Dataset}: the {@code tesseract} command alone
 * (its TSV words, as it splits them), or a {@link TesseractOcrEngine}.
 *
 * <pre>{@code
 * WordScore plain = Accuracy.plainCommand(entries, "kor+eng");
 * WordScore ours = Accuracy.engine(entries, engine);
 * }</pre>
 */
public final class Accuracy {
  private Accuracy() {}

  /** The words of one entry as the engine read it. */
  public static List<WordScore.ReadWord> read(TesseractOcrEngine engine, Path image) {
    Recognition r = engine.recognize(ImageSource.of(image), OcrModel.GENERAL);
    List<WordScore.ReadWord> words = new ArrayList<>();
    for (Page page : r.document().pages()) {
      for (Word w : page.words()) {
        if (w.polygon() != null) {
          Point c = w.polygon().centroid();
          words.add(new WordScore.ReadWord(w.text(), c.x(), c.y()));
        }
      }
    }
    return words;
  }

  /** The words of one image as {@code tesseract IMAGE stdout -l LANGS tsv} reads it, nothing else done. */
  public static List<WordScore.ReadWord> readPlain(Path image, String languages) throws IOException {
    ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", languages, "tsv");
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String tsv;
    try (InputStream in = p.getInputStream()) {
      tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IOException("tesseract failed on " + image);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    List<WordScore.ReadWord> words = new ArrayList<>();
    for (String row : tsv.split("\n")) {
      String[] c = row.split("\t", 12);
      if (c.length == 12 && c[0].equals("5") && !c[11].isBlank()) {
        double x = Integer.parseInt(c[6]) + Integer.parseInt(c[8]) / 2.0;
        double y = Integer.parseInt(c[7]) + Integer.parseInt(c[9]) / 2.0;
        words.add(new WordScore.ReadWord(c[11].strip(), x, y));
      }
    }
    return words;
  }
}
