package io.docstruct.rules.unit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Limits on user rule files, checked before Drools sees them. Drools' decision-table loader opens
 * spreadsheets with POI's {@code WorkbookFactory}, whose zip-bomb guard ({@code ZipSecureFile}) refuses an
 * inflate ratio under 1% but lets one entry grow to 4 GB, and POI's limits are JVM-wide settings a library
 * should not change. So an {@code .xlsx} is inflated here first, counting bytes and keeping none: more than
 * {@link #MAX_ENTRIES} entries, an entry or a total over {@link #MAX_UNCOMPRESSED_BYTES}, or an entry that
 * inflates more than {@code 1 / }{@link #MIN_INFLATE_RATIO} times (past a small allowance) is refused.
 *
 * <pre>{@code
 * String problem = SpreadsheetLimits.problem(bytes);   // null when the workbook is within the limits
 * }</pre>
 */
final class SpreadsheetLimits {
  /** Largest rule file read at all (DRL, CSV, XLS or XLSX): rule files are kilobytes. */
  static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  /** Largest uncompressed size of one workbook, all entries together. */
  static final long MAX_UNCOMPRESSED_BYTES = 64L * 1024 * 1024;

  /** Most entries a workbook may have. */
  static final int MAX_ENTRIES = 1000;

  /** Smallest compressed/uncompressed ratio, as POI's default. */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** Entries up to this size are not held to the ratio (tiny XML parts compress very well). */
  static final long RATIO_GRACE_BYTES = 1024 * 1024;

  private SpreadsheetLimits() {}

  /** What is wrong with the zip container {@code bytes}, or {@code null} when it is within the limits. */
  static @Nullable String problem(byte[] bytes) {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          return "more than " + MAX_ENTRIES + " entries in the workbook";
        }
        long size = 0;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          size += n;
          total += n;
          if (total > MAX_UNCOMPRESSED_BYTES) {
            return "the workbook inflates to more than " + MAX_UNCOMPRESSED_BYTES + " bytes";
          }
          long compressed = e.getCompressedSize() >= 0 ? e.getCompressedSize() : bytes.length;
          if (size > RATIO_GRACE_BYTES && (double) compressed / size < MIN_INFLATE_RATIO) {
            return "entry "
                + e.getName()
                + " inflates more than "
                + Math.round(1 / MIN_INFLATE_RATIO)
                + " times (a zip bomb?)";
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // Not a readable zip: left to POI, which reports it in its own words.
      return null;
    }
    return null;
  }
}
