package io.docstruct.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes large CLOVA General V2 responses as a stream, never holding them in memory: one page with a grid
 * of short words, {@code columns} words to a line, each with an axis-aligned 4-vertex polygon.
 *
 * <pre>{@code
 * Path file = GeneratedResponses.words(dir.resolve("big.json"), 1_000_000, 1000);   // about 95 MB
 * }</pre>
 */
public final class GeneratedResponses {
  private GeneratedResponses() {}

  /** Where the words go. */
  public enum Placement {
    /** Lines of {@code columns} words, top to bottom. */
    GRID,
    /** Every word on the same box. */
    STACKED,
    /** Pseudo-random positions (fixed seed) over the page a grid would have. */
    SCATTERED
  }

  /** Writes a page of {@code words} words, {@code columns} to a line, to {@code file}. */
  public static Path words(Path file, int words, int columns) throws IOException {
    return words(file, words, columns, Placement.GRID);
  }

  /** Writes a page of {@code words} words placed as {@code placement} says, to {@code file}. */
  public static Path words(Path file, int words, int columns, Placement placement) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      words(out, words, columns, placement);
    }
    return file;
  }

  /** Writes a page of {@code words} words to {@code out} (left open). */
  public static void words(OutputStream out, int words, int columns, Placement placement)
      throws IOException {
    java.util.SplittableRandom random = new java.util.SplittableRandom(12);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII), 1 << 16);
    int lines = (words + columns - 1) / columns;
    w.write("{\"version\":\"V2\",\"requestId\":\"big\",\"timestamp\":1,\"images\":[{\"uid\":\"u\",\"name\":\"big\","
        + "\"inferResult\":\"SUCCESS\",\"message\":\"SUCCESS\",\"convertedImageInfo\":{\"width\":"
        + (columns * 12 + 10) + ",\"height\":" + (lines * 20 + 10) + ",\"pageIndex\":0},\"fields\":[");
    for (int i = 0; i < words; i++) {
      int x;
      int y;
      switch (placement) {
        case GRID -> {
          x = (i % columns) * 12;
          y = (i / columns) * 20;
        }
        case STACKED -> {
          x = 100;
          y = 100;
        }
        default -> {
          x = random.nextInt(columns * 12);
          y = random.nextInt(lines * 20);
        }
      }
      if (i > 0) {
        w.write(',');
      }
      w.write("{\"inferText\":\"w");
      w.write(Integer.toString(i % 1000));
      w.write("\",\"boundingPoly\":{\"vertices\":[");
      vertex(w, x, y, ',');
      vertex(w, x + 10, y, ',');
      vertex(w, x + 10, y + 14, ',');
      vertex(w, x, y + 14, ']');
      w.write("}}");
    }
    w.write("]}]}");
    w.flush();
  }

  private static void vertex(Writer w, int x, int y, char after) throws IOException {
    w.write("{\"x\":");
    w.write(Integer.toString(x));
    w.write(",\"y\":");
    w.write(Integer.toString(y));
    w.write('}');
    w.write(after);
  }
}
