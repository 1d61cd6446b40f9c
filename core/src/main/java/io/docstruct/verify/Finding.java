package io.docstruct.verify;

import io.docstruct.geometry.Quad;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of one check on one value: what was expected, what was found and where. Personal numbers are
 * masked in {@link #expected()}, {@link #actual()} and {@link #message()} ({@code 910623-1******}).
 *
 * <pre>{@code
 * for (Finding f : report.findings()) {
 *   System.out.printf("%s %s %s: expected %s, found %s%n", f.status(), f.check().id(), f.field(),
 *       f.expected(), f.actual());
 * }
 * }</pre>
 *
 * @param check which check
 * @param field the path of the value checked ({@code passportResult.mrzLines}, {@code
 *     subResults[0].items[1]}); several paths are joined by {@code ", "}
 * @param status outcome
 * @param severity how much a non-pass matters
 * @param expected the value the check computed or requires, if any
 * @param actual the value found, if any
 * @param message one sentence for people, naming the rule
 * @param polygons outlines of the values involved, page pixels (empty when the provider gave none)
 */
public record Finding(
    Check check,
    String field,
    Status status,
    Severity severity,
    @Nullable String expected,
    @Nullable String actual,
    String message,
    List<Quad> polygons) {

  public Finding {
    polygons = List.copyOf(polygons);
  }

  /** A finding without polygons. */
  public static Finding of(
      Check check,
      String field,
      Status status,
      Severity severity,
      @Nullable String expected,
      @Nullable String actual,
      String message) {
    return new Finding(check, field, status, severity, expected, actual, message, List.of());
  }

  /** This finding with the given polygons. */
  public Finding withPolygons(List<Quad> polygons) {
    return new Finding(check, field, status, severity, expected, actual, message, polygons);
  }

  /** This finding with {@code prefix} put before its field path (for multi-page reports). */
  public Finding withFieldPrefix(String prefix) {
    return new Finding(check, prefix + field, status, severity, expected, actual, message, polygons);
  }

  /** {@code true} when the check was computed and does not hold. */
  public boolean failed() {
    return status == Status.FAIL;
  }
}
