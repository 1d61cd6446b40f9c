package io.docstruct.tesseract.scans;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docstruct.json.WireJson;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A page drawn by {@link SyntheticScans}, before it is written as a dataset entry.
 *
 * @param name the file name without extension
 * @param image the page as photographed
 * @param jpegQuality the JPEG quality it is saved with
 * @param lines what a perfect OCR reads, line by line, with boxes in the image's pixels
 * @param total a receipt's total, or {@code null}
 * @param date a receipt's date, or {@code null}
 */
public record Scan(
    String name,
    BufferedImage image,
    float jpegQuality,
    List<TruthLine> lines,
    @Nullable BigDecimal total,
    @Nullable LocalDate date) {

  /** Writes {@code img/NAME.jpg}, {@code box/NAME.csv} and, for a receipt, {@code key/NAME.json}. */
  void write(Path dir) throws IOException {
    SyntheticScans.writeJpeg(image, jpegQuality, dir.resolve("img").resolve(name + ".jpg"));
    StringBuilder csv = new StringBuilder();
    for (TruthLine line : lines) {
      for (double v : line.quad()) {
        csv.append((long) v).append(',');
      }
      csv.append(line.text()).append('\n');
    }
    Files.createDirectories(dir.resolve("box"));
    Files.writeString(dir.resolve("box").resolve(name + ".csv"), csv, StandardCharsets.UTF_8);
    if (total != null && date != null) {
      ObjectNode key = WireJson.mapper().createObjectNode();
      key.put("total", total.toPlainString());
      key.put("date", date.toString());
      Files.createDirectories(dir.resolve("key"));
      Files.writeString(
          dir.resolve("key").resolve(name + ".json"),
          WireJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(key) + "\n",
          StandardCharsets.UTF_8);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (%dx%d, %d lines)", name, image.getWidth(), image.getHeight(), lines.size());
  }
}
