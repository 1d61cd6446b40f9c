package io.docstruct.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The file formats the OCR services read, detected from a file's first bytes (never from its name).
 *
 * <pre>{@code
 * ImageFormat f = ImageFormat.detect(firstBytes);   // PDF
 * String wire = f.wireName();                       // "pdf"
 * }</pre>
 */
public enum ImageFormat {
  JPG("jpg", true),
  PNG("png", true),
  PDF("pdf", false),
  TIFF("tiff", false),
  UNKNOWN("", false);

  /** How many leading bytes {@link #detect(byte[])} needs at most. */
  public static final int SIGNATURE_LENGTH = 8;

  private final String wireName;
  private final boolean singleImage;

  ImageFormat(String wireName, boolean singleImage) {
    this.wireName = wireName;
    this.singleImage = singleImage;
  }

  /** The {@code images[].format} value CLOVA expects. */
  public String wireName() {
    return wireName;
  }

  /** {@code true} for formats that always hold exactly one page. */
  public boolean isSingleImage() {
    return singleImage;
  }

  /** The MIME type for a multipart part. */
  public String mimeType() {
    return switch (this) {
      case JPG -> "image/jpeg";
      case PNG -> "image/png";
      case PDF -> "application/pdf";
      case TIFF -> "image/tiff";
      case UNKNOWN -> "application/octet-stream";
    };
  }

  /** Detects the format from the first bytes of a file (at least {@link #SIGNATURE_LENGTH} when available). */
  public static ImageFormat detect(byte[] head) {
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return JPG;
    }
    if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return PNG;
    }
    if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
      return PDF;
    }
    if (startsWith(head, 'I', 'I', 0x2A, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2A)) {
      return TIFF;
    }
    return UNKNOWN;
  }

  /**
   * A file's size and its format read from its first bytes, without reading the rest: what the clients check
   * against a service's limits before sending anything.
   *
   * @param size in bytes
   * @param format detected from the first {@link #SIGNATURE_LENGTH} bytes
   */
  public record Probe(long size, ImageFormat format) {

    /**
     * Probes a file.
     *
     * @throws java.nio.file.NoSuchFileException if it does not exist
     * @throws IOException if it cannot be read
     */
    public static Probe of(Path file) throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        return new Probe(Files.size(file), detect(in.readNBytes(SIGNATURE_LENGTH)));
      }
    }
  }

  /** The format for a user-supplied name such as {@code "jpeg"} or {@code "TIF"}; {@link #UNKNOWN} if none. */
  public static ImageFormat fromName(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "jpg", "jpeg" -> JPG;
      case "png" -> PNG;
      case "pdf" -> PDF;
      case "tif", "tiff" -> TIFF;
      default -> UNKNOWN;
    };
  }

  private static boolean startsWith(byte[] head, int... signature) {
    if (head.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((head[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
