package io.docstruct.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.docstruct.client.ProviderAnswer;
import io.docstruct.client.ResponseBytes;
import io.docstruct.export.AtomicOutput;
import io.docstruct.json.WireJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a provider's answer is kept as evidence, by {@link DocumentInput.Image#savingAnswerAs}, {@code docstruct
 * ocr -o} and {@code batch --ocr}:
 *
 * <ul>
 *   <li>one HTTP answer: {@code BASE.json} holds its exact bytes, as the provider sent them;
 *   <li>a PDF the client split into several calls (General OCR reads 10 pages a call, Template 5, Document
 *       OCR 1): {@code BASE.part-01.json}, {@code BASE.part-02.json}… hold each call's exact bytes, numbered
 *       in page order (two digits, more when there are over 99 parts), and {@code BASE.json} the merged
 *       answer DocStruct made of them (pretty-printed; page indexes over the whole PDF).
 * </ul>
 *
 * <p>{@code BASE} is the target's name without {@code .json}. Each file is written atomically, the parts
 * first and {@code BASE.json} last; if one cannot be written, the files already written for this answer are
 * deleted again, so an answer is saved whole or not at all (and a call that failed saves nothing).
 *
 * <pre>{@code
 * List<Path> parts = AnswerFiles.save(answer, Path.of("statement.json"));   // [statement.part-01.json, …]
 * }</pre>
 */
public final class AnswerFiles {
  private static final Pattern PART = Pattern.compile("(.+)\\.part-(\\d{2,})\\.json");

  private AnswerFiles() {}

  /**
   * Saves {@code answer} as {@code target} (and its parts beside it).
   *
   * @return the part files written, in page order; empty for a single answer
   * @throws IOException when a file cannot be written; nothing of this answer is left then
   */
  public static List<Path> save(ProviderAnswer<?> answer, Path target) throws IOException {
    if (!answer.isMerged()) {
      write(target, Objects.requireNonNull(answer.body()));
      return List.of();
    }
    List<ProviderAnswer.Part> parts = answer.parts();
    List<Path> written = new ArrayList<>(parts.size());
    try {
      for (int i = 0; i < parts.size(); i++) {
        Path part = part(target, i + 1, parts.size());
        write(part, parts.get(i).body());
        written.add(part);
      }
      AtomicOutput.write(target, json(answer.response()));
    } catch (IOException | RuntimeException e) {
      for (Path file : written) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
    return List.copyOf(written);
  }

  /** The exact bytes, atomically, without copying them. */
  private static void write(Path target, ResponseBytes bytes) throws IOException {
    try (AtomicOutput out = AtomicOutput.create(target)) {
      bytes.writeTo(out.stream());
      out.commit();
    }
  }

  /**
   * {@code BASE.part-NN.json} beside {@code target}: part {@code number} (from 1) of {@code count}.
   *
   * @return the part's path
   */
  public static Path part(Path target, int number, int count) {
    String name = target.getFileName().toString();
    String base =
        name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    int digits = Math.max(2, String.valueOf(count).length());
    return target.resolveSibling(String.format(Locale.ROOT, "%s.part-%0" + digits + "d.json", base, number));
  }

  /** Whether {@code file} is one call's answer saved beside its merged {@code BASE.json}. */
  public static boolean isPart(Path file) {
    Matcher m = PART.matcher(file.getFileName().toString());
    return m.matches() && Files.isRegularFile(file.resolveSibling(m.group(1) + ".json"));
  }

  /** A wire response as DocStruct writes it: pretty-printed JSON and a final newline. */
  public static byte[] json(Object wire) throws JsonProcessingException {
    byte[] body = WireJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(wire);
    byte[] withNewline = new byte[body.length + 1];
    System.arraycopy(body, 0, withNewline, 0, body.length);
    withNewline[body.length] = '\n';
    return withNewline;
  }
}
