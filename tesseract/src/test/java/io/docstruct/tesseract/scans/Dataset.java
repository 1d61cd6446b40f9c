package io.docstruct.tesseract.scans;

import com.fasterxml.jackson.databind.JsonNode;
import io.docstruct.json.WireJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A folder of scans with the text a perfect OCR reads, laid out as SROIE's is: {@code img/NAME.jpg}, {@code
 * box/NAME.csv} (one line a row: the box's four corners, then the text) and, for receipts, {@code
 * key/NAME.json} ({@code total}, {@code date}). {@link SyntheticScans} writes the same layout.
 *
 * <pre>{@code
 * for (Dataset.Entry e : Dataset.read(Path.of("datasets/sroie-dev"))) { e.image(); e.lines(); e.total(); }
 * }</pre>
 */
public final class Dataset {
  private Dataset() {}

  /**
   * One scan.
   *
   * @param image the image file
   * @param lines its lines with their boxes
   * @param total the receipt's total as printed, or {@code null}
   * @param date the receipt's date as written in the key, or {@code null}
   */
  public record Entry(Path image, List<TruthLine> lines, @Nullable String total, @Nullable String date) {
    public String name() {
      String file = image.getFileName().toString();
      return file.substring(0, file.lastIndexOf('.'));
    }
  }

  /** Every image of {@code dir/img} that has a {@code box} file, in name order. */
  public static List<Entry> read(Path dir) throws IOException {
    List<Entry> entries = new ArrayList<>();
    List<Path> images;
    try (Stream<Path> s = Files.list(dir.resolve("img"))) {
      images = s.filter(p -> p.toString().matches(".*\\.(jpg|jpeg|png|tif|tiff)$")).sorted().toList();
    }
    for (Path image : images) {
      String file = image.getFileName().toString();
      String name = file.substring(0, file.lastIndexOf('.'));
      Path box = dir.resolve("box").resolve(name + ".csv");
      if (!Files.exists(box)) {
        continue;
      }
      List<TruthLine> lines = new ArrayList<>();
      for (String row : Files.readAllLines(box, StandardCharsets.UTF_8)) {
        if (row.isBlank()) {
          continue;
        }
        String[] c = row.split(",", 9);
        if (c.length < 9) {
          continue;
        }
        double[] quad = new double[8];
        for (int i = 0; i < 8; i++) {
          quad[i] = Double.parseDouble(c[i].strip());
        }
        String text = c[8].strip().replaceAll("\\s+", " ");
        if (!text.isEmpty()) {
          lines.add(new TruthLine(text, quad));
        }
      }
      String total = null;
      String date = null;
      Path key = dir.resolve("key").resolve(name + ".json");
      if (Files.exists(key)) {
        JsonNode k = WireJson.mapper().readTree(Files.readString(key, StandardCharsets.UTF_8));
        total = k.path("total").isMissingNode() ? null : k.path("total").asText();
        date = k.path("date").isMissingNode() ? null : k.path("date").asText();
      }
      entries.add(new Entry(image, lines, total, date));
    }
    return entries;
  }
}
